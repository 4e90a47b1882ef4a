// The trash: deleted documents, each restorable until the trash is emptied.
import { useCallback, useEffect, useState } from 'react';
import type { TrashedDocument } from '@shared/bridge/contract';
import { useActions } from '../state/app-context';
import { formatLocalTime } from './format-time';

export function TrashPanel() {
  const actions = useActions();
  const [items, setItems] = useState<TrashedDocument[] | null>(null);
  const refresh = useCallback(() => void actions.listTrash().then(setItems), [actions]);
  useEffect(() => {
    refresh();
  }, [refresh]);

  return (
    <section className="panel" aria-labelledby="trash-title">
      <header className="panel__header">
        <h1 id="trash-title" className="panel__title">
          Trash
        </h1>
        <button
          type="button"
          className="button button--danger"
          disabled={!items || items.length === 0}
          onClick={() => {
            if (window.confirm('Delete every document in the trash for good? This cannot be undone.')) void actions.emptyTrash().then(refresh);
          }}
        >
          Empty trash
        </button>
      </header>
      {items === null ? <p className="placeholder">Loading…</p> : null}
      {items?.length === 0 ? <p className="placeholder">The trash is empty. Deleted documents wait here until you empty it.</p> : null}
      <ul className="trash-list">
        {items?.map((item) => (
          <li key={item.id} className="trash-list__item">
            <span className="trash-list__title">{item.title}</span>
            <span className="trash-list__meta">
              {item.claimTotal === 1 ? '1 claim' : `${item.claimTotal} claims`} · deleted {formatLocalTime(item.deletedAt)}
            </span>
            <button type="button" className="button button--small" onClick={() => void actions.restoreFromTrash(item.id).then(refresh)}>
              Restore
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
