// Every claim of the open document, in text order. Clicking one selects it and scrolls the
// article to its highlight.
import type { Claim } from '@shared/domain/claim';
import type { Source } from '@shared/domain/source';
import { taxonomyEntry, type Taxonomy } from '@shared/domain/taxonomy';
import { StatusDot } from './StatusDot';

interface ClaimListProps {
  claims: readonly Claim[];
  sources: readonly Source[];
  taxonomy: Taxonomy;
  selectedId: string | null;
  onSelect: (claimId: string) => void;
}

function excerpt(text: string, max = 110): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

export function ClaimList({ claims, sources, taxonomy, selectedId, onSelect }: ClaimListProps) {
  const sourceNames = new Map(sources.map((s) => [s.id, s.name]));
  return (
    <section className="claim-list" aria-labelledby="claims-title">
      <header className="pane-header">
        <h2 id="claims-title" className="pane-title">
          Claims <span className="pane-title__count">{claims.length}</span>
        </h2>
      </header>
      {claims.length === 0 ? (
        <p className="claim-list__empty">
          No claims yet. Select words in the article, then press <kbd>C</kbd> or choose <strong>Make claim</strong>.
        </p>
      ) : (
        <ol className="claim-list__items">
          {claims.map((claim, index) => (
            <li key={claim.id}>
              <button
                type="button"
                className="claim-item"
                aria-current={claim.id === selectedId ? 'true' : undefined}
                data-claim-item={claim.id}
                onClick={() => onSelect(claim.id)}
              >
                <span className="claim-item__number">{index + 1}</span>
                <span className="claim-item__body">
                  <span className="claim-item__quote" dir="auto">
                    “{excerpt(claim.target.exact)}”
                  </span>
                  <span className="claim-item__meta">
                    <StatusDot entry={taxonomyEntry(taxonomy.statuses, claim.status)} />
                    <span className="claim-item__source">
                      {claim.sourceIds.map((id) => sourceNames.get(id)).filter(Boolean).join(', ') || 'no source'}
                    </span>
                  </span>
                </span>
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
