// Suggested claims drawn as decorations with a dashed box (UX.md), their cues with a dotted
// underline; the current suggestion is drawn stronger. A click on one makes it current. A
// suggestion nested in another's content ("said [it feared [the strike would ...]]") is drawn as a
// box inside the outer one's: each suggestion is drawn in pieces, cut where another suggestion or
// cue begins or ends (where the editor splits the text anyway), each piece an element of its own
// with the box's left edge on the first piece and its right edge on the last. A click inside picks
// the innermost suggestion.
import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import { offsetToPos } from '@shared/text/position-map';
import type { Projection } from '@shared/text/projection';
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
  /** the whole suggestion's length, to find the innermost one at a position */
  length: number;
}

/** Every offset where a suggestion or a cue begins or ends, sorted. */
function cutsOf(suggestions: readonly SuggestionMark[]): number[] {
  const cuts = new Set<number>();
  for (const { content, cue } of suggestions) {
    cuts.add(content.start).add(content.end);
    if (cue) cuts.add(cue.start).add(cue.end);
  }
  return [...cuts].sort((a, b) => a - b);
}

/** A suggestion's content cut into pieces at the offsets inside it. */
function piecesOf(content: { start: number; end: number }, cuts: readonly number[]): [number, number][] {
  const inside = cuts.filter((cut) => cut > content.start && cut < content.end);
  const bounds = [content.start, ...inside, content.end];
  return bounds.slice(1).map((end, index) => [bounds[index]!, end]);
}

function decorationsFor(projection: Projection, suggestion: SuggestionMark, current: boolean, cuts: readonly number[]): Decoration[] {
  const range = (span: { start: number; end: number }) => [offsetToPos(projection, span.start), offsetToPos(projection, span.end)] as const;
  const length = suggestion.content.end - suggestion.content.start;
  const spec: SuggestionSpec = { suggestionKey: suggestion.key, kind: 'suggestion', length };
  const pieces = piecesOf(suggestion.content, cuts);
  const decorations = pieces.flatMap(([start, end], index) => {
    const [from, to] = range({ start, end });
    if (to <= from) return [];
    const classes = ['suggestion-hl', current ? 'is-current' : '', index === 0 ? 'is-first' : '', index === pieces.length - 1 ? 'is-last' : ''];
    // an element of its own (nodeName), not attributes merged into those of a suggestion nested in it
    const attrs = { nodeName: 'span', class: classes.filter((c) => c !== '').join(' '), 'data-suggestion-key': suggestion.key };
    return [Decoration.inline(from, to, attrs, spec)];
  });
  if (suggestion.cue) {
    const [cueFrom, cueTo] = range(suggestion.cue);
    if (cueTo > cueFrom) decorations.push(Decoration.inline(cueFrom, cueTo, { class: 'suggestion-cue' }, { suggestionKey: suggestion.key, kind: 'cue', length } satisfies SuggestionSpec));
  }
  return decorations;
}

function apply(tr: Transaction, value: SuggestionHighlightState, state: EditorState): SuggestionHighlightState {
  const action = tr.getMeta(suggestionHighlightsKey) as SuggestionHighlightAction | undefined;
  if (!action) return tr.docChanged ? { decorations: value.decorations.map(tr.mapping, tr.doc) } : value;
  const cuts = cutsOf(action.suggestions);
  const projection = projectDoc(state.doc);
  // over one piece of text the editor nests the first decoration innermost: the shorter suggestion first
  const all = action.suggestions
    .flatMap((s) => decorationsFor(projection, s, s.key === action.currentKey, cuts))
    .sort((a, b) => a.from - b.from || a.to - b.to || (a.spec as SuggestionSpec).length - (b.spec as SuggestionSpec).length);
  return { decorations: DecorationSet.create(state.doc, all) };
}

/** The key of the suggestion drawn at a position, if any: the innermost, when one nests in another. */
export function suggestionAt(state: EditorState, pos: number): string | null {
  const found = suggestionHighlightsKey.getState(state)?.decorations.find(pos, pos, (spec) => (spec as SuggestionSpec).kind === 'suggestion') ?? [];
  const innermost = found.reduce<(typeof found)[number] | null>((best, decoration) => (best === null || (decoration.spec as SuggestionSpec).length < (best.spec as SuggestionSpec).length ? decoration : best), null);
  return innermost === null ? null : (innermost.spec as SuggestionSpec).suggestionKey;
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
