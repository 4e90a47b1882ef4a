// The right-hand pane: the claim list (with the colour legend and the orphans) above, the selected
// claim's inspector below, with a splitter between them; or, while suggestions are reviewed, their
// list and the current one's inspector.
import { useEffect, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import type { LibraryView } from '@shared/bridge/contract';
import type { StoredDocument } from '@shared/domain/document';
import { useActions, useAppState } from '../state/app-context';
import { currentReview, shownSuggestions } from '../state/suggestion-review';
import { ClaimInspector } from './ClaimInspector';
import { ClaimList } from './ClaimList';
import { Legend } from './Legend';
import { Splitter } from './Splitter';
import { LIST_SHARE_LIMITS } from '../workspace/pane-layout';
import { SuggestionInspector } from './suggestions/SuggestionInspector';
import { SuggestionsPanel } from './suggestions/SuggestionsPanel';

interface ClaimsPaneProps {
  library: LibraryView;
  document: StoredDocument;
  selectedClaimId: string | null;
  onSelectFromList: (claimId: string) => void;
  onSelectSuggestion: (key: string) => void;
}

/** The pane's frame: the list above, the splitter, the inspector below. */
function PaneFrame({ className, label, list, inspector }: { className: string; label: string; list: ReactNode; inspector: ReactNode }) {
  const { layout } = useAppState();
  const actions = useActions();
  const ref = useRef<HTMLElement>(null);
  const share = layout.claimsListShare;
  return (
    <aside ref={ref} className={className} aria-label={label} style={{ '--claims-list-share': `${share}%` } as CSSProperties}>
      {list}
      <Splitter
        orientation="horizontal"
        label="Resize the list and the inspector"
        value={share}
        min={LIST_SHARE_LIMITS.min}
        max={LIST_SHARE_LIMITS.max}
        defaultValue={LIST_SHARE_LIMITS.default}
        step={5}
        perPixel={() => 100 / Math.max(1, ref.current?.clientHeight ?? 1)}
        targetRef={ref}
        cssVariable="--claims-list-share"
        cssValue={(value) => `${value}%`}
        className="pane-splitter pane-splitter--list"
        onChange={(value) => actions.layout.resizeClaimsList(value)}
      />
      {inspector}
    </aside>
  );
}

export function ClaimsPane({ library, document, selectedClaimId, onSelectFromList, onSelectSuggestion }: ClaimsPaneProps) {
  const actions = useActions();
  const review = currentReview(useAppState());
  const [knownTags, setKnownTags] = useState<string[]>([]);
  useEffect(() => {
    void actions.registry.tags().then((tags) => setKnownTags(tags.map((t) => t.tag)));
  }, [actions, document.id]);
  const selected = document.claims.find((c) => c.id === selectedClaimId) ?? null;
  if (review) {
    const shown = shownSuggestions(review, document);
    const current = shown.find((s) => s.key === review.currentKey) ?? null;
    return (
      <PaneFrame
        className="claims-pane claims-pane--suggestions"
        label="Suggested claims"
        list={<SuggestionsPanel library={library} review={review} shown={shown} onSelect={onSelectSuggestion} />}
        inspector={
          current ? (
            <SuggestionInspector key={current.key} library={library} suggestion={current} draft={review.drafts[current.key]} />
          ) : (
            <p className="inspector-empty">{review.loading ? 'Reading the article for attributions…' : 'Select a suggestion (click it, or J/K) to see what it proposes.'}</p>
          )
        }
      />
    );
  }
  return (
    <PaneFrame
      className="claims-pane"
      label="Claims"
      list={
        <div className="claims-pane__top">
          <div className="claims-pane__actions">
            <button type="button" className="button button--small" onClick={() => void actions.suggestions.open()} title="Find attributions in the article and suggest them as claims (Shift+S)">
              Suggest claims <kbd>⇧S</kbd>
            </button>
          </div>
          <Legend taxonomy={library.taxonomy} colorBy={library.settings.colorBy} />
          {/* keyed by document: another document's list starts at its top, measured afresh */}
          <ClaimList key={document.id} claims={document.claims} sources={library.sources} taxonomy={library.taxonomy} selectedId={selectedClaimId} onSelect={onSelectFromList} />
        </div>
      }
      inspector={
        selected ? (
          <ClaimInspector
            key={selected.id}
            claim={selected}
            sources={library.sources}
            taxonomy={library.taxonomy}
            knownTags={knownTags}
            onChange={(changes, label) => {
              if (changes.tags) setKnownTags((known) => [...new Set([...known, ...changes.tags!])]);
              void actions.claims.update(document.id, selected.id, changes, label);
            }}
            onCreateSource={async (name, kind) => (await actions.registry.createSource(name, kind))?.source ?? null}
            onDelete={() => void actions.claims.delete(document.id, selected.id)}
            onOpenLink={(url) => actions.askToOpenLink(url)}
          />
        ) : (
          <p className="inspector-empty">
            Select a claim (click it, or <kbd>J</kbd>/<kbd>K</kbd>) to see and edit its source, attribution, status, cue, note, evidence and tags.
          </p>
        )
      }
    />
  );
}
