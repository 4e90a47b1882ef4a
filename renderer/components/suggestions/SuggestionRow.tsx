// One suggested claim in the suggestions list: the start of its quote, its proposed source,
// attribution and confidence. A button: clicking it, or giving it the focus, makes the suggestion
// current (Enter and Delete act on the current one). The list is one Tab stop, the current row.
import { memo } from 'react';
import { taxonomyEntry, type Taxonomy } from '@shared/domain/taxonomy';
import type { OfferedSuggestion } from '@shared/suggest/offered-suggestion';
import { excerpt } from '../ClaimRow';
import { listRowFocus } from '../list-row-focus';
import { confidencePercent } from '../../state/suggestion-review';

interface SuggestionRowProps {
  suggestion: OfferedSuggestion;
  sourceName: string;
  attribution: string;
  taxonomy: Taxonomy;
  current: boolean;
  /** whether Tab stops on this row: the list's one stop */
  tabStop: boolean;
  onSelect: (key: string) => void;
}

export const SuggestionRow = memo(function SuggestionRow({ suggestion, sourceName, attribution, taxonomy, current, tabStop, onSelect }: SuggestionRowProps) {
  return (
    <button className="claim-item suggestion-item" data-suggestion-item={suggestion.key} {...listRowFocus(tabStop, current, () => onSelect(suggestion.key))}>
      <span className="suggestion-item__confidence" title="How confident the suggester is">
        {confidencePercent(suggestion.confidence)}%
      </span>
      <span className="claim-item__body">
        <span className="claim-item__quote" dir="auto">
          {excerpt(suggestion.content.text)}
        </span>
        <span className="claim-item__meta">
          <span className="claim-item__source" title={sourceName || undefined}>
            {sourceName || 'no source'}
          </span>
          <span>{taxonomyEntry(taxonomy.attributionTypes, attribution).label}</span>
        </span>
      </span>
    </button>
  );
});
