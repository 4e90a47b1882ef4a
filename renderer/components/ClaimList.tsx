// The open document's claims in text order, then its orphans (claims that lost their place when
// the text changed). Clicking one, or moving with J/K or the arrows, selects it.
import type { Claim } from '@shared/domain/claim';
import type { Source } from '@shared/domain/source';
import { memo, useMemo } from 'react';
import { taxonomyEntry, type Taxonomy, type TaxonomyEntry } from '@shared/domain/taxonomy';
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

interface ClaimRowProps {
  claim: Claim;
  label: string;
  status: TaxonomyEntry;
  sourceLabel: string;
  selected: boolean;
  onSelect: (claimId: string) => void;
}

/** One row; memoised, so changing one claim re-renders one row of thousands. */
const ClaimRow = memo(function ClaimRow({ claim, label, status, sourceLabel, selected, onSelect }: ClaimRowProps) {
  return (
    <li>
      <button type="button" className="claim-item" aria-current={selected ? 'true' : undefined} data-claim-item={claim.id} onClick={() => onSelect(claim.id)}>
        <span className="claim-item__number">{label}</span>
        <span className="claim-item__body">
          <span className="claim-item__quote" dir="auto">
            “{excerpt(claim.target.exact)}”
          </span>
          <span className="claim-item__meta">
            <StatusDot entry={status} />
            <span className="claim-item__source">{sourceLabel}</span>
            {claim.anchor === 'moved' || claim.anchor === 'fuzzy' ? <span className={`anchor-badge anchor-badge--${claim.anchor}`}>{claim.anchor}</span> : null}
          </span>
        </span>
      </button>
    </li>
  );
});

function Items({ claims, sourceNames, taxonomy, selectedId, onSelect, numbered }: Omit<ClaimListProps, 'sources'> & { sourceNames: Map<string, string>; numbered: boolean }) {
  return (
    <ol className="claim-list__items">
      {claims.map((claim, index) => (
        <ClaimRow
          key={claim.id}
          claim={claim}
          label={numbered ? String(index + 1) : '?'}
          status={taxonomyEntry(taxonomy.statuses, claim.status)}
          sourceLabel={claim.sourceIds.map((id) => sourceNames.get(id)).filter(Boolean).join(', ') || 'no source'}
          selected={claim.id === selectedId}
          onSelect={onSelect}
        />
      ))}
    </ol>
  );
}

export function ClaimList({ claims, sources, taxonomy, selectedId, onSelect }: ClaimListProps) {
  const sourceNames = useMemo(() => new Map(sources.map((s) => [s.id, s.name])), [sources]);
  const placed = claims.filter((c) => c.anchor !== 'orphan');
  const orphans = claims.filter((c) => c.anchor === 'orphan');
  return (
    <section className="claim-list" aria-labelledby="claims-title">
      <header className="pane-header">
        <h2 id="claims-title" className="pane-title">
          Claims <span className="pane-title__count">{placed.length}</span>
        </h2>
        <span className="pane-hint">
          <kbd>J</kbd>/<kbd>K</kbd> to move
        </span>
      </header>
      {claims.length === 0 ? (
        <p className="claim-list__empty">
          No claims yet. Select words in the article, then press <kbd>C</kbd> or choose <strong>Make claim</strong>.
        </p>
      ) : (
        <Items claims={placed} sourceNames={sourceNames} taxonomy={taxonomy} selectedId={selectedId} onSelect={onSelect} numbered />
      )}
      {orphans.length > 0 ? (
        <section className="orphans" aria-labelledby="orphans-title">
          <h3 id="orphans-title" className="pane-title orphans__title">
            Orphans <span className="pane-title__count">{orphans.length}</span>
          </h3>
          <p className="orphans__hint">
            These claims lost their place when the text changed. Select one, select its words in the text, and press <kbd>R</kbd>.
          </p>
          <Items claims={orphans} sourceNames={sourceNames} taxonomy={taxonomy} selectedId={selectedId} onSelect={onSelect} numbered={false} />
        </section>
      ) : null}
    </section>
  );
}
