// The claims list's rows, drawn only where the list can be seen (and a few around): a document
// with thousands of claims opens and changes as fast as one with ten. The selected and the
// focused row are always drawn, so the keyboard never loses its place, and the list scrolls to
// keep the selected claim in view.
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type FocusEvent, type RefObject } from 'react';
import { defaultRangeExtractor, useVirtualizer } from '@tanstack/react-virtual';
import type { Claim } from '@shared/domain/claim';
import type { Taxonomy } from '@shared/domain/taxonomy';
import { ClaimRow } from './ClaimRow';

/** A row's height before it is measured: one line of quote and one of status and sources. */
const ROW_ESTIMATE_PX = 64;
/** Rows drawn beyond each end of the visible ones. */
const OVERSCAN = 10;

interface VirtualClaimItemsProps {
  claims: readonly Claim[];
  taxonomy: Taxonomy;
  sourceNames: ReadonlyMap<string, string>;
  selectedId: string | null;
  onSelect: (claimId: string) => void;
  /** the element that scrolls the list (it also holds the pane's header above the rows) */
  scrollRef: RefObject<HTMLElement | null>;
}

/** The visible rows' indexes with the rows that must stay drawn, in order. */
function withKept(indexes: number[], kept: number[]): number[] {
  const extra = kept.filter((i, at) => i >= 0 && !indexes.includes(i) && kept.indexOf(i) === at);
  return extra.length === 0 ? indexes : [...indexes, ...extra].sort((a, b) => a - b);
}

export function VirtualClaimItems({ claims, taxonomy, sourceNames, selectedId, onSelect, scrollRef }: VirtualClaimItemsProps) {
  const listRef = useRef<HTMLOListElement>(null);
  const [listTop, setListTop] = useState(0);
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const selectedIndex = useMemo(() => claims.findIndex((c) => c.id === selectedId), [claims, selectedId]);
  const focusedIndex = useMemo(() => (focusedId ? claims.findIndex((c) => c.id === focusedId) : -1), [claims, focusedId]);

  // (The rule is about React Compiler's memoising, which this app's build does not use; the
  // virtualizer re-renders this component itself when the visible rows change.)
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: claims.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_ESTIMATE_PX,
    getItemKey: (index) => claims[index]!.id,
    overscan: OVERSCAN,
    scrollMargin: listTop,
    rangeExtractor: (range) => withKept(defaultRangeExtractor(range), [selectedIndex, focusedIndex]),
  });

  // Where the rows start in the scroller, below the header (.claim-list is their offsetParent).
  useLayoutEffect(() => setListTop(listRef.current?.offsetTop ?? 0), []);

  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, virtualizer]);

  const handleFocus = (event: FocusEvent<HTMLOListElement>) => setFocusedId((event.target as HTMLElement).getAttribute('data-claim-item'));
  const handleBlur = (event: FocusEvent<HTMLOListElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setFocusedId(null);
  };

  return (
    <ol ref={listRef} className="claim-list__items claim-list__items--virtual" style={{ height: virtualizer.getTotalSize() }} onFocus={handleFocus} onBlur={handleBlur}>
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
            <ClaimRow claim={claim} label={String(item.index + 1)} taxonomy={taxonomy} sourceNames={sourceNames} selected={claim.id === selectedId} onSelect={onSelect} />
          </li>
        );
      })}
    </ol>
  );
}
