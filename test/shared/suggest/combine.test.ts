// Rules and tagger combined: a rule's proposal keeps its score unconfirmed, gains when the tagger
// agrees, and is never lowered by a weak agreement; a tagger proposal with a cue is added.
import { describe, expect, it } from 'vitest';
import { combine } from '@shared/suggest/combine';
import type { Proposal } from '@shared/suggest/rules';

const proposal = (content: [number, number], score: number, rule: Proposal['rule'] = 'quote'): Proposal => ({ content, source: [0, 5], cue: [6, 10], rule, cueLemma: 'say', score });

describe('combine', () => {
  it('keeps an unconfirmed rule as scored, raises a confirmed one, and never lowers it for a weak agreement', () => {
    const [unconfirmed, strong, weak] = combine([proposal([20, 60], 0.9), proposal([100, 140], 0.8), proposal([200, 240], 0.9)], [proposal([100, 140], 0.9, 'tagger'), proposal([200, 240], 0.4, 'tagger')]);
    expect(unconfirmed!.score).toBe(0.9);
    expect(strong!.score).toBeCloseTo(0.95);
    expect(weak!.score).toBe(0.9);
  });
});
