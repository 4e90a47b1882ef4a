// The suggestion highlights drawn by a view in jsdom: a suggestion is cut into pieces where another
// suggestion or cue begins or ends, the first piece carrying the box's left edge and the last its
// right; over one piece the shorter suggestion is the inner element; and a position inside a
// nested suggestion belongs to the inner one.
import { Node } from 'prosemirror-model';
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { describe, expect, it } from 'vitest';
import { parsePlainText } from '@shared/importers/plain-text';
import { offsetToPos } from '@shared/text/position-map';
import { projectDoc } from '../../../renderer/editor/prosemirror-tree';
import { schema } from '../../../renderer/editor/schema';
import { suggestionAt, suggestionHighlights, suggestionHighlightsKey, type SuggestionMark } from '../../../renderer/editor/plugins/suggestion-highlights';

const TEXT = 'The association said it feared the strike would lead to cancellations.\nOfficials said the road would reopen.';
const span = (part: string) => ({ start: TEXT.indexOf(part), end: TEXT.indexOf(part) + part.length });
const OUTER: SuggestionMark = { key: 'outer', content: span('it feared the strike would lead to cancellations'), cue: span('said') };
const INNER: SuggestionMark = { key: 'inner', content: span('the strike would lead to cancellations'), cue: span('feared') };

const ELSEWHERE: SuggestionMark = { key: 'elsewhere', content: span('the road would reopen'), cue: span('Officials said') };

const withSet = (state: EditorState, suggestions: readonly SuggestionMark[], currentKey: string | null) => state.apply(state.tr.setMeta(suggestionHighlightsKey, { type: 'set', suggestions, currentKey }));

function stateWith(suggestions: readonly SuggestionMark[], currentKey: string | null = 'outer'): EditorState {
  const doc = Node.fromJSON(schema, parsePlainText(TEXT).content);
  return withSet(EditorState.create({ doc, plugins: [suggestionHighlights({ onClickSuggestion: () => {} })] }), suggestions, currentKey);
}

/** Each piece drawn: its suggestion, text, classes and the suggestion of the element around it. */
function piecesDrawn(state: EditorState) {
  const view = new EditorView(document.createElement('div'), { state });
  const pieces = [...view.dom.querySelectorAll('.suggestion-hl')].map((e) => [e.getAttribute('data-suggestion-key'), e.textContent, e.className, e.parentElement!.getAttribute('data-suggestion-key')]);
  view.destroy();
  return pieces;
}

const drawnFor = (state: EditorState, key: string) => suggestionHighlightsKey.getState(state)!.decorations.find(undefined, undefined, (spec) => spec.suggestionKey === key);

describe('suggestion highlights', () => {
  it('cuts a suggestion into pieces at the others, with its edges on its first and last piece, the inner one inside', () => {
    const state = stateWith([OUTER, INNER]);
    const view = new EditorView(document.createElement('div'), { state });
    const pieces = [...view.dom.querySelectorAll('.suggestion-hl')].map((e) => [e.getAttribute('data-suggestion-key'), e.textContent, e.className, e.parentElement!.getAttribute('data-suggestion-key')]);
    expect(pieces).toEqual([
      ['outer', 'it ', 'suggestion-hl is-current is-first', null],
      ['outer', 'feared', 'suggestion-hl is-current', null],
      ['outer', ' ', 'suggestion-hl is-current', null],
      ['outer', 'the strike would lead to cancellations', 'suggestion-hl is-current is-last', null],
      ['inner', 'the strike would lead to cancellations', 'suggestion-hl is-first is-last', 'outer'],
    ]);
    expect([...view.dom.querySelectorAll('.suggestion-cue')].map((e) => e.textContent)).toEqual(['said', 'feared']);
    view.destroy();
  });

  it('draws another current suggestion as a fresh drawing would, and leaves the suggestions that share no text with it as they were', () => {
    const suggestions = [OUTER, INNER, ELSEWHERE];
    const first = stateWith(suggestions);
    const moved = withSet(first, suggestions, 'inner');
    expect(piecesDrawn(moved)).toEqual(piecesDrawn(stateWith(suggestions, 'inner')));
    expect(piecesDrawn(moved).filter(([key, , classes]) => key === 'inner' && classes!.includes('is-current'))).toHaveLength(1);
    expect(drawnFor(moved, 'elsewhere')).toEqual(drawnFor(first, 'elsewhere'));
    // the same decorations (find gives copies, sharing their type), not ones made again
    const typeOf = (decoration: object | undefined) => (decoration as { type?: unknown } | undefined)?.type;
    expect(typeOf(drawnFor(moved, 'elsewhere')[0])).toBeDefined();
    expect(typeOf(drawnFor(moved, 'elsewhere')[0])).toBe(typeOf(drawnFor(first, 'elsewhere')[0]));
    const elsewhere = withSet(moved, suggestions, 'elsewhere');
    expect(piecesDrawn(elsewhere)).toEqual(piecesDrawn(stateWith(suggestions, 'elsewhere')));
    expect(piecesDrawn(withSet(elsewhere, suggestions, null))).toEqual(piecesDrawn(stateWith(suggestions, null)));
  });

  it('nests two overlapping suggestions of the same length as a fresh drawing does, whichever is current', () => {
    // the same length: over the text they share, the one listed first is drawn inside the other
    const later: SuggestionMark = { key: 'later', content: { start: 10, end: 30 }, cue: null };
    const earlier: SuggestionMark = { key: 'earlier', content: { start: 4, end: 24 }, cue: { start: 0, end: 3 } };
    const suggestions = [later, earlier];
    let state = stateWith(suggestions, 'later');
    for (const current of ['earlier', 'later', null, 'earlier']) {
      state = withSet(state, suggestions, current);
      expect(piecesDrawn(state), String(current)).toEqual(piecesDrawn(stateWith(suggestions, current)));
    }
  });

  it('gives a position inside the inner suggestion to the inner one, and the outer one its own words', () => {
    const state = stateWith([OUTER, INNER]);
    const pos = (offset: number) => offsetToPos(projectDoc(state.doc), offset);
    expect(suggestionAt(state, pos(span('strike').start + 1))).toBe('inner');
    expect(suggestionAt(state, pos(span('it feared').start + 1))).toBe('outer');
    expect(suggestionAt(state, pos(span('The association').start + 1))).toBeNull();
  });
});
