// The keyboard shortcuts (?), including the keys of the user's own statuses and attribution types.
import type { Taxonomy } from '@shared/domain/taxonomy';
import { Modal } from './Modal';

const GENERAL: Array<[string, string]> = [
  ['C or Enter', 'Make a claim of the selected words'],
  ['A', 'Set the selected words as the claim’s cue'],
  ['R', 'Re-attach the claim (an orphan) to the selected words'],
  ['J / K', 'Next / previous claim (↓ / ↑ in the list)'],
  ['Enter', 'Edit the selected claim (its sources)'],
  ['S, N, G, E', 'Sources, note, tags, evidence of the claim'],
  ['Delete', 'Delete the claim (Undo in the message)'],
  ['Escape', 'Back to the text'],
  ['Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z', 'Undo, redo'],
  ['Ctrl/Cmd+K', 'Command palette: every action by name'],
  ['Ctrl/Cmd+B', 'Hide or show the library pane'],
  ['Ctrl/Cmd+V', 'Paste an article as a new document'],
];

const SUGGESTIONS: Array<[string, string]> = [
  ['Shift+S', 'Suggest claims: find attributions in the article'],
  ['J / K', 'Next / previous suggestion'],
  ['Enter', 'Accept it as a claim (status unverified)'],
  ['Delete', 'Reject it (not suggested again)'],
  ['1–8, S', 'Change its attribution, its source'],
  ['Shift+A', 'Accept all at or above the threshold'],
  ['Escape', 'Back to the claims'],
];

export function ShortcutsDialog({ taxonomy, onClose }: { taxonomy: Taxonomy; onClose: () => void }) {
  const keyed = (entries: Taxonomy['statuses']) => entries.filter((e) => e.key).map((e) => [e.key.toUpperCase(), e.label] as const);
  return (
    <Modal title="Keyboard shortcuts" className="shortcuts" onClose={onClose}>
      <header className="dialog__header">
        <h2>Keyboard shortcuts</h2>
        <button type="button" className="button button--small" autoFocus onClick={onClose}>
          Close
        </button>
      </header>
      <div className="shortcuts__columns">
        {[
          ['Claims', GENERAL],
          ['Suggestions', SUGGESTIONS],
          ['Status', keyed(taxonomy.statuses)],
          ['Attribution', keyed(taxonomy.attributionTypes)],
        ].map(([title, rows]) => (
          <section key={title as string}>
            <h3 className="pane-title">{title as string}</h3>
            <dl className="shortcuts__list">
              {(rows as Array<readonly [string, string]>).map(([keys, what]) => (
                <div key={keys + what} className="shortcuts__row">
                  <dt>
                    <kbd>{keys}</kbd>
                  </dt>
                  <dd>{what}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </Modal>
  );
}
