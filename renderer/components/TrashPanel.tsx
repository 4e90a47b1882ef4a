// The trash: deleted documents, each restorable until the trash is emptied.
import { useEffect, useRef, useState } from 'react';
import type { TrashedDocument } from '@shared/bridge/contract';
import { useActions, useAppState } from '../state/app-context';
import { formatLocalTime } from './format-time';
import { counted } from '@shared/text/counted';

export function TrashPanel() {
  const actions = useActions();
  const { library } = useAppState();
  const [items, setItems] = useState<TrashedDocument[] | null>(null);
  const [emptied, setEmptied] = useState(0);
  // read again whenever the library changes (a restore here, a move or an Undo from anywhere) or the trash is emptied
  useEffect(() => {
    // an older answer arriving after a newer one is dropped
    let current = true;
    void actions.trash.list().then((read) => current && setItems(read));
    return () => {
      current = false;
    };
  }, [actions, library, emptied]);

  // a restored document's row goes, with the button that had the keyboard: the next row's Restore takes it, or the title
  const panel = useRef<HTMLElement>(null);
  const restoredAt = useRef<number | null>(null);
  useEffect(() => {
    const at = restoredAt.current;
    if (at === null || !items || !panel.current) return;
    restoredAt.current = null;
    if (panel.current.contains(window.document.activeElement)) return;
    const buttons = panel.current.querySelectorAll<HTMLButtonElement>('.trash-list__restore');
    (buttons[Math.min(at, buttons.length - 1)] ?? panel.current.querySelector<HTMLElement>('#trash-title'))?.focus();
  }, [items]);

  return (
    <section ref={panel} className="panel" aria-labelledby="trash-title">
      <header className="panel__header">
        <h1 id="trash-title" className="panel__title" tabIndex={-1}>
          Trash
        </h1>
        <button
          type="button"
          className="button button--danger"
          disabled={!items || items.length === 0}
          onClick={() => {
            if (window.confirm('Delete every document in the trash for good? This cannot be undone.')) void actions.trash.empty().then(() => setEmptied((n) => n + 1));
          }}
        >
          Empty trash
        </button>
      </header>
      {items === null ? <p className="placeholder">Loading…</p> : null}
      {items?.length === 0 ? <p className="placeholder">The trash is empty. Deleted documents wait here until you empty it.</p> : null}
      <ul className="trash-list">
        {items?.map((item, index) => (
          <li key={item.id} className="trash-list__item">
            <span className="trash-list__title">{item.title}</span>
            <span className="trash-list__meta">
              {counted(item.claimTotal, 'claim')} · deleted {formatLocalTime(item.deletedAt)}
            </span>
            <button
              type="button"
              className="button button--small trash-list__restore"
              onClick={() => {
                restoredAt.current = index;
                void actions.trash.restore(item.id);
              }}
            >
              Restore
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
