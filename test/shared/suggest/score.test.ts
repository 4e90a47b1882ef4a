// The scorer of `npm run eval:suggest`: half of each span in non-space characters, one-to-one
// matching, and sources counted only under a matched claim.
import { describe, expect, it } from 'vitest';
import { countMatches, figures, matchClaims, spansMatch } from '../../suggest/score';

const TEXT = 'Officials said that the border would stay closed until Monday, and that talks had failed.';
const span = (part: string, from = 0) => ({ start: TEXT.indexOf(part, from), end: TEXT.indexOf(part, from) + part.length });
const claim = (content: string, source: string | null = null) => ({ content: span(content), source: source === null ? null : span(source), type: 'anonymous-source' });

describe('the attribution scorer', () => {
  it('matches spans that overlap on half of each, counting non-space characters only', () => {
    expect(spansMatch(TEXT, span('that the border would stay closed until Monday'), span('the border would stay closed'))).toBe(true);
    expect(spansMatch(TEXT, span('that the border would stay closed until Monday'), span('the border'))).toBe(false);
    expect(spansMatch(TEXT, span('said that'), span('that the'))).toBe(true);
    expect(spansMatch(TEXT, span('Officials said'), span('said that'))).toBe(false);
    // "Monday, and" shares "Monday," (7 of 10 non-space characters) with "until Monday,": half of each
    expect(spansMatch(TEXT, span('Monday, and'), span('until Monday,'))).toBe(true);
  });

  it('matches one to one: two predictions of one gold claim count once', () => {
    const gold = [claim('that the border would stay closed until Monday')];
    const predicted = [claim('that the border would stay closed until Monday'), claim('the border would stay closed until Monday')];
    expect(matchClaims(TEXT, predicted, gold)).toHaveLength(1);
    expect(figures(countMatches(TEXT, predicted, gold))).toMatchObject({ claim_precision: 0.5, claim_recall: 1, claim_f1: 0.667 });
  });

  it('counts a source only when its claim matched and the source spans match', () => {
    const gold = [claim('that the border would stay closed until Monday', 'Officials'), claim('that talks had failed', 'Officials')];
    const predicted = [claim('that the border would stay closed until Monday', 'Officials'), claim('Officials said', 'Officials')];
    expect(countMatches(TEXT, predicted, gold)).toEqual({ predicted: 2, gold: 2, matched: 1, predictedSources: 2, goldSources: 2, matchedSources: 1 });
    expect(figures(countMatches(TEXT, predicted, gold))).toMatchObject({ source_precision: 0.5, source_recall: 0.5 });
  });

  it('pairs a nested attribution with its own gold claim when both could match either', () => {
    const text = 'The association said it feared the strike would lead to cancellations of bookings.';
    const at = (part: string, source: string) => ({ content: { start: text.indexOf(part), end: text.indexOf(part) + part.length }, source: { start: text.indexOf(source), end: text.indexOf(source) + source.length }, type: 'other' });
    const outer = at('it feared the strike would lead to cancellations of bookings', 'The association');
    const inner = at('the strike would lead to cancellations of bookings', 'it');
    // each prediction matches both gold claims by the half-of-each rule
    expect(spansMatch(text, outer.content, inner.content)).toBe(true);
    // augmenting paths alone paired them crosswise (outer with inner), and neither source matched
    expect(matchClaims(text, [outer, inner], [outer, inner])).toEqual([[0, 0], [1, 1]]);
    expect(matchClaims(text, [inner, outer], [outer, inner])).toEqual([[1, 0], [0, 1]]);
    expect(countMatches(text, [outer, inner], [outer, inner]).matchedSources).toBe(2);
  });

  it('still matches as many claims as it can before it prefers the closest pairs', () => {
    const gold = [claim('that the border would stay closed until Monday'), claim('the border would stay closed')];
    const predicted = [claim('the border would stay closed until Monday')];
    expect(matchClaims(TEXT, predicted, gold)).toEqual([[0, 0]]);
    const twoGold = [claim('the border would stay closed until Monday'), claim('that talks had failed')];
    const twoPredicted = [claim('that the border would stay closed until Monday'), claim('talks had failed')];
    expect(matchClaims(TEXT, twoPredicted, twoGold)).toHaveLength(2);
  });
});
