// The status bar tells the truth about saving, and shows the open document's counts and anchors
// while that document is on screen (not under another screen of the library).
import { AnchorStateSchema, type Claim } from '@shared/domain/claim';
import type { Taxonomy } from '@shared/domain/taxonomy';
import { useActions, useAppState } from '../state/app-context';
import { counted } from '@shared/text/counted';

function countBy<T extends string>(values: readonly T[]): Map<T, number> {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

function claimSummary(claims: readonly Claim[], taxonomy: Taxonomy): string {
  const byStatus = countBy(claims.map((c) => c.status));
  const statuses = taxonomy.statuses.filter((s) => byStatus.get(s.id)).map((s) => `${byStatus.get(s.id)} ${s.label.toLowerCase()}`);
  const byAnchor = countBy(claims.map((c) => c.anchor));
  const anchors = AnchorStateSchema.options.filter((state) => byAnchor.get(state)).map((state) => `${byAnchor.get(state)} ${state}`);
  return [counted(claims.length, 'claim'), ...statuses, anchors.length ? `anchors: ${anchors.join(', ')}` : '']
    .filter(Boolean)
    .join(' · ');
}

export function StatusBar() {
  const { pendingSaves, saveFailure, document, library, busy, panel } = useAppState();
  const actions = useActions();
  return (
    <footer className="status-bar">
      {saveFailure ? (
        <span className="status-bar__save status-bar__save--failed" role="alert">
          NOT SAVED: {saveFailure.message}
          {saveFailure.retry ? (
            <button type="button" className="button button--small" onClick={saveFailure.retry}>
              Retry
            </button>
          ) : null}
          <button type="button" className="button button--small" title="Give up the changes that are not saved" onClick={() => actions.dismissSaveFailure()}>
            Discard
          </button>
        </span>
      ) : (
        <span className="status-bar__save" role="status" data-testid="save-state">
          {pendingSaves > 0 ? 'saving…' : 'saved'}
        </span>
      )}
      {busy ? <span className="status-bar__busy">{busy}</span> : null}
      {library?.readOnly ? <span className="status-bar__read-only">read-only library</span> : null}
      {document && library && panel === 'document' ? <span className="status-bar__counts">{claimSummary(document.claims, library.taxonomy)}</span> : null}
      {library ? <span className="status-bar__location" title={library.location}>{library.location}</span> : null}
    </footer>
  );
}
