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

const TEXT = 'The association said it feared the strike would lead to cancellations.';
const span = (part: string) => ({ start: TEXT.indexOf(part), end: TEXT.indexOf(part) + part.length });
const OUTER: SuggestionMark = { key: 'outer', content: span('it feared the strike would lead to cancellations'), cue: span('said') };
const INNER: SuggestionMark = { key: 'inner', content: span('the strike would lead to cancellations'), cue: span('feared') };

function stateWith(suggestions: readonly SuggestionMark[]): EditorState {
  const doc = Node.fromJSON(schema, parsePlainText(TEXT).content);
  const state = EditorState.create({ doc, plugins: [suggestionHighlights({ onClickSuggestion: () => {} })] });
  return state.apply(state.tr.setMeta(suggestionHighlightsKey, { type: 'set', suggestions, currentKey: 'outer' }));
}

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

  it('gives a position inside the inner suggestion to the inner one, and the outer one its own words', () => {
    const state = stateWith([OUTER, INNER]);
    const pos = (offset: number) => offsetToPos(projectDoc(state.doc), offset);
    expect(suggestionAt(state, pos(span('strike').start + 1))).toBe('inner');
    expect(suggestionAt(state, pos(span('it feared').start + 1))).toBe('outer');
    expect(suggestionAt(state, pos(span('The association').start + 1))).toBeNull();
  });
});
