// Which suggestions stay open: overlap with an anchored claim (by any character) or a rejection
// removes one; a claim that only touches it, or an orphan, does not; and a suggestion nested in a
// claim, or around one, with its attributing words inside the outer content, stays.
import { describe, expect, it } from 'vitest';
import type { Claim } from '@shared/domain/claim';
import { openSuggestions, overlapsClaim } from '@shared/suggest/suggestion-overlap';

const claim = (start: number, end: number, anchor: Claim['anchor'] = 'exact', cue: { start: number; end: number } | null = null) => ({ target: { start, end }, anchor, cue }) as Claim;
const at = (start: number, end: number, cue: { start: number; end: number } | null = null) => ({ content: { start, end }, cue });

describe('suggestion overlap and rejection', () => {
  it('counts any shared character as overlap, and touching ranges or orphans as none', () => {
    expect(overlapsClaim(at(10, 20), [claim(19, 30)])).toBe(true);
    expect(overlapsClaim(at(10, 20), [claim(12, 14)])).toBe(true);
    expect(overlapsClaim(at(10, 20), [claim(0, 40)])).toBe(true);
    expect(overlapsClaim(at(10, 20), [claim(20, 30), claim(0, 10)])).toBe(false);
    expect(overlapsClaim(at(10, 20), [claim(10, 20, 'orphan')])).toBe(false);
  });

  it('leaves out rejected keys and overlapping suggestions, keeping the order', () => {
    const suggestions = [
      { key: 'a', ...at(0, 5) },
      { key: 'b', ...at(6, 9) },
      { key: 'c', ...at(10, 15) },
    ];
    expect(openSuggestions(suggestions, [claim(7, 8)], ['c']).map((s) => s.key)).toEqual(['a']);
    expect(openSuggestions(suggestions, [], []).map((s) => s.key)).toEqual(['a', 'b', 'c']);
  });

  it('keeps a suggestion nested in a claim, or around one, when the inner cue lies in the outer content', () => {
    // "The association said [it feared [the strike would lead to cancellations]]."
    const text = 'The association said it feared the strike would lead to cancellations.';
    const span = (part: string) => ({ start: text.indexOf(part), end: text.indexOf(part) + part.length });
    const outer = span('it feared the strike would lead to cancellations');
    const inner = span('the strike would lead to cancellations');
    const [said, feared] = [span('said'), span('feared')];
    const outerClaim = claim(outer.start, outer.end, 'exact', said);
    const innerClaim = claim(inner.start, inner.end, 'exact', feared);
    expect(overlapsClaim({ content: inner, cue: feared }, [outerClaim])).toBe(false);
    expect(overlapsClaim({ content: outer, cue: said }, [innerClaim])).toBe(false);
    // the same attribution again, or an inner one without attributing words inside the outer, is covered
    expect(overlapsClaim({ content: inner, cue: said }, [outerClaim])).toBe(true);
    expect(overlapsClaim({ content: inner, cue: null }, [outerClaim])).toBe(true);
    expect(overlapsClaim({ content: outer, cue: said }, [claim(inner.start, inner.end, 'exact', null)])).toBe(true);
    expect(overlapsClaim({ content: outer, cue: said }, [outerClaim])).toBe(true);
  });

  it('takes a claim whose cue the user marked with other bounds as the same attribution, and one through other words as another', () => {
    const text = 'The base was attacked, informed sources told Al Mayadeen on Friday, citing two witnesses.';
    const span = (part: string) => ({ start: text.indexOf(part), end: text.indexOf(part) + part.length });
    const content = span('The base was attacked');
    // the user made the claim and marked "sources told" as its cue (A); the suggester's cue is "told Al Mayadeen"
    const made = claim(content.start, content.end, 'exact', span('sources told'));
    expect(overlapsClaim({ content, cue: span('told Al Mayadeen') }, [made])).toBe(true);
    // "citing two witnesses" attributes the same words again, through words the claim's cue does not share
    expect(overlapsClaim({ content, cue: span('citing') }, [made])).toBe(false);
  });
});
