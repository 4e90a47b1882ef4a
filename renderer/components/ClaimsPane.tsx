// The right-hand pane: the claim list (with the colour legend and the orphans) above, the selected
// claim's inspector below.
import { useEffect, useState } from 'react';
import type { LibraryView } from '@shared/bridge/contract';
import type { StoredDocument } from '@shared/domain/document';
import { useActions, useAppState } from '../state/app-context';
import { currentReview, shownSuggestions } from '../state/suggestion-review';
import { ClaimInspector } from './ClaimInspector';
import { ClaimList } from './ClaimList';
import { Legend } from './Legend';
import { SuggestionInspector } from './suggestions/SuggestionInspector';
import { SuggestionsPanel } from './suggestions/SuggestionsPanel';

interface ClaimsPaneProps {
  library: LibraryView;
  document: StoredDocument;
  selectedClaimId: string | null;
  onSelectFromList: (claimId: string) => void;
  onSelectSuggestion: (key: string) => void;
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
      <aside className="claims-pane claims-pane--suggestions" aria-label="Suggested claims">
        <SuggestionsPanel library={library} review={review} shown={shown} onSelect={onSelectSuggestion} />
        {current ? (
          <SuggestionInspector key={current.key} library={library} suggestion={current} draft={review.drafts[current.key]} />
        ) : (
          <p className="inspector-empty">{review.loading ? 'Reading the article for attributions…' : 'Select a suggestion (click it, or J/K) to see what it proposes.'}</p>
        )}
      </aside>
    );
  }
  return (
    <aside className="claims-pane" aria-label="Claims">
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
      {selected ? (
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
          onCreateSource={(name, kind) => actions.registry.createSource(name, kind)}
          onDelete={() => void actions.claims.delete(document.id, selected.id)}
          onOpenLink={(url) => actions.askToOpenLink(url)}
        />
      ) : (
        <p className="inspector-empty">Select a claim (click it, or <kbd>J</kbd>/<kbd>K</kbd>) to see and edit its source, attribution, status, cue, note, evidence and tags.</p>
      )}
    </aside>
  );
}
