// The seed article: every one of its nine hand-annotated claims must be among the suggestions, by
// the scorer's overlap rule (half of each, in non-space characters); and every suggested cue holds
// a cue word of the lexicon (the tagger once offered "have thus far" as one), and no two suggestions
// share one (it later offered "the occupation forces grow increasingly unwelcome" with the "according
// to" of the next clause's attribution).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectAttributions } from '../../../shared/suggest/detect-attributions';
import { english } from '../../../shared/suggest/lexicon/english';
import { tokenize } from '../../../shared/suggest/tokenize';
import { matchClaims } from '../../suggest/score';

const SEED = join(import.meta.dirname, '../../fixtures/seed');

describe('suggestions on the seed article', () => {
  it('find all nine seed claims', () => {
    const text = readFileSync(join(SEED, '000_94a0439cd798dd65.txt'), 'utf8');
    const claims = (JSON.parse(readFileSync(join(SEED, 'seed-claims.json'), 'utf8')) as { claims: { start: number; end: number; exact: string }[] }).claims;
    expect(claims).toHaveLength(9);
    for (const claim of claims) expect(text.slice(claim.start, claim.end)).toBe(claim.exact);
    const predicted = detectAttributions(text).map((s) => ({ content: s.content, source: s.source, type: s.attribution }));
    const gold = claims.map((c) => ({ content: { start: c.start, end: c.end }, source: null, type: '' }));
    const found = new Set(matchClaims(text, predicted, gold).map(([, g]) => g));
    expect(claims.filter((_, index) => !found.has(index)).map((c) => c.exact)).toEqual([]);
  });

  it('suggest only cues that hold a cue word', () => {
    const text = readFileSync(join(SEED, '000_94a0439cd798dd65.txt'), 'utf8');
    const cueWords = new Set([...english.speechVerbs, ...english.statementVerbs, ...english.beliefVerbs, ...english.findingVerbs, ...english.describingVerbs, ...english.judgingVerbs, 'according']);
    const cues = detectAttributions(text).flatMap((s) => (s.cue === null ? [] : [s.cue.text]));
    expect(cues.length).toBeGreaterThanOrEqual(9);
    expect(cues.filter((cue) => !tokenize(cue).tokens.some((t) => [t.lemma, t.lower, t.lower.replace(/(?:ed|d)$/, '')].some((word) => cueWords.has(word))))).toEqual([]);
  });

  it('give each cue to one suggestion only', () => {
    const text = readFileSync(join(SEED, '000_94a0439cd798dd65.txt'), 'utf8');
    const cueStarts = detectAttributions(text).flatMap((s) => (s.cue === null ? [] : [s.cue.start]));
    expect(new Set(cueStarts).size).toBe(cueStarts.length);
  });
});
