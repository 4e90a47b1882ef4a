// Keeps the reader's place when the article column changes width (a pane or the window resized):
// the text reflows, and the same scroll offset would show other lines. The place is the current
// item (the suggestion under review, or the selected claim) while it is in view, which is brought
// back where it was if the reflow takes it out of view; else the paragraph at the top of the view
// and how far into it the view starts; else, at the top, the top.
import { type RefObject, useEffect, useRef } from 'react';
import { partitionPoint } from '@shared/text/partition-point';

interface Place {
  element: Element;
  /** the item's top below the view's top (px); for a paragraph, the part of it above the view's top (0 to 1) */
  at: number;
  paragraph: boolean;
}

/** The first of the text's paragraphs that ends below `top` (a binary search: they are in order). */
function paragraphAt(paragraphs: HTMLCollection, top: number): Element | null {
  return paragraphs[partitionPoint(paragraphs.length, (at) => paragraphs[at]!.getBoundingClientRect().bottom <= top)] ?? null;
}

/** The part of the page the scroller shows (the article's toolbar is above it, not inside). */
function viewOf(scroller: HTMLElement): { top: number; bottom: number } {
  const { top, bottom } = scroller.getBoundingClientRect();
  return { top, bottom };
}

/** Where the reader is in `scroller`: the current item if it is in view, else the paragraph at the top. */
function placeIn(scroller: HTMLElement, currentSelector: string | null): Place | null {
  const view = viewOf(scroller);
  const current = currentSelector === null ? null : scroller.querySelector(currentSelector);
  const shown = current?.getBoundingClientRect();
  if (current && shown && shown.bottom > view.top && shown.top < view.bottom) return { element: current, at: shown.top - view.top, paragraph: false };
  // at the top, the reader sees the title: the top stays the place
  if (scroller.scrollTop === 0) return null;
  const text = scroller.querySelector('.ProseMirror');
  const paragraph = text ? paragraphAt(text.children, view.top) : null;
  if (!paragraph) return null;
  const box = paragraph.getBoundingClientRect();
  return { element: paragraph, at: box.height > 0 ? Math.max(0, view.top - box.top) / box.height : 0, paragraph: true };
}

/** Scrolls `scroller` so that `place` is where it was in the view (a current item still in view stays where the reflow put it). */
function restore(scroller: HTMLElement, place: Place): void {
  const view = viewOf(scroller);
  const box = place.element.getBoundingClientRect();
  if (!place.paragraph && box.top >= view.top && box.bottom <= view.bottom) return;
  const wanted = place.paragraph ? view.top - place.at * box.height : view.top + place.at;
  scroller.scrollTop += box.top - wanted;
}

/**
 * Keeps the reader's place in the scroller `scrollerRef` holds across changes of its width.
 * `currentSelector` finds the current item's element (null: none); `scrollerKey` changes when the
 * ref is given another scroller.
 */
export function useReadingPlaceOnResize(scrollerRef: RefObject<HTMLElement | null>, scrollerKey: string, currentSelector: string | null): void {
  const selector = useRef(currentSelector);
  const remember = useRef<() => void>(() => undefined);

  useEffect(() => {
    const scroller = scrollerRef.current;
    if (!scroller) return;
    let place: Place | null = null;
    let width = scroller.clientWidth;
    let frame = 0;
    remember.current = () => {
      // a width not yet seen is a reflow the observer has still to handle: the place is the one before it
      if (scroller.clientWidth === width) place = placeIn(scroller, selector.current);
    };
    const onScroll = () => {
      if (frame === 0)
        frame = requestAnimationFrame(() => {
          frame = 0;
          remember.current();
        });
    };
    const observer = new ResizeObserver(() => {
      if (scroller.clientWidth === width) return;
      width = scroller.clientWidth;
      if (place?.element.isConnected) restore(scroller, place);
      remember.current();
    });
    scroller.addEventListener('scroll', onScroll, { passive: true });
    observer.observe(scroller);
    return () => {
      scroller.removeEventListener('scroll', onScroll);
      observer.disconnect();
      cancelAnimationFrame(frame);
      remember.current = () => undefined;
    };
  }, [scrollerRef, scrollerKey]);

  // a new current item is the place from now on (when it is in view)
  useEffect(() => {
    selector.current = currentSelector;
    remember.current();
  }, [currentSelector]);
}
