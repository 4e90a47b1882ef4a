// The claims list's rows, drawn only where the list can be seen (and a few around): a document
// with thousands of claims opens and changes as fast as one with ten. The selected and the
// focused row are always drawn, so the keyboard never loses its place, and the list scrolls to
// keep the selected claim in view.
import { useEffect, type RefObject } from 'react';
import type { Claim } from '@shared/domain/claim';
import type { Taxonomy } from '@shared/domain/taxonomy';
import { ClaimRow } from './ClaimRow';
import { useVirtualRows } from './use-virtual-rows';

/** A row's height before it is measured: one line of quote and one of status and sources. */
const ROW_ESTIMATE_PX = 64;
/** Rows drawn beyond each end of the visible ones. */
const OVERSCAN = 10;
/** The height of the list's sticky title ("Claims 12 · J/K to move"), which a row brought into view stays below. */
const STICKY_HEADER_PX = 40;

interface VirtualClaimItemsProps {
  claims: readonly Claim[];
  taxonomy: Taxonomy;
  sourceNames: ReadonlyMap<string, string>;
  selectedId: string | null;
  /** the row Tab stops on (the list is one Tab stop) */
  tabStopId: string | null;
  onSelect: (claimId: string) => void;
  /** the element that scrolls the list (it also holds the pane's header above the rows) */
  scrollRef: RefObject<HTMLElement | null>;
}

const idOfClaim = (claim: Claim) => claim.id;

export function VirtualClaimItems({ claims, taxonomy, sourceNames, selectedId, tabStopId, onSelect, scrollRef }: VirtualClaimItemsProps) {
  const { listRef, listTop, virtualizer, keptIndex: selectedIndex, focusHandlers } = useVirtualRows<Claim, HTMLOListElement>({
    items: claims,
    idOf: idOfClaim,
    scrollRef,
    estimatePx: ROW_ESTIMATE_PX,
    overscan: OVERSCAN,
    keptId: selectedId,
    idAttribute: 'data-claim-item',
    // the list's title stays in sight at its top (app.css), over the rows scrolled under it
    coveredTopPx: STICKY_HEADER_PX,
  });

  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, virtualizer]);

  return (
    <ol ref={listRef} className="claim-list__items claim-list__items--virtual" style={{ height: virtualizer.getTotalSize() }} {...focusHandlers}>
      {virtualizer.getVirtualItems().map((item) => {
        const claim = claims[item.index]!;
        return (
          <li
            key={item.key}
            ref={virtualizer.measureElement}
            data-index={item.index}
            aria-setsize={claims.length}
            aria-posinset={item.index + 1}
            style={{ transform: `translateY(${item.start - listTop}px)` }}
          >
            <ClaimRow claim={claim} label={String(item.index + 1)} taxonomy={taxonomy} sourceNames={sourceNames} selected={claim.id === selectedId} tabStop={claim.id === tabStopId} onSelect={onSelect} />
          </li>
        );
      })}
    </ol>
  );
}
