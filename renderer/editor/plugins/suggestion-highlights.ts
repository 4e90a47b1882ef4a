// Suggested claims drawn as decorations with a dashed box (UX.md), their cues with a dotted
// underline; the current suggestion is drawn stronger. A click on one makes it current. A
// suggestion nested in another's content ("said [it feared [the strike would ...]]") is drawn as a
// box inside the outer one's: each suggestion is drawn in pieces, cut where another suggestion or
// cue begins or ends (where the editor splits the text anyway), each piece an element of its own
// with the box's left edge on the first piece and its right edge on the last. A click inside picks
// the innermost suggestion.
import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import { partitionPoint } from '@shared/text/partition-point';
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
  /** what the decorations were drawn from, so a change of the current suggestion redraws only what it touches */
  drawn: Drawn | null;
}

interface Drawn {
  suggestions: readonly SuggestionMark[];
  currentKey: string | null;
  cuts: readonly number[];
  /** each suggestion's group (by key): the suggestions drawn again with it */
  groups: ReadonlyMap<string, readonly SuggestionMark[]>;
  doc: EditorState['doc'];
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

/** A suggestion's content cut into pieces at the offsets inside it (found by search: a long article has tens of thousands). */
function piecesOf(content: { start: number; end: number }, cuts: readonly number[]): [number, number][] {
  const inside: number[] = [];
  for (let at = partitionPoint(cuts.length, (index) => cuts[index]! <= content.start); at < cuts.length && cuts[at]! < content.end; at += 1) inside.push(cuts[at]!);
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

/** Decorations in the order the editor nests them: over one piece of text, the shorter suggestion innermost (first). */
function nestingOrder(decorations: Decoration[]): Decoration[] {
  return decorations.sort((a, b) => a.from - b.from || a.to - b.to || (a.spec as SuggestionSpec).length - (b.spec as SuggestionSpec).length);
}

const extentOf = (s: SuggestionMark) => [Math.min(s.content.start, s.cue?.start ?? s.content.start), Math.max(s.content.end, s.cue?.end ?? s.content.end)] as const;

/**
 * The suggestions in groups whose text (content and cue) runs together: no suggestion shares text
 * with one of another group, so a group's decorations can be drawn again without the others.
 */
function groupsOf(suggestions: readonly SuggestionMark[]): Map<string, readonly SuggestionMark[]> {
  const byStart = [...suggestions].sort((a, b) => extentOf(a)[0] - extentOf(b)[0]);
  const groupOf = new Map<string, readonly SuggestionMark[]>();
  let group: SuggestionMark[] = [];
  let groupEnd = -Infinity;
  for (const suggestion of byStart) {
    const [start, end] = extentOf(suggestion);
    if (start >= groupEnd) {
      group = [];
      groupEnd = end;
    } else groupEnd = Math.max(groupEnd, end);
    group.push(suggestion);
    groupOf.set(suggestion.key, group);
  }
  return groupOf;
}

/**
 * The decorations with another suggestion made current: only the groups of the suggestions that
 * were and become current are drawn again (their pieces nest with each other's), as redrawing all
 * of them took seconds a key press on a long report.
 */
function withCurrent(state: EditorState, value: SuggestionHighlightState & { drawn: Drawn }, currentKey: string | null): SuggestionHighlightState {
  const { groups, cuts } = value.drawn;
  const grouped = new Set([value.drawn.currentKey, currentKey].flatMap((key) => (key === null ? [] : (groups.get(key) ?? []))));
  // in the order a fresh drawing takes them, so that two of the same length nest as they did
  const redrawn = grouped.size === 0 ? [] : value.drawn.suggestions.filter((s) => grouped.has(s));
  const drawn = { ...value.drawn, currentKey };
  if (redrawn.length === 0) return { decorations: value.decorations, drawn };
  const keys = new Set(redrawn.map((s) => s.key));
  const projection = projectDoc(state.doc);
  const from = offsetToPos(projection, Math.min(...redrawn.map((s) => extentOf(s)[0])));
  const to = offsetToPos(projection, Math.max(...redrawn.map((s) => extentOf(s)[1])));
  const old = value.decorations.find(from, to, (spec) => keys.has((spec as SuggestionSpec).suggestionKey));
  const fresh = nestingOrder(redrawn.flatMap((s) => decorationsFor(projection, s, s.key === currentKey, cuts)));
  return { decorations: value.decorations.remove(old).add(state.doc, fresh), drawn };
}

function apply(tr: Transaction, value: SuggestionHighlightState, state: EditorState): SuggestionHighlightState {
  const action = tr.getMeta(suggestionHighlightsKey) as SuggestionHighlightAction | undefined;
  if (!action) return tr.docChanged ? { decorations: value.decorations.map(tr.mapping, tr.doc), drawn: null } : value;
  const { drawn } = value;
  if (drawn !== null && drawn.suggestions === action.suggestions && drawn.doc === state.doc && !tr.docChanged) {
    return drawn.currentKey === action.currentKey ? value : withCurrent(state, { ...value, drawn }, action.currentKey);
  }
  const cuts = cutsOf(action.suggestions);
  const projection = projectDoc(state.doc);
  const all = nestingOrder(action.suggestions.flatMap((s) => decorationsFor(projection, s, s.key === action.currentKey, cuts)));
  return { decorations: DecorationSet.create(state.doc, all), drawn: { suggestions: action.suggestions, currentKey: action.currentKey, cuts, groups: groupsOf(action.suggestions), doc: state.doc } };
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
      init: () => ({ decorations: DecorationSet.empty, drawn: null }),
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
