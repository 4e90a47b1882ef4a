// The suggested claims of the open document, in text order, with the confidence threshold and
// "accept all" above it. Shown in the claims pane while suggestions are reviewed. Only the rows in
// view (and a few around, and the current one) are drawn: a long report has thousands.
import { type RefObject, useEffect, useRef } from 'react';
import type { LibraryView } from '@shared/bridge/contract';
import type { OfferedSuggestion } from '@shared/suggest/offered-suggestion';
import { useActions } from '../../state/app-context';
import { confidencePercent, isAtOrAbove, proposedAttribution, proposedSource, type SuggestionReview } from '../../state/suggestion-review';
import { SuggestionRow } from './SuggestionRow';
import { useVirtualRows } from '../use-virtual-rows';

interface SuggestionsPanelProps {
  library: LibraryView;
  review: SuggestionReview;
  shown: readonly OfferedSuggestion[];
  onSelect: (key: string) => void;
}

/** A row's height before it is measured: two lines of quote and one of source and attribution. */
const ROW_ESTIMATE_PX = 84;
/** Rows drawn beyond each end of the visible ones. */
const OVERSCAN = 10;
const keyOfSuggestion = (suggestion: OfferedSuggestion) => suggestion.key;

function VirtualSuggestionItems({ library, review, shown, onSelect, scrollRef }: SuggestionsPanelProps & { scrollRef: RefObject<HTMLElement | null> }) {
  const { listRef, listTop, virtualizer, focusHandlers } = useVirtualRows<OfferedSuggestion, HTMLOListElement>({
    items: shown,
    idOf: keyOfSuggestion,
    scrollRef,
    estimatePx: ROW_ESTIMATE_PX,
    overscan: OVERSCAN,
    keptId: review.currentKey,
    idAttribute: 'data-suggestion-item',
  });
  // the list is one Tab stop: the current suggestion, else the first
  const tabStopKey = shown.some((s) => s.key === review.currentKey) ? review.currentKey : (shown[0]?.key ?? null);
  return (
    <ol ref={listRef} className="claim-list__items claim-list__items--virtual" aria-label="Suggested claims" style={{ height: virtualizer.getTotalSize() }} {...focusHandlers}>
      {virtualizer.getVirtualItems().map((item) => {
        const s = shown[item.index]!;
        return (
          <li key={item.key} ref={virtualizer.measureElement} data-index={item.index} aria-setsize={shown.length} aria-posinset={item.index + 1} style={{ transform: `translateY(${item.start - listTop}px)` }}>
            <SuggestionRow
              suggestion={s}
              sourceName={proposedSource(s, review.drafts[s.key], library.sources).name}
              attribution={proposedAttribution(s, review.drafts[s.key], library.taxonomy)}
              taxonomy={library.taxonomy}
              current={s.key === review.currentKey}
              tabStop={s.key === tabStopKey}
              onSelect={onSelect}
            />
          </li>
        );
      })}
    </ol>
  );
}

export function SuggestionsPanel({ library, review, shown, onSelect }: SuggestionsPanelProps) {
  const actions = useActions();
  const above = shown.filter((s) => isAtOrAbove(s, review.threshold)).length;
  const percent = confidencePercent(review.threshold);
  const listRef = useRef<HTMLElement>(null);
  // The current suggestion stays in view, however it became current (keys, a click in the text, undo).
  useEffect(() => {
    if (review.currentKey) listRef.current?.querySelector(`[data-suggestion-item="${CSS.escape(review.currentKey)}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [review.currentKey, shown]);
  return (
    <section className="claim-list suggestion-list" aria-labelledby="suggestions-title" ref={listRef}>
      {/* stays at the top of the list as it scrolls: Done and Accept N are always in reach */}
      <div className="suggestion-list__head">
        <header className="pane-header">
          <h2 id="suggestions-title" className="pane-title">
            Suggestions <span className="pane-title__count">{review.loading ? '…' : shown.length}</span>
          </h2>
          <button type="button" className="button button--small" onClick={() => actions.suggestions.close()} title="Back to the claims (Escape)">
            Done <kbd>Esc</kbd>
          </button>
        </header>
        <div className="suggestion-threshold">
          <label htmlFor="suggestion-threshold" className="suggestion-threshold__label">
            Accept all at or above <output htmlFor="suggestion-threshold">{percent}%</output>
          </label>
          <input id="suggestion-threshold" type="range" min={0} max={1} step={0.05} value={review.threshold} onChange={(e) => actions.suggestions.setThreshold(Number(e.target.value))} />
          <button type="button" className="button button--small" disabled={above === 0 || library.readOnly} onClick={() => void actions.suggestions.acceptAbove()} title="Accept every suggestion at or above the threshold (Shift+A)">
            Accept {above} <kbd>⇧A</kbd>
          </button>
        </div>
      </div>
      {review.loading ? (
        <p className="claim-list__empty" role="status">
          Finding suggestions…
        </p>
      ) : shown.length === 0 ? (
        <p className="claim-list__empty">No suggestions left for this article. Press Escape to go back to the claims.</p>
      ) : (
        <VirtualSuggestionItems library={library} review={review} shown={shown} onSelect={onSelect} scrollRef={listRef} />
      )}
    </section>
  );
}
