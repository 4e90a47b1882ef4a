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
});
