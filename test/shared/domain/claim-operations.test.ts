import { describe, expect, it } from 'vitest';
import { AppFailure } from '@shared/bridge/result';
import { applyClaimChanges, createClaim, type ClaimContext } from '@shared/domain/claim-operations';
import { ClaimSchema } from '@shared/domain/claim';
import { defaultTaxonomy } from '@shared/domain/taxonomy';

const SOURCE = '5b0c1b8e-4d44-4f4a-9a55-1a2b3c4d5e6f';
const context = (at = '2026-01-01T00:00:00.000Z'): ClaimContext => ({
  text: 'Officials said the bridge was closed. Nobody else did.',
  taxonomy: defaultTaxonomy(),
  knownSourceIds: new Set([SOURCE]),
  at,
});

describe('claim operations', () => {
  it('creates a valid unverified claim with its selectors and first history entry', () => {
    const claim = createClaim(15, 36, {}, context());
    expect(ClaimSchema.safeParse(claim).success).toBe(true);
    expect(claim.target).toMatchObject({ start: 15, end: 36, exact: 'the bridge was closed', prefix: 'Officials said ', suffix: '. Nobody else did.' });
    expect(claim).toMatchObject({ status: 'unverified', attribution: 'unattributed', anchor: 'exact', sourceIds: [] });
    expect(claim.statusHistory).toEqual([{ status: 'unverified', at: '2026-01-01T00:00:00.000Z', note: '' }]);
  });

  it('keeps every status change in the history, with its time and note', () => {
    const claim = createClaim(15, 36, { sourceIds: [SOURCE], attribution: 'anonymous-source' }, context());
    const checked = applyClaimChanges(claim, { status: 'false', statusNote: 'ministry denied it' }, context('2026-01-02T00:00:00.000Z'));
    expect(checked.status).toBe('false');
    expect(checked.statusHistory.at(-1)).toEqual({ status: 'false', at: '2026-01-02T00:00:00.000Z', note: 'ministry denied it' });
    expect(checked.updatedAt).toBe('2026-01-02T00:00:00.000Z');
    const same = applyClaimChanges(checked, { status: 'false' }, context());
    expect(same.statusHistory).toHaveLength(2);
  });

  it('refuses unknown statuses, attribution types and sources, and out-of-range offsets', () => {
    const fails = (run: () => unknown, pattern: RegExp) => {
      expect(run).toThrow(AppFailure);
      expect(run).toThrow(pattern);
    };
    fails(() => createClaim(15, 36, { status: 'maybe' }, context()), /not a verification status/);
    fails(() => createClaim(15, 36, { attribution: 'rumour' }, context()), /not an attribution type/);
    fails(() => createClaim(15, 36, { sourceIds: ['6b0c1b8e-4d44-4f4a-9a55-1a2b3c4d5e6f'] }, context()), /not in the source registry/);
    fails(() => createClaim(15, 900, {}, context()), /outside the document text/);
    fails(() => createClaim(14, 15, {}, context()), /white space/);
  });

  it('sets a cue from a range of the text and keeps tags unique', () => {
    const claim = applyClaimChanges(createClaim(15, 36, {}, context()), { cue: { start: 0, end: 14 }, tags: ['bridge', 'Bridge', ' roads '] }, context());
    expect(claim.cue?.exact).toBe('Officials said');
    expect(claim.tags).toEqual(['bridge', 'roads']);
  });
});
