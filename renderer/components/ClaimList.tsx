// The open document's claims in text order, then its orphans (claims that lost their place when
// the text changed). Clicking one, giving it the focus, or moving with J/K or the arrows, selects it.
import type { Claim } from '@shared/domain/claim';
import type { Source } from '@shared/domain/source';
import { useMemo, useRef } from 'react';
import type { Taxonomy } from '@shared/domain/taxonomy';
import { ClaimRow } from './ClaimRow';
import { VirtualClaimItems } from './VirtualClaimItems';

interface ClaimListProps {
  claims: readonly Claim[];
  sources: readonly Source[];
  taxonomy: Taxonomy;
  selectedId: string | null;
  onSelect: (claimId: string) => void;
}

export function ClaimList({ claims, sources, taxonomy, selectedId, onSelect }: ClaimListProps) {
  const scrollRef = useRef<HTMLElement>(null);
  const sourceNames = useMemo(() => new Map(sources.map((s) => [s.id, s.name])), [sources]);
  const placed = useMemo(() => claims.filter((c) => c.anchor !== 'orphan'), [claims]);
  const orphans = useMemo(() => claims.filter((c) => c.anchor === 'orphan'), [claims]);
  // the list is one Tab stop: the selected claim, else the first
  const tabStopId = claims.some((c) => c.id === selectedId) ? selectedId : (placed[0] ?? orphans[0])?.id ?? null;
  return (
    <section className="claim-list" aria-labelledby="claims-title" ref={scrollRef}>
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
        <VirtualClaimItems claims={placed} taxonomy={taxonomy} sourceNames={sourceNames} selectedId={selectedId} tabStopId={tabStopId} onSelect={onSelect} scrollRef={scrollRef} />
      )}
      {orphans.length > 0 ? (
        <section className="orphans" aria-labelledby="orphans-title">
          <h3 id="orphans-title" className="pane-title orphans__title">
            Orphans <span className="pane-title__count">{orphans.length}</span>
          </h3>
          <p className="orphans__hint">
            These claims lost their place when the text changed. Select one, select its words in the text, and press <kbd>R</kbd>.
          </p>
          <ol className="claim-list__items">
            {orphans.map((claim) => (
              <li key={claim.id}>
                <ClaimRow claim={claim} label="?" taxonomy={taxonomy} sourceNames={sourceNames} selected={claim.id === selectedId} tabStop={claim.id === tabStopId} onSelect={onSelect} />
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </section>
  );
}
