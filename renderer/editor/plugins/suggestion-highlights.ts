// Suggested claims drawn as decorations with a dashed outline (UX.md), their cues with a dotted
// underline; the current suggestion is drawn stronger. A click on one makes it current.
import type { Node } from 'prosemirror-model';
import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import { offsetToPos } from '@shared/text/position-map';
import { projectDoc } from '../prosemirror-tree';

/** What the plugin needs of a suggestion: its key, its content and its cue. */
export interface SuggestionMark {
  key: string;
  content: { start: number; end: number };
  cue: { start: number; end: number } | null;
}

export interface SuggestionHighlightState {
  decorations: DecorationSet;
}

export type SuggestionHighlightAction = { type: 'set'; suggestions: readonly SuggestionMark[]; currentKey: string | null };

export const suggestionHighlightsKey = new PluginKey<SuggestionHighlightState>('suggestionHighlights');

interface SuggestionSpec {
  suggestionKey: string;
  kind: 'suggestion' | 'cue';
}

function decorationsFor(doc: Node, suggestion: SuggestionMark, current: boolean): Decoration[] {
  const projection = projectDoc(doc);
  const range = (span: { start: number; end: number }) => [offsetToPos(projection, span.start), offsetToPos(projection, span.end)] as const;
  const [from, to] = range(suggestion.content);
  if (to <= from) return [];
  const attrs = { class: current ? 'suggestion-hl is-current' : 'suggestion-hl', 'data-suggestion-key': suggestion.key };
  const decorations = [Decoration.inline(from, to, attrs, { suggestionKey: suggestion.key, kind: 'suggestion' } satisfies SuggestionSpec)];
  if (suggestion.cue) {
    const [cueFrom, cueTo] = range(suggestion.cue);
    if (cueTo > cueFrom) decorations.push(Decoration.inline(cueFrom, cueTo, { class: 'suggestion-cue' }, { suggestionKey: suggestion.key, kind: 'cue' } satisfies SuggestionSpec));
  }
  return decorations;
}

function apply(tr: Transaction, value: SuggestionHighlightState, state: EditorState): SuggestionHighlightState {
  const action = tr.getMeta(suggestionHighlightsKey) as SuggestionHighlightAction | undefined;
  if (!action) return tr.docChanged ? { decorations: value.decorations.map(tr.mapping, tr.doc) } : value;
  const all = action.suggestions.flatMap((s) => decorationsFor(state.doc, s, s.key === action.currentKey));
  return { decorations: DecorationSet.create(state.doc, all) };
}

/** The key of the suggestion drawn at a position, if any. */
export function suggestionAt(state: EditorState, pos: number): string | null {
  const found = suggestionHighlightsKey.getState(state)?.decorations.find(pos, pos, (spec) => (spec as SuggestionSpec).kind === 'suggestion') ?? [];
  return found.length > 0 ? (found[0]!.spec as SuggestionSpec).suggestionKey : null;
}

export function suggestionHighlights(options: { onClickSuggestion: (key: string) => void }): Plugin<SuggestionHighlightState> {
  return new Plugin<SuggestionHighlightState>({
    key: suggestionHighlightsKey,
    state: {
      init: () => ({ decorations: DecorationSet.empty }),
      apply,
    },
    props: {
      decorations: (state) => suggestionHighlightsKey.getState(state)?.decorations,
      handleClick(view, pos) {
        if (!view.state.selection.empty) return false;
        const key = suggestionAt(view.state, pos);
        if (key) options.onClickSuggestion(key);
        return false;
      },
    },
  });
}
