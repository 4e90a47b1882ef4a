// A refused taxonomy save offers the claims in the way only for a removed status or attribution type that claims have.
import { describe, expect, it } from 'vitest';
import { defaultTaxonomy } from '@shared/domain/taxonomy';
import type { ClaimFilter } from '@shared/search/claim-filter';
import { showUsersOf } from '../../../renderer/state/taxonomy-refusal';

describe('showUsersOf', () => {
  const before = defaultTaxonomy();
  const without = (list: 'statuses' | 'attributionTypes' | 'sourceKinds', id: string) => ({ ...before, [list]: before[list].filter((e) => e.id !== id) });

  it('shows the claims of the removed status or attribution type the refusal names', () => {
    const shown: ClaimFilter[] = [];
    const disputed = before.statuses.find((s) => s.id === 'disputed')!;
    showUsersOf(`The status "${disputed.label}" cannot be removed: 2 claims have it (in the library or its trash). Change them first.`, before, without('statuses', 'disputed'), (f) => shown.push(f))!.run();
    const quote = before.attributionTypes.find((a) => a.id === 'direct-quote')!;
    const action = showUsersOf(`The attribution type "${quote.label}" cannot be removed: 1 claim has it (in the library or its trash). Change it first.`, before, without('attributionTypes', 'direct-quote'), (f) => shown.push(f));
    expect(action?.label).toBe('Show its claims');
    action!.run();
    expect(shown).toEqual([
      { query: '', facets: { statuses: ['disputed'] } },
      { query: '', facets: { attributions: ['direct-quote'] } },
    ]);
  });

  it('offers nothing for a source kind, the status new claims get, or an entry not removed', () => {
    const person = before.sourceKinds.find((k) => k.id === 'person')!;
    expect(showUsersOf(`The source kind "${person.label}" cannot be removed: 2 sources are of that kind (in the library or its trash). Change them first.`, before, without('sourceKinds', 'person'), () => undefined)).toBeUndefined();
    const unverified = before.statuses.find((s) => s.id === 'unverified')!;
    expect(showUsersOf(`The status "${unverified.label}" cannot be removed: new claims get it.`, before, without('statuses', 'unverified'), () => undefined)).toBeUndefined();
    const disputed = before.statuses.find((s) => s.id === 'disputed')!;
    expect(showUsersOf(`The status "${disputed.label}" cannot be removed: 1 claim has it.`, before, before, () => undefined)).toBeUndefined();
  });
});
