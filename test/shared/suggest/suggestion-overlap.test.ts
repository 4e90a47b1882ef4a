// Which suggestions stay open: overlap with an anchored claim (by any character) or a rejection
// removes one; a claim that only touches it, or an orphan, does not.
import { describe, expect, it } from 'vitest';
import type { Claim } from '@shared/domain/claim';
import { openSuggestions, overlapsClaim } from '@shared/suggest/suggestion-overlap';

const claim = (start: number, end: number, anchor: Claim['anchor'] = 'exact') => ({ target: { start, end }, anchor }) as Claim;

describe('suggestion overlap and rejection', () => {
  it('counts any shared character as overlap, and touching ranges or orphans as none', () => {
    expect(overlapsClaim({ start: 10, end: 20 }, [claim(19, 30)])).toBe(true);
    expect(overlapsClaim({ start: 10, end: 20 }, [claim(12, 14)])).toBe(true);
    expect(overlapsClaim({ start: 10, end: 20 }, [claim(0, 40)])).toBe(true);
    expect(overlapsClaim({ start: 10, end: 20 }, [claim(20, 30), claim(0, 10)])).toBe(false);
    expect(overlapsClaim({ start: 10, end: 20 }, [claim(10, 20, 'orphan')])).toBe(false);
  });

  it('leaves out rejected keys and overlapping suggestions, keeping the order', () => {
    const suggestions = [
      { key: 'a', content: { start: 0, end: 5 } },
      { key: 'b', content: { start: 6, end: 9 } },
      { key: 'c', content: { start: 10, end: 15 } },
    ];
    expect(openSuggestions(suggestions, [claim(7, 8)], ['c']).map((s) => s.key)).toEqual(['a']);
    expect(openSuggestions(suggestions, [], []).map((s) => s.key)).toEqual(['a', 'b', 'c']);
  });
});
