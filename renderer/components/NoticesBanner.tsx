// The library's health messages (a damaged file put aside, a newer version's files read-only, a
// backup restored), shown where the user is looking, with what they can do about each.
import type { Notice } from '@shared/bridge/contract';
import { useActions } from '../state/app-context';

export function NoticesBanner({ notices }: { notices: readonly Notice[] }) {
  const actions = useActions();
  if (notices.length === 0) return null;
  return (
    <section className="notices" aria-label="Library messages">
      {notices.map((notice) => (
        <div key={notice.id} className={`notice notice--${notice.level}`} role={notice.level === 'error' ? 'alert' : 'status'}>
          <p className="notice__message">{notice.message}</p>
          <div className="notice__actions">
            {notice.action === 'restore-document' && notice.documentId ? (
              <button type="button" className="button button--small" onClick={() =>
                  void actions.restoreDocumentFromBackup(notice.documentId!).then((restored) => {
                    if (restored) void actions.dismissNotice(notice.id);
                  })
                }>
                Restore this document from a backup
              </button>
            ) : null}
            {notice.action === 'restore-library' ? (
              <button type="button" className="button button--small" onClick={() => actions.openBackups(true)}>
                Restore from backup…
              </button>
            ) : null}
            <button type="button" className="button button--small" onClick={() => void actions.dismissNotice(notice.id)}>
              Dismiss
            </button>
          </div>
        </div>
      ))}
    </section>
  );
}
