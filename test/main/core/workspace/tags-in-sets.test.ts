// Renaming a tag takes the saved sets that filter on it along (they keep selecting the same
// claims), and undoing the rename puts their filters back, unless a set was changed since.
import { describe, expect, it } from 'vitest';
import { projectText } from '@shared/text/projection';
import { Core } from '../../../../main/core/core';
import { SEED_FILE } from '../../../helpers/fixtures';
import { useTempDirs } from '../../../helpers/temp-dir';

const tempDir = useTempDirs();

async function taggedLibrary() {
  const core = await Core.open(tempDir(), { backupIntervalMs: 0 });
  const documentId = (await core.imports.importPath(SEED_FILE)).document.id;
  const text = projectText((await core.store.getDocument(documentId)).content);
  for (const [quote, tags] of [
    ['the Resistance operations in Iraq will not stop', ['needs-followup', 'iraq']],
    ['There will be no truce with the US occupation in Iraq', ['Needs-Followup']],
    ['caused 56 casualties among US forces', ['casualties']],
  ] as const) {
    const start = text.indexOf(quote);
    await core.claims.create({ documentId, start, end: start + quote.length, changes: { tags: [...tags] } });
  }
  return core;
}

describe('a renamed tag in saved sets', () => {
  it('is renamed in the sets that filter on it, by query or facet, which keep their claims; undo puts them back', async () => {
    const core = await taggedLibrary();
    const byQuery = await core.sets.create('Follow up', { query: 'tag:needs-followup', facets: {} });
    const byFacet = await core.sets.create('Follow up in Iraq', { query: 'Iraq', facets: { tags: ['Needs-Followup'] } });
    const other = await core.sets.create('Casualties', { query: 'tag:casualties', facets: {} });
    expect(await core.sets.counts()).toEqual({ [byQuery.id]: 2, [byFacet.id]: 2, [other.id]: 1 });

    const renamed = await core.tags.rename('needs-followup', 'follow-up');
    expect(renamed.sets.map((s) => s.setId).sort()).toEqual([byQuery.id, byFacet.id].sort());
    const filters = () => Object.fromEntries(core.store.library.sets.map((s) => [s.id, s.filter]));
    expect(filters()).toEqual({ [byQuery.id]: { query: 'tag:follow-up', facets: {} }, [byFacet.id]: { query: 'Iraq', facets: { tags: ['follow-up'] } }, [other.id]: other.filter });
    expect(await core.sets.counts()).toEqual({ [byQuery.id]: 2, [byFacet.id]: 2, [other.id]: 1 });

    // undone: each set's filter as it was, except one changed since (the user's later edit stays)
    await core.sets.update(byFacet.id, { filter: { query: 'Iraq', facets: { tags: ['follow-up', 'iraq'] } } });
    await core.tags.restore(renamed.before, renamed.sets);
    expect(filters()[byQuery.id]).toEqual({ query: 'tag:needs-followup', facets: {} });
    expect(filters()[byFacet.id]).toEqual({ query: 'Iraq', facets: { tags: ['follow-up', 'iraq'] } });
    expect((await core.sets.counts())[byQuery.id]).toBe(2);
    await core.close();
  });

  it('a deleted tag leaves the sets alone (they select nothing more, as asked)', async () => {
    const core = await taggedLibrary();
    const set = await core.sets.create('Follow up', { query: 'tag:needs-followup', facets: {} });
    expect((await core.tags.delete('needs-followup')).sets).toEqual([]);
    expect(core.store.library.sets.find((s) => s.id === set.id)?.filter.query).toBe('tag:needs-followup');
    await core.close();
  });
});
