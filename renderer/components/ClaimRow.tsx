// One claim in the claims list: its number, the start of its quote, status, sources, attribution
// type and how it is anchored. A button: clicking it, or giving it the focus, selects the claim, so
// the keys that act on "the claim" act on the one the focus ring is on. The list is one Tab stop
// (the selected claim's row, else the first); the arrow keys and J/K move along it.
import { memo } from 'react';
import type { Claim } from '@shared/domain/claim';
import { taxonomyEntry, type Taxonomy } from '@shared/domain/taxonomy';
import { isQuoteMark } from '@shared/suggest/quote-pairing';
import { listRowFocus } from './list-row-focus';
import { StatusDot } from './StatusDot';

/** The start of a quote, cut at a word with an ellipsis. */
export function excerpt(text: string, max = 110): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/**
 * A quote in typographic quotation marks, unless it begins with one of its own (a direct quote
 * with its marks, perhaps followed by "he said"). One that only ends with a quotation (that date
 * was "wildly optimistic") is wrapped like any other, so the list reads the same throughout.
 */
export function quoted(text: string): string {
  return isQuoteMark(text.charAt(0)) ? text : `“${text}”`;
}

interface ClaimRowProps {
  claim: Claim;
  /** the claim's number in text order, or "?" for an orphan */
  label: string;
  taxonomy: Taxonomy;
  sourceNames: ReadonlyMap<string, string>;
  selected: boolean;
  /** whether Tab stops on this row: the list's one stop */
  tabStop: boolean;
  onSelect: (claimId: string) => void;
}

/** Memoised, so changing one claim re-renders one row. */
export const ClaimRow = memo(function ClaimRow({ claim, label, taxonomy, sourceNames, selected, tabStop, onSelect }: ClaimRowProps) {
  const sourceLabel = claim.sourceIds.map((id) => sourceNames.get(id)).filter(Boolean).join(', ') || 'no source';
  return (
    <button className="claim-item" data-claim-item={claim.id} {...listRowFocus(tabStop, selected, () => onSelect(claim.id))}>
      <span className="claim-item__number">{label}</span>
      <span className="claim-item__body">
        <span className="claim-item__quote" dir="auto">
          {quoted(excerpt(claim.target.exact))}
        </span>
        <span className="claim-item__meta">
          <StatusDot entry={taxonomyEntry(taxonomy.statuses, claim.status)} />
          <span className="claim-item__source" title={sourceLabel}>
            {sourceLabel}
          </span>
          <span className="claim-item__attribution">{taxonomyEntry(taxonomy.attributionTypes, claim.attribution).label}</span>
          {claim.anchor === 'moved' || claim.anchor === 'fuzzy' ? <span className={`anchor-badge anchor-badge--${claim.anchor}`}>{claim.anchor}</span> : null}
        </span>
      </span>
    </button>
  );
});
