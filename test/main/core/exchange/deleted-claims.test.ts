// A claim the user deleted stays deleted when an older copy of it is imported (an earlier export,
// a colleague's set made from one), unless the file's version was changed after the deletion;
// claims taken out by Undo are not remembered as deleted.
import { describe, expect, it } from 'vitest';
import { Core } from '../../../../main/core/core';
import { annotatedLibrary, exportedSet, tickingClock } from '../../../helpers/annotated-library';
import { useTempDirs } from '../../../helpers/temp-dir';

const tempDir = useTempDirs();

describe('claims the user deleted', () => {
  it('leaves out a claim the user deleted since the export, and brings back one changed elsewhere after the deletion', async () => {
    const { core, documentId } = await annotatedLibrary(tempDir());
    const older = await exportedSet(core, 'jsonld');
    const [first, second] = (await core.store.getDocument(documentId)).claims;
    // a colleague imports the export and works on the second claim; here, both are deleted first
    const colleague = await Core.open(tempDir(), { backupIntervalMs: 0, clock: tickingClock });
    await colleague.exchange.importAnnotations('claims.jsonld', older);
    await core.claims.delete({ documentId, claimId: first!.id });
    await core.claims.delete({ documentId, claimId: second!.id });
    await colleague.claims.update({ documentId, claimId: second!.id, changes: { note: 'still stands: see the ministry’s figures' } });
    const theirs = await exportedSet(colleague, 'jsonld');

    const before = await core.store.getDocument(documentId);
    const report = await core.exchange.importAnnotations('claims.jsonld', older);
    expect(report).toMatchObject({ added: 0, skipped: 2, unchanged: 7 });
    expect(report.items.map((i) => [i.outcome, i.reason])).toEqual([
      ['skipped', expect.stringMatching(/^You deleted this claim here on 2026-11-20 10:\d\d UTC; the file’s version is older, so it stays deleted\.$/)],
      ['skipped', expect.stringMatching(/You deleted this claim here on .* stays deleted/)],
    ]);
    expect(await core.store.getDocument(documentId)).toEqual(before);

    const merged = await core.exchange.importAnnotations('theirs.jsonld', theirs);
    expect(merged).toMatchObject({ added: 1, skipped: 1 });
    expect(merged.items).toContainEqual(expect.objectContaining({ outcome: 'added', reason: expect.stringMatching(/You deleted this claim here on .*, but the file’s version was changed after that, so it is back\./) }));
    const doc = await core.store.getDocument(documentId);
    expect(doc.claims.find((c) => c.id === second!.id)?.note).toBe('still stands: see the ministry’s figures');
    expect(doc.claims.some((c) => c.id === first!.id)).toBe(false);
    // brought back, it is no longer remembered as deleted; the other still is
    expect(doc.deletedClaims.map((d) => d.id)).toEqual([first!.id]);
    await Promise.all([core.close(), colleague.close()]);
  });

  it('Undo of an import that brought a deleted claim back remembers the deletion again', async () => {
    const { core, documentId } = await annotatedLibrary(tempDir());
    const older = await exportedSet(core, 'jsonld');
    const [first] = (await core.store.getDocument(documentId)).claims;
    const colleague = await Core.open(tempDir(), { backupIntervalMs: 0, clock: tickingClock });
    await colleague.exchange.importAnnotations('claims.jsonld', older);
    await core.claims.delete({ documentId, claimId: first!.id });
    const deletion = (await core.store.getDocument(documentId)).deletedClaims;
    await colleague.claims.update({ documentId, claimId: first!.id, changes: { note: 'changed after' } });
    const merged = await core.exchange.importAnnotations('theirs.jsonld', await exportedSet(colleague, 'jsonld'));
    expect(merged.claimChanges).toEqual([expect.objectContaining({ documentId, forgotten: deletion })]);
    // the renderer's Undo of the import: the claims it added taken out, with the deletions it forgot
    await core.claims.deleteMany({ documentId, claimIds: [first!.id], remember: merged.claimChanges[0]!.forgotten });
    expect((await core.store.getDocument(documentId)).deletedClaims).toEqual(deletion);
    expect(await core.exchange.importAnnotations('claims.jsonld', older)).toMatchObject({ added: 0, skipped: 1 });
    await Promise.all([core.close(), colleague.close()]);
  });

  it('keeps out a deleted claim whose copy has no date of its own, and one in an older library archive', async () => {
    const { core, documentId } = await annotatedLibrary(tempDir());
    const archive = await exportedSet(core, 'archive');
    const set = JSON.parse((await exportedSet(core, 'jsonld')).toString('utf8'));
    for (const item of set.items ?? set.first?.items ?? []) for (const key of ['created', 'modified']) delete item[key];
    const [first] = (await core.store.getDocument(documentId)).claims;
    await core.claims.delete({ documentId, claimId: first!.id });
    expect(await core.exchange.importAnnotations('undated.jsonld', Buffer.from(JSON.stringify(set)))).toMatchObject({ added: 0, skipped: 1 });
    expect(await core.exchange.importAnnotations('library.zip', archive)).toMatchObject({ kind: 'archive', added: 0, skipped: 1 });
    expect((await core.store.getDocument(documentId)).claims.some((c) => c.id === first!.id)).toBe(false);
    await core.close();
  });

  it('a claim deleted and put back by Undo is not remembered as deleted', async () => {
    const { core, documentId } = await annotatedLibrary(tempDir());
    const [first] = (await core.store.getDocument(documentId)).claims;
    await core.claims.delete({ documentId, claimId: first!.id });
    expect((await core.store.getDocument(documentId)).deletedClaims).toEqual([{ id: first!.id, at: expect.any(String) }]);
    await core.claims.put({ documentId, claim: first! });
    expect((await core.store.getDocument(documentId)).deletedClaims).toEqual([]);
    await core.close();
  });
});
