// The tag index the claims query starts from for a tag: filter without words.
import { describe, expect, it } from 'vitest';
import type { CatalogClaim } from '../../../../main/core/catalog/claim-catalog';
import { claimsTagged, indexTags } from '../../../../main/core/search/tag-index';

const claim = (id: string, tags: string[]) => ({ id, tags }) as unknown as CatalogClaim;

describe('tag index', () => {
  it('lists the claims with a tag in library order, once each, by the key tag: compares', () => {
    const first = [claim('a', ['Syria', 'syria']), claim('b', ['Iraq']), claim('c', [' SYRIA '])];
    const second = [claim('d', ['syria'])];
    indexTags([first, second]);
    expect(claimsTagged([first, second], 'syria').map((c) => c.id)).toEqual(['a', 'c', 'd']);
    expect(claimsTagged([second, first], 'iraq').map((c) => c.id)).toEqual(['b']);
    expect(claimsTagged([first], 'lebanon')).toEqual([]);
  });

  it('indexes a document again when the catalog replaces its claims', () => {
    const before = [claim('a', ['syria'])];
    expect(claimsTagged([before], 'syria')).toHaveLength(1);
    const after = [claim('a', [])];
    expect(claimsTagged([after], 'syria')).toEqual([]);
  });
});
