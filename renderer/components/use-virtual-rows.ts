// Drawing only the rows of a long list that can be seen (and a few around), for lists inside a
// scrolling pane that also holds other things above them (the claims list's header, the sidebar's
// links and saved sets). The kept row (the selected claim, the open document) and the row with the
// keyboard focus are always drawn, so the keyboard never loses its place.
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type FocusEvent, type RefObject } from 'react';
import { defaultRangeExtractor, useVirtualizer } from '@tanstack/react-virtual';

interface VirtualRowsOptions<T> {
  items: readonly T[];
  idOf: (item: T) => string;
  /** the element that scrolls the list */
  scrollRef: RefObject<HTMLElement | null>;
  /** a row's height before it is measured */
  estimatePx: number;
  /** rows drawn beyond each end of the visible ones */
  overscan: number;
  /** the row always drawn besides the focused one (null: none) */
  keptId: string | null;
  /** the attribute each row's focusable element carries its id in */
  idAttribute: string;
  /** pixels at the scroller's top that a sticky header covers, which a row scrolled into view stays below */
  coveredTopPx?: number;
}

/** The visible rows' indexes with the rows that must stay drawn, in order. */
function withKept(indexes: number[], kept: number[]): number[] {
  const extra = kept.filter((i, at) => i >= 0 && !indexes.includes(i) && kept.indexOf(i) === at);
  return extra.length === 0 ? indexes : [...indexes, ...extra].sort((a, b) => a - b);
}

/** Where `list` starts inside `scroller`'s scrolled content, in pixels. */
function topWithin(list: HTMLElement | null, scroller: HTMLElement | null): number {
  if (list === null || scroller === null) return 0;
  return Math.round(list.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop);
}

export function useVirtualRows<T, L extends HTMLElement>({ items, idOf, scrollRef, estimatePx, overscan, keptId, idAttribute, coveredTopPx = 0 }: VirtualRowsOptions<T>) {
  const listRef = useRef<L>(null);
  const [listTop, setListTop] = useState(0);
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const keptIndex = useMemo(() => (keptId === null ? -1 : items.findIndex((item) => idOf(item) === keptId)), [items, idOf, keptId]);
  const focusedIndex = useMemo(() => (focusedId === null ? -1 : items.findIndex((item) => idOf(item) === focusedId)), [items, idOf, focusedId]);

  // (The rule is about React Compiler's memoising, which this app's build does not use; the
  // virtualizer re-renders its component itself when the visible rows change.)
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => estimatePx,
    getItemKey: (index) => idOf(items[index]!),
    overscan,
    scrollMargin: listTop,
    scrollPaddingStart: coveredTopPx,
    rangeExtractor: (range) => withKept(defaultRangeExtractor(range), [keptIndex, focusedIndex]),
  });

  // where the rows start in the scroller: measured once laid out, then again whenever something
  // above them changes height (saved sets come and go, a legend wraps), as a ResizeObserver reports
  // it after layout; measuring at every render forced a layout per keystroke
  useLayoutEffect(() => {
    const list = listRef.current;
    const measure = () => setListTop(topWithin(listRef.current, scrollRef.current));
    measure();
    if (list === null || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    for (let above = list.previousElementSibling; above !== null; above = above.previousElementSibling) observer.observe(above);
    return () => observer.disconnect();
  }, [scrollRef]);

  // the scroller may be a parent, whose ref React sets after this component's layout effects: one
  // more render once everything is mounted lets the virtualizer find it (else no row is drawn
  // until something else redraws the list)
  const [, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);

  const focusHandlers = {
    onFocus: (event: FocusEvent<L>) => setFocusedId((event.target as HTMLElement).getAttribute(idAttribute)),
    onBlur: (event: FocusEvent<L>) => {
      if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setFocusedId(null);
    },
  };

  return { listRef, listTop, virtualizer, keptIndex, focusHandlers };
}
