// Sources (edit, merge with claims following, delete and put back, track record), taxonomy and settings, tags.
import { describe, expect, it } from 'vitest';
import { defaultTaxonomy } from '@shared/domain/taxonomy';
import { projectText } from '@shared/text/projection';
import { Core } from '../../../../main/core/core';
import { SEED_FILE } from '../../../helpers/fixtures';
import { useTempDirs } from '../../../helpers/temp-dir';

const tempDir = useTempDirs();

async function withClaims() {
  const core = await Core.open(tempDir(), { backupIntervalMs: 0 });
  const seed = (await core.imports.importPath(SEED_FILE)).document.id;
  const sample = (await core.openSample()).document.id;
  const walai = await core.claims.createSource({ name: 'Abu Alaa al-Walai', kind: 'person' });
  const duplicate = await core.claims.createSource({ name: 'al-Walai', kind: 'person' });
  const who = await core.claims.createSource({ name: 'World Health Organization', kind: 'organization' });
  const make = async (documentId: string, quote: string, changes: object) => {
    const text = projectText((await core.store.getDocument(documentId)).content);
    const start = text.indexOf(quote);
    return core.claims.create({ documentId, start, end: start + quote.length, changes });
  };
  await make(seed, 'the Resistance operations in Iraq will not stop', { sourceIds: [walai.id], status: 'disputed', attribution: 'indirect-quote', tags: ['iraq', 'ceasefire'] });
  await make(seed, 'There will be no truce with the US occupation in Iraq', { sourceIds: [duplicate.id], attribution: 'direct-quote', tags: ['Iraq'] });
  await make(sample, 'two of them had already shown considerable progress', { sourceIds: [who.id, duplicate.id], status: 'verified', tags: ['ebola'] });
  return { core, seed, sample, walai, duplicate, who };
}

describe('sources', () => {
  it('edits a source, refusing a name another source already has', async () => {
    const { core, walai } = await withClaims();
    const edited = await core.sources.update(walai.id, { kind: 'government', aliases: ['Abu Alaa', 'abu alaa al-walai'], description: 'Secretary-General of Kataib Sayyid al-Shuhada' });
    expect(edited).toMatchObject({ kind: 'government', aliases: ['Abu Alaa'] });
    await expect(core.sources.update(walai.id, { name: 'AL-WALAI' })).rejects.toThrow(/already the name or an alias of the source "al-Walai": merge the two instead/);
    await core.close();
  });

  it('merges a duplicate: claims follow, names become aliases, the track record adds up', async () => {
    const { core, seed, sample, walai, duplicate, who } = await withClaims();
    const { source, claimsUpdated } = await core.sources.merge(duplicate.id, walai.id);
    expect(claimsUpdated).toBe(2);
    expect(source.aliases).toEqual(['al-Walai']);
    expect(core.libraryView().sources.map((s) => s.id).sort()).toEqual([walai.id, who.id].sort());
    const all = [...(await core.store.getDocument(seed)).claims, ...(await core.store.getDocument(sample)).claims];
    expect(all.some((c) => c.sourceIds.includes(duplicate.id))).toBe(false);
    const stats = await core.sources.stats();
    expect(stats[walai.id]).toEqual({ claims: 3, documents: 2, byStatus: { disputed: 1, unverified: 1, verified: 1 }, byAttribution: { 'indirect-quote': 1, 'direct-quote': 1, unattributed: 1 } });
    await core.close();
  });

  it('deletes a source off every claim that names it, and puts it back on the claims that still exist', async () => {
    const { core, seed, sample, walai, duplicate, who } = await withClaims();
    const claimsNaming = async (id: string) => [...(await core.store.getDocument(seed)).claims, ...(await core.store.getDocument(sample)).claims].filter((c) => c.sourceIds.includes(id));
    // on the sample's claim it is the first of two sources, and comes back first
    const [both] = await claimsNaming(who.id);
    await core.claims.update({ documentId: sample, claimId: both!.id, changes: { sourceIds: [duplicate.id, who.id] } });
    const deleted = await core.sources.delete(duplicate.id);
    expect(deleted.source).toEqual(duplicate);
    expect(deleted.claims.map((c) => c.documentId).sort()).toEqual([seed, sample].sort());
    expect(core.libraryView().sources.map((s) => s.id).sort()).toEqual([walai.id, who.id].sort());
    expect(await claimsNaming(duplicate.id)).toEqual([]);
    expect((await claimsNaming(who.id)).map((c) => c.sourceIds)).toEqual([[who.id]]);

    // a claim deleted since is left out; its source comes back on the others
    const gone = deleted.claims.find((c) => c.documentId === seed)!;
    await core.claims.delete(gone);
    expect(await core.sources.restore(deleted)).toEqual(duplicate);
    expect((await claimsNaming(duplicate.id)).map((c) => c.sourceIds)).toEqual([[duplicate.id, who.id]]);
    expect(core.libraryView().sources.some((s) => s.id === duplicate.id)).toBe(true);
    // twice (a retry after a failure part way): nothing more to do; over a source that has its name now: refused, nothing changes
    expect(await core.sources.restore(deleted)).toEqual(duplicate);
    expect((await claimsNaming(duplicate.id)).map((c) => c.sourceIds)).toEqual([[duplicate.id, who.id]]);
    await core.sources.delete(duplicate.id);
    await core.sources.update(walai.id, { aliases: ['al-Walai'] });
    await expect(core.sources.restore(deleted)).rejects.toThrow(/cannot be put back: the source "Abu Alaa al-Walai" has its name now/);
    expect(await claimsNaming(duplicate.id)).toEqual([]);
    await expect(core.sources.delete(duplicate.id)).rejects.toThrow(/no source/);
    await core.close();
  });

  it('reaches the claims of documents in the trash: merged, deleted and put back, they keep their time of deletion', async () => {
    const { core, seed, sample, walai, duplicate, who } = await withClaims();
    await core.store.trashDocument(sample);
    const deletedAt = (await core.store.trash.list())[0]!.deletedAt;
    const trashedClaim = async () => (await core.store.trash.read(sample))!.claims.find((c) => c.sourceIds.includes(who.id))!;

    // deleting a source takes it off the trashed document's claim; undoing puts it back there
    const deleted = await core.sources.delete(duplicate.id);
    expect(deleted.claims.map((c) => c.documentId).sort()).toEqual([seed, sample].sort());
    // the count the toast shows is of the library's claims
    expect(deleted.claimsInLibrary).toBe(1);
    expect((await trashedClaim()).sourceIds).toEqual([who.id]);
    await core.sources.restore(deleted);
    expect((await trashedClaim()).sourceIds).toEqual([who.id, duplicate.id]);

    // merging makes the trashed claim follow; the count the user sees is the library's claims
    const { claimsUpdated } = await core.sources.merge(duplicate.id, walai.id);
    expect(claimsUpdated).toBe(1);
    expect((await trashedClaim()).sourceIds).toEqual([who.id, walai.id]);
    expect((await core.store.trash.list())[0]!.deletedAt).toBe(deletedAt);

    // restored, the document names only sources in the registry, and its claims can be edited
    await core.store.restoreFromTrash(sample);
    const restored = (await core.store.getDocument(sample)).claims.find((c) => c.sourceIds.includes(who.id))!;
    await core.claims.update({ documentId: sample, claimId: restored.id, changes: { status: 'disputed' } });
    expect((await core.store.getDocument(sample)).claims.find((c) => c.id === restored.id)).toMatchObject({ status: 'disputed', sourceIds: [who.id, walai.id] });
    await core.close();
  });
});

describe('undoing a merge', () => {
  it('brings the source back, takes its names off the other, and names it again on the claims the merge changed', async () => {
    const { core, seed, sample, walai, duplicate, who } = await withClaims();
    const claimsOf = async () => [...(await core.store.getDocument(seed)).claims, ...(await core.store.getDocument(sample)).claims];
    const before = (await claimsOf()).map((c) => c.sourceIds);
    await core.sources.update(duplicate.id, { aliases: ['Walai'], description: 'Leader of a militia' });
    const { undo } = await core.sources.merge(duplicate.id, walai.id);
    expect(core.libraryView().sources.find((s) => s.id === walai.id)).toMatchObject({ aliases: ['al-Walai', 'Walai'], description: 'Leader of a militia' });

    // a claim edited since keeps what the user made it; the others name the source again
    const edited = (await claimsOf()).find((c) => c.sourceIds.includes(who.id))!;
    await core.claims.update({ documentId: sample, claimId: edited.id, changes: { sourceIds: [walai.id] } });
    await core.sources.update(walai.id, { aliases: ['al-Walai', 'Walai', 'Abu Alaa'] });
    expect(await core.sources.unmerge(undo)).toMatchObject({ id: duplicate.id, aliases: ['Walai'] });
    expect(core.libraryView().sources.find((s) => s.id === walai.id)).toMatchObject({ aliases: ['Abu Alaa'], description: '' });
    const after = await claimsOf();
    expect(after.map((c) => c.sourceIds)).toEqual(before.map((ids, i) => (after[i]!.id === edited.id ? [walai.id] : ids)));

    // back where it stood in the registry
    expect(core.libraryView().sources.map((s) => s.id)).toEqual([walai.id, duplicate.id, who.id]);
    // twice (a retry after a failure part way): nothing more changes; once the other source is gone: refused
    await core.sources.unmerge(undo);
    expect((await claimsOf()).map((c) => c.sourceIds)).toEqual(after.map((c) => c.sourceIds));
    const again = await core.sources.merge(duplicate.id, walai.id);
    await core.sources.delete(walai.id);
    await expect(core.sources.unmerge(again.undo)).rejects.toThrow(/no source/);
    expect(core.libraryView().sources.map((s) => s.id)).toEqual([who.id]);
    await core.close();
  });

  it('comes apart when the other source already answered to its name, and passes over claims a forged answer cannot put back', async () => {
    const { core, seed, walai, duplicate, who } = await withClaims();
    // "al-Walai" typed as an alias before merging is refused: it would make one name mean two sources
    await expect(core.sources.update(walai.id, { aliases: ['AL-WALAI'] })).rejects.toThrow(/The alias "AL-WALAI" is already the name or an alias of the source "al-Walai": merge the two instead/);
    // names the two shared already (an older library) do not hold the undo back
    await core.store.updateLibrary((library) => ({ ...library, sources: library.sources.map((s) => (s.id === walai.id ? { ...s, aliases: ['al-Walai'] } : s)) }));
    const { undo } = await core.sources.merge(duplicate.id, walai.id);
    const [claim] = undo.claims;
    const forged = {
      ...undo,
      claims: [
        { ...claim!, sourceIds: [duplicate.id, duplicate.id] },
        { ...claim!, documentId: (await core.openSample()).document.id },
      ],
    };
    await core.sources.unmerge(forged);
    expect(core.libraryView().sources.find((s) => s.id === walai.id)!.aliases).toEqual(['al-Walai']);
    expect(core.libraryView().sources.map((s) => s.id)).toContain(duplicate.id);
    // the forged claims are passed over: the claim keeps the source it has now
    expect((await core.store.getDocument(seed)).claims.find((c) => c.id === claim!.claimId)!.sourceIds).toEqual([walai.id]);
    await core.sources.unmerge(undo);
    expect((await core.store.getDocument(seed)).claims.find((c) => c.id === claim!.claimId)!.sourceIds).toEqual([duplicate.id]);
    void who;
    await core.close();
  });
});

describe('taxonomy and settings', () => {
  it('renames, recolours, reorders and adds entries, keeping ids; removes one only while nothing uses it', async () => {
    const { core, seed } = await withClaims();
    const taxonomy = defaultTaxonomy();
    taxonomy.statuses[0] = { ...taxonomy.statuses[0]!, label: 'Not checked', color: '#777777' };
    taxonomy.statuses.push({ id: 'needs-context', label: 'Needs context', color: '#0ea5e9', description: 'True but misleading without context', key: 'm' });
    taxonomy.statuses.reverse();
    const { updateTaxonomy, updateSettings } = await import('../../../../main/core/library/library-settings');
    const saved = await updateTaxonomy(core.store, taxonomy);
    expect(saved.statuses[0]!.id).toBe('needs-context');
    expect(core.libraryView().taxonomy.statuses.at(-1)!.label).toBe('Not checked');
    const removed = defaultTaxonomy();
    removed.statuses = removed.statuses.filter((s) => s.id !== 'disputed');
    await expect(updateTaxonomy(core.store, { ...removed, statuses: [...removed.statuses, taxonomy.statuses[0]!] })).rejects.toThrow(
      'The status "Disputed" cannot be removed: 1 claim has it (in the library or its trash). Change it first.',
    );
    // nothing uses the new status, or the source kind "government": both can go
    const unused = { ...saved, statuses: saved.statuses.filter((s) => s.id !== 'needs-context'), sourceKinds: saved.sourceKinds.filter((k) => k.id !== 'government') };
    expect((await updateTaxonomy(core.store, unused)).statuses.map((s) => s.id)).not.toContain('needs-context');
    expect(core.libraryView().taxonomy.sourceKinds.map((k) => k.id)).not.toContain('government');
    // a kind sources have, an attribution type a claim in the trash has, and the status new claims get, stay
    await expect(updateTaxonomy(core.store, { ...unused, sourceKinds: unused.sourceKinds.filter((k) => k.id !== 'person') })).rejects.toThrow(
      'The source kind "Person" cannot be removed: 2 sources are of that kind (in the library or its trash). Change them first.',
    );
    await core.store.trashDocument(seed);
    await expect(updateTaxonomy(core.store, { ...unused, attributionTypes: unused.attributionTypes.filter((a) => a.id !== 'direct-quote') })).rejects.toThrow(/"Direct quote" cannot be removed: 1 claim has it/);
    await expect(updateTaxonomy(core.store, { ...unused, statuses: unused.statuses.filter((s) => s.id !== 'unverified') })).rejects.toThrow('The status "Not checked" cannot be removed: new claims get it.');
    expect(await updateSettings(core.store, { colorBy: 'attribution', theme: 'dark' })).toEqual({ colorBy: 'attribution', theme: 'dark', reviewer: { name: '', url: '', reviewUrl: '' } });
    // two changes sent at once (the settings screen's selects, changed quickly) both land
    await Promise.all([updateSettings(core.store, { colorBy: 'sourceKind' }), updateSettings(core.store, { theme: 'light' })]);
    expect(core.libraryView().settings).toEqual({ colorBy: 'sourceKind', theme: 'light', reviewer: { name: '', url: '', reviewUrl: '' } });
    await core.close();
  });

  it('never lets a claim or a source take an entry whose removal is being checked: one of the two is refused', async () => {
    const { core, seed } = await withClaims();
    const { updateTaxonomy } = await import('../../../../main/core/library/library-settings');
    const taxonomy = defaultTaxonomy();
    taxonomy.statuses.push({ id: 'needs-context', label: 'Needs context', color: '#0ea5e9', description: '', key: 'm' });
    taxonomy.attributionTypes.push({ id: 'leak', label: 'Leak', color: '#a855f7', description: '', key: 'l' });
    await updateTaxonomy(core.store, taxonomy);
    const claim = (await core.store.getDocument(seed)).claims[0]!;
    // the removal (which reads the documents, for an attribution type) and the change are sent at once
    const without = { ...taxonomy, statuses: taxonomy.statuses.filter((s) => s.id !== 'needs-context'), attributionTypes: taxonomy.attributionTypes.filter((a) => a.id !== 'leak'), sourceKinds: taxonomy.sourceKinds.filter((k) => k.id !== 'government') };
    const person = core.store.library.sources.find((s) => s.kind === 'person')!;
    const [removal, change, source, kind] = await Promise.allSettled([
      updateTaxonomy(core.store, without),
      core.claims.update({ documentId: seed, claimId: claim.id, changes: { status: 'needs-context', attribution: 'leak' } }),
      core.claims.createSource({ name: 'Ministry of Health', kind: 'government' }),
      core.sources.update(person.id, { kind: 'government' }),
    ]);
    expect(removal.status).toBe('fulfilled');
    expect(change.status).toBe('rejected');
    expect(source.status).toBe('rejected');
    expect(kind.status).toBe('rejected');
    expect(String((source as PromiseRejectedResult).reason)).toContain('"government" is not a source kind of this library.');
    const kept = (await core.store.getDocument(seed)).claims.find((c) => c.id === claim.id)!;
    expect([kept.status, kept.attribution]).toEqual([claim.status, claim.attribution]);
    expect(core.store.library.sources.some((s) => s.kind === 'government')).toBe(false);
    await core.close();
  });
});

describe('tags', () => {
  it('lists tags with counts, renames (merging case variants) and deletes across the library', async () => {
    const { core } = await withClaims();
    // "iraq" and "Iraq" are one tag, listed, counted and chosen as a facet under the first spelling met
    expect(await core.tags.list()).toEqual([
      { tag: 'iraq', claims: 2 },
      { tag: 'ceasefire', claims: 1 },
      { tag: 'ebola', claims: 1 },
    ]);
    expect((await core.claimQueries.facets({ query: '', facets: {} })).tags).toEqual([
      { value: 'iraq', count: 2 },
      { value: 'ceasefire', count: 1 },
      { value: 'ebola', count: 1 },
    ]);
    expect((await core.claimQueries.query({ query: '', facets: { tags: ['iraq'] } }, { column: 'quote', descending: false }, 0, 10)).rows).toHaveLength(2);
    expect((await core.tags.rename('iraq', 'Iraq')).claimsUpdated).toBe(2);
    expect(await core.tags.list()).toEqual([
      { tag: 'Iraq', claims: 2 },
      { tag: 'ceasefire', claims: 1 },
      { tag: 'ebola', claims: 1 },
    ]);
    expect((await core.tags.rename('ceasefire', 'Iraq')).claimsUpdated).toBe(1);
    expect((await core.tags.list())[0]).toEqual({ tag: 'Iraq', claims: 2 });
    // onto an existing tag typed in another case: merged into the existing spelling
    expect((await core.tags.rename('ebola', 'IRAQ')).claimsUpdated).toBe(1);
    expect(await core.tags.list()).toEqual([{ tag: 'Iraq', claims: 3 }]);
    // a change of case alone is taken as typed
    expect((await core.tags.rename('Iraq', 'IRAQ')).claimsUpdated).toBe(3);
    expect(await core.tags.list()).toEqual([{ tag: 'IRAQ', claims: 3 }]);
    const deleted = await core.tags.delete('iraq');
    expect(deleted.claimsUpdated).toBe(3);
    expect(await core.tags.list()).toEqual([]);
    // undone: each claim gets back the tags it had, and a claim deleted since is left out
    await core.claims.delete({ documentId: deleted.before[0]!.documentId, claimId: deleted.before[0]!.claimId });
    expect(await core.tags.restore(deleted.before)).toBe(2);
    expect(await core.tags.list()).toEqual([{ tag: 'IRAQ', claims: 2 }]);
    await core.close();
  });

  it('puts back the tags a rename changed, each claim as it was', async () => {
    const { core, seed } = await withClaims();
    const renamed = await core.tags.rename('iraq', 'Iraq');
    expect(renamed.before.map((c) => c.tags).sort()).toEqual([['Iraq'], ['iraq', 'ceasefire']]);
    expect(await core.tags.restore(renamed.before)).toBe(2);
    expect((await core.store.getDocument(seed)).claims.map((c) => c.tags)).toEqual([['iraq', 'ceasefire'], ['Iraq']]);
    await core.close();
  });

  it('passes over a claim whose tags changed since, reaches a document moved to the trash, and keeps tags as claims keep them', async () => {
    const { core, seed, sample } = await withClaims();
    const deleted = await core.tags.delete('iraq');
    const ebola = await core.tags.delete('ebola');
    const [first] = (await core.store.getDocument(seed)).claims;
    await core.claims.update({ documentId: seed, claimId: first!.id, changes: { tags: ['ceasefire', 'new'] } });
    await core.store.trashDocument(sample);
    expect(await core.tags.restore(deleted.before)).toBe(1);
    expect((await core.store.getDocument(seed)).claims.map((c) => c.tags)).toEqual([['ceasefire', 'new'], ['Iraq']]);
    expect(await core.tags.restore(ebola.before)).toBe(1);
    expect((await core.store.trash.read(sample))!.claims.map((c) => c.tags)).toEqual([['ebola']]);
    // a forged answer: tags kept as a claim keeps them (trimmed, once whatever the case)
    await core.store.restoreFromTrash(sample);
    const [entry] = (await core.tags.delete('ebola')).before;
    await core.tags.restore([{ ...entry!, tags: [' x ', 'X', 'y'] }]);
    expect((await core.store.getDocument(sample)).claims.map((c) => c.tags)).toEqual([['x', 'y']]);
    await core.close();
  });
});
