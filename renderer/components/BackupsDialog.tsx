// Restore from backup: the library's snapshots, newest first. Restoring keeps the current state
// as a backup too, so a restore can itself be undone.
import { useEffect, useRef, useState } from 'react';
import type { BackupInfo } from '@shared/bridge/contract';
import { useActions } from '../state/app-context';
import { formatLocalTime } from './format-time';
import { counted } from '@shared/text/counted';

const REASONS: Record<string, string> = {
  auto: 'automatic',
  'before-restore': 'before a restore',
  'on-close': 'when the library was closed',
};

function describeReason(reason: string): string {
  if (REASONS[reason]) return REASONS[reason];
  const migration = /^before-migration-(.*)$/.exec(reason);
  return migration ? `before an upgrade (${migration[1]})` : reason;
}

export function BackupsDialog() {
  const actions = useActions();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [backups, setBackups] = useState<BackupInfo[] | null>(null);

  useEffect(() => {
    dialogRef.current?.showModal();
    void actions.listBackups().then(setBackups);
  }, [actions]);

  const restore = (backup: BackupInfo) => {
    const when = formatLocalTime(backup.createdAt);
    if (window.confirm(`Restore the library as it was at ${when}? The current state is kept as a backup, so you can come back to it.`)) {
      void actions.restoreBackup(backup.id);
    }
  };

  return (
    <dialog ref={dialogRef} className="dialog" aria-labelledby="backups-title" onClose={() => actions.openBackups(false)}>
      <header className="dialog__header">
        <h2 id="backups-title">Restore from backup</h2>
        <button type="button" className="button button--small" onClick={() => dialogRef.current?.close()}>
          Close
        </button>
      </header>
      <p className="dialog__hint">Backups are taken before upgrades and every few minutes while you work. A backup that fails its check is skipped for the one before it.</p>
      {backups === null ? <p className="placeholder">Loading…</p> : null}
      {backups?.length === 0 ? <p className="placeholder">There are no backups yet: the first is taken with your first change.</p> : null}
      <ul className="backup-list">
        {backups?.map((backup) => (
          <li key={backup.id} className="backup-list__item">
            <span className="backup-list__when">{formatLocalTime(backup.createdAt)}</span>
            <span className="backup-list__meta">
              {describeReason(backup.reason)} · {counted(backup.documents, 'document')}
              {backup.claims === null ? null : ` · ${counted(backup.claims, 'claim')}`}
            </span>
            <button type="button" className="button button--small" onClick={() => restore(backup)}>
              Restore
            </button>
          </li>
        ))}
      </ul>
    </dialog>
  );
}
