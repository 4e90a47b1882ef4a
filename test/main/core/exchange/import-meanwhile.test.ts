// An annotation-set import meets changes the user made between its plan and its writes: a status
// removed that a new document's claims use, a claim it would change edited meanwhile. Either
// refuses it, with nothing changed; otherwise it lands, laid over the library as it is.
import { describe, expect, it } from 'vitest';
import { Core } from '../../../../main/core/core';
import { updateTaxonomy } from '../../../../main/core/library/library-settings';
import { annotatedLibrary, exportedSet, tickingClock } from '../../../helpers/annotated-library';
import { useTempDirs } from '../../../helpers/temp-dir';

const tempDir = useTempDirs();

/** Runs `meanwhile` once, when the next import has planned, just before it writes (as a change the user makes while a large file is read would land). */
function beforeWriting(core: Core, meanwhile: () => Promise<unknown>): void {
  const applyImport = core.store.applyImport;
  core.store.applyImport = async (...args) => {
    core.store.applyImport = applyImport;
    await meanwhile();
    return applyImport.apply(core.store, args);
  };
}

describe('an import and the changes made while it is planned', () => {
  it('is refused, with nothing changed, when a status the claims of a new document use was removed meanwhile', async () => {
    const { core: source, documentId } = await annotatedLibrary(tempDir());
    const first = (await source.store.getDocument(documentId)).claims[0]!;
    await source.claims.update({ documentId, claimId: first.id, changes: { status: 'disputed' } });
    const file = await exportedSet(source, 'jsonld');
    const core = await Core.open(tempDir(), { backupIntervalMs: 0, clock: tickingClock });
    const { taxonomy } = core.store.library;
    beforeWriting(core, () => updateTaxonomy(core.store, { ...taxonomy, statuses: taxonomy.statuses.filter((s) => s.id !== 'disputed') }));
    await expect(core.exchange.importAnnotations('claims.jsonld', file)).rejects.toThrow('The status “disputed” that the file’s claims use was removed from this library while the file was read: import it again.');
    expect(core.store.documentSummaries()).toEqual([]);
    expect(core.store.library.sources).toEqual([]);
    // the same file imported meanwhile: the second import would write its documents over the first's
    beforeWriting(core, () => core.exchange.importAnnotations('first.jsonld', file));
    await expect(core.exchange.importAnnotations('claims.jsonld', file)).rejects.toThrow('The document “US Occupation Forces Attacked in Northeast Syria” was added to the library while claims.jsonld was read: nothing was changed; import the file again.');
    expect(core.store.documentSummaries()).toHaveLength(1);
    await Promise.all([source.close(), core.close()]);
  });

  it('is refused, with nothing changed, when a claim it would change was edited meanwhile; and lands when none was', async () => {
    const { core, documentId } = await annotatedLibrary(tempDir());
    const [first, second] = (await core.store.getDocument(documentId)).claims;
    const older = await exportedSet(core, 'jsonld');
    await core.claims.update({ documentId, claimId: first!.id, changes: { note: 'the file’s newer note' } });
    const newer = await exportedSet(core, 'jsonld');
    // the library goes back to the older version, and the newer file is imported over it
    const other = await Core.open(tempDir(), { backupIntervalMs: 0, clock: tickingClock });
    await other.exchange.importAnnotations('older.jsonld', older);
    beforeWriting(other, () => other.claims.update({ documentId, claimId: first!.id, changes: { note: 'typed while the file was read' } }));
    await expect(other.exchange.importAnnotations('newer.jsonld', newer)).rejects.toThrow(/A claim of “US Occupation Forces Attacked in Northeast Syria” that newer\.jsonld changes was edited while the file was read: nothing was changed; import the file again\./);
    const kept = (await other.store.getDocument(documentId)).claims.find((c) => c.id === first!.id)!;
    expect(kept.note).toBe('typed while the file was read');
    expect(kept.statusHistory.some((h) => h.note.includes('not kept on import'))).toBe(false);
    // an edit of another claim meanwhile is no conflict: the import lands, and the edit stays
    beforeWriting(other, () => other.claims.update({ documentId, claimId: second!.id, changes: { tags: ['meanwhile'] } }));
    await core.claims.update({ documentId, claimId: first!.id, changes: { note: 'newest note' } });
    expect(await other.exchange.importAnnotations('newest.jsonld', await exportedSet(core, 'jsonld'))).toMatchObject({ updated: 1 });
    const claims = (await other.store.getDocument(documentId)).claims;
    expect(claims.find((c) => c.id === first!.id)!.note).toBe('newest note');
    expect(claims.find((c) => c.id === second!.id)!.tags).toEqual(['meanwhile']);
    await Promise.all([core.close(), other.close()]);
  });
});
