// The current suggestion's proposed fields, editable before accepting: source (an existing one or
// a new one with its kind), attribution, and the cue found. Enter in a field accepts.
import type { KeyboardEvent } from 'react';
import type { LibraryView } from '@shared/bridge/contract';
import type { OfferedSuggestion } from '@shared/suggest/offered-suggestion';
import { useActions } from '../../state/app-context';
import { keepingReviewFocus } from './focus-after-decision';
import { AttributionField } from '../inspector/AttributionField';
import { TaxonomySelect } from '../TaxonomySelect';
import { confidencePercent, proposedAttribution, proposedSource, type SuggestionDraft } from '../../state/suggestion-review';

export const SUGGESTION_SOURCE_INPUT = 'suggestion-source-input';

interface SuggestionInspectorProps {
  library: LibraryView;
  suggestion: OfferedSuggestion;
  draft: SuggestionDraft | undefined;
}

export function SuggestionInspector({ library, suggestion, draft }: SuggestionInspectorProps) {
  const actions = useActions();
  const { taxonomy } = library;
  const source = proposedSource(suggestion, draft, library.sources);
  const edit = (changes: SuggestionDraft) => actions.suggestions.edit(suggestion.key, changes);
  const acceptOnEnter = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    // the field goes with the suggestion: the review's keys go on from the text
    keepingReviewFocus(() => actions.suggestions.accept(suggestion.key));
  };
  const match = suggestion.match;
  const forArticle = !source.existing && match?.kind === 'new' && match.forArticle === true && source.name === match.name;
  const newHint = forArticle ? 'A new source for this article only, added to the registry on accepting: its words name no one in particular.' : 'A new source, added to the registry on accepting.';
  const sourceHint = source.existing ? `In the registry as “${source.existing.name}”.` : source.name.trim() ? newHint : 'No source: the claim will have none.';
  return (
    <section className="inspector suggestion-inspector" aria-labelledby="suggestion-inspector-title">
      <header className="pane-header">
        <h2 id="suggestion-inspector-title" className="pane-title">
          Suggested claim
        </h2>
        <span className="suggestion-badge">{confidencePercent(suggestion.confidence)}% confident</span>
      </header>
      <blockquote className="inspector__quote suggestion-inspector__quote" dir="auto">
        {suggestion.content.text}
      </blockquote>
      <div className="field">
        <label className="field__label" htmlFor={SUGGESTION_SOURCE_INPUT}>
          Source
        </label>
        <input id={SUGGESTION_SOURCE_INPUT} className="input" list="suggestion-source-names" value={source.name} autoComplete="off" onChange={(e) => edit({ sourceName: e.target.value })} onKeyDown={acceptOnEnter} />
        <datalist id="suggestion-source-names">
          {library.sources.map((s) => (
            <option key={s.id} value={s.name} />
          ))}
        </datalist>
        <p className="field__hint">{sourceHint}</p>
        {!source.existing && source.name.trim() ? (
          <label className="field__hint suggestion-inspector__kind">
            Kind <TaxonomySelect entries={taxonomy.sourceKinds} value={source.kind} onChange={(sourceKind) => edit({ sourceKind })} small />
          </label>
        ) : null}
      </div>
      <AttributionField inputId="suggestion-attribution" types={taxonomy.attributionTypes} value={proposedAttribution(suggestion, draft, taxonomy)} onChange={(attribution) => edit({ attribution })} />
      <div className="field">
        <span className="field__label">Cue</span>
        <span className={suggestion.cue ? 'inspector__cue' : 'field__hint'}>{suggestion.cue ? suggestion.cue.text : 'none found'}</span>
      </div>
      <p className="field__hint">Accepting makes an ordinary claim with status “unverified”; Ctrl+Z undoes it. A rejected suggestion is not suggested again for this article.</p>
      <div className="inspector__actions">
        <button type="button" className="button button--primary" disabled={library.readOnly} onClick={() => keepingReviewFocus(() => actions.suggestions.accept(suggestion.key))}>
          Accept <kbd>Enter</kbd>
        </button>
        <button type="button" className="button" disabled={library.readOnly} onClick={() => keepingReviewFocus(() => actions.suggestions.reject(suggestion.key))}>
          Reject <kbd>Del</kbd>
        </button>
      </div>
    </section>
  );
}
