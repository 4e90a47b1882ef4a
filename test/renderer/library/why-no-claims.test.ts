import { describe, expect, it } from 'vitest';
import { EMPTY_FILTER } from '@shared/search/claim-filter';
import { whyNoClaims } from '../../../renderer/library/why-no-claims';

describe('why the claims screen is empty', () => {
  it('is an empty library, not a search that finds nothing, when no document has a claim', () => {
    expect(whyNoClaims([], EMPTY_FILTER)).toBe('no-documents');
    expect(whyNoClaims([{ claimTotal: 0 }], EMPTY_FILTER)).toBe('no-claims');
    expect(whyNoClaims([{ claimTotal: 0 }, { claimTotal: 0 }], { query: 'rocket', facets: {} })).toBe('no-claims');
  });

  it('is the search or the filters when the library has claims', () => {
    expect(whyNoClaims([{ claimTotal: 3 }], { query: 'rocket', facets: {} })).toBe('no-match');
    expect(whyNoClaims([{ claimTotal: 3 }], { query: '', facets: { statuses: ['false'] } })).toBe('no-match');
  });

  it('trusts an empty answer to an empty filter over counts not yet brought up to date', () => {
    expect(whyNoClaims([{ claimTotal: 2 }], EMPTY_FILTER)).toBe('no-claims');
  });
});
