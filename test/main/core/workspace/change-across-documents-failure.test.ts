// A change across documents (renaming or deleting a tag, a bulk edit, merging or deleting a
// source) when a write fails (disk full) at any point: the claims already rewritten are put back as
// they were and the registry and saved sets are left as they were, so the error the user sees is
// the whole story; once the disk has room the same change goes through.
import { describe, expect, it } from 'vitest';
import { AppFailure } from '@shared/bridge/result';
import { projectText } from '@shared/text/projection';
import { Core } from '../../../../main/core/core';
import { type FaultKind, faultyFileSystem } from '../../../helpers/faulty-fs';
import { FIXTURES, SEED_FILE } from '../../../helpers/fixtures';
import { useTempDirs } from '../../../helpers/temp-dir';
import { join } from 'node:path';

const tempDir = useTempDirs();

/** A library of two documents whose four claims carry "needs-followup" and cite "Informed sources", a second source, and a saved set filtering on the tag. */
async function taggedLibrary(fs: ReturnType<typeof faultyFileSystem>) {
  const core = await Core.open(tempDir(), { fs, backupIntervalMs: 0, indexFlushDelayMs: 60_000 });
  const informed = await core.claims.createSource({ name: 'Informed sources', kind: 'anonymous' });
  await core.claims.createSource({ name: 'Sources close to the Resistance', kind: 'anonymous' });
  for (const file of [SEED_FILE, join(FIXTURES, 'seed', '000_94a0439cd798dd65.edited.txt')]) {
    const documentId = (await core.imports.importPath(file)).document.id;
    const text = projectText((await core.store.getDocument(documentId)).content);
    for (const quote of ['informed sources told Al Mayadeen', 'no truce with the US occupation in Iraq']) {
      const start = text.indexOf(quote);
      expect(start, `${quote} in ${file}`).toBeGreaterThan(-1);
      await core.claims.create({ documentId, start, end: start + quote.length, changes: { tags: ['needs-followup', 'iraq'], sourceIds: [informed.id] } });
    }
  }
  await core.sets.create('Follow up', { query: 'tag:needs-followup', facets: {} });
  await core.store.flush();
  return core;
}

async function allClaims(core: Core) {
  return Promise.all(core.libraryView().documents.map(async (d) => (await core.store.getDocument(d.id)).claims));
}

type Change = 'rename' | 'delete' | 'bulk status' | 'bulk tag' | 'source merge' | 'source delete';

const sourceNamed = (core: Core, name: string) => core.libraryView().sources.find((source) => source.name === name)!.id;

/** Makes the change on the four tagged claims; resolves to how many claims it changed. */
async function makeChange(core: Core, change: Change): Promise<number> {
  if (change === 'rename') return (await core.tags.rename('needs-followup', 'follow-up')).claimsUpdated;
  if (change === 'delete') return (await core.tags.delete('needs-followup')).claimsUpdated;
  if (change === 'source merge') return (await core.sources.merge(sourceNamed(core, 'Informed sources'), sourceNamed(core, 'Sources close to the Resistance'))).claimsUpdated;
  if (change === 'source delete') return (await core.sources.delete(sourceNamed(core, 'Informed sources'))).claimsInLibrary;
  const documents = core.libraryView().documents;
  const claims = (await allClaims(core)).flatMap((list, at) => list.map((claim) => ({ documentId: documents[at]!.id, claimId: claim.id })));
  return (await core.bulkEdits.apply({ claims }, change === 'bulk status' ? { kind: 'status', status: 'false' } : { kind: 'removeTag', tag: 'needs-followup' })).changed;
}

describe('a change across documents under failing writes', () => {
  for (const change of ['rename', 'delete', 'bulk status', 'bulk tag', 'source merge', 'source delete'] as const) {
    it(`${change}: puts back the claims it had rewritten, the registry and the sets, whichever write fails, and succeeds once the fault is gone`, async () => {
      let injected = 0;
      for (const kind of ['open', 'write', 'fsync', 'rename'] as FaultKind[]) {
        for (let nth = 1; ; nth++) {
          const fs = faultyFileSystem();
          const core = await taggedLibrary(fs);
          const claimsBefore = await allClaims(core);
          const setsBefore = structuredClone(core.store.library.sets);
          const sourcesBefore = structuredClone(core.store.library.sources);
          const run = () => makeChange(core, change);
          fs.arm({ kind, nth, code: 'ENOSPC' });
          const error = await run().then(() => null, (e: unknown) => e);
          const fired = fs.fired;
          fs.arm(null);
          if (!fired) {
            expect(error).toBeNull();
            await core.close();
            break;
          }
          injected++;
          expect(error, `${kind} #${nth}`).toBeInstanceOf(AppFailure);
          expect((error as AppFailure).message, `${kind} #${nth}`).toMatch(/^Not saved: the disk is full/);
          expect(await allClaims(core), `${kind} #${nth} left claims changed`).toEqual(claimsBefore);
          expect(core.store.library.sets, `${kind} #${nth} left a set changed`).toEqual(setsBefore);
          expect(core.store.library.sources, `${kind} #${nth} left the registry changed`).toEqual(sourcesBefore);
          expect(await run()).toBe(4);
          const changed = (await allClaims(core)).flat();
          if (change === 'bulk status') expect(changed.map((claim) => claim.status)).toEqual(['false', 'false', 'false', 'false']);
          else if (change.startsWith('source')) expect(changed.every((claim) => !claim.sourceIds.includes(sourcesBefore[0]!.id))).toBe(true);
          else expect(changed.every((claim) => !claim.tags.includes('needs-followup'))).toBe(true);
          await core.close();
        }
      }
      // two documents, and for a rename or a source change the library file: a fault at each of their writes
      expect(injected).toBeGreaterThanOrEqual(change === 'rename' || change.startsWith('source') ? 12 : 8);
    });
  }

  it('on a disk full from the first write, tells that failure alone: nothing was written, so nothing needed putting back', async () => {
    for (const change of ['rename', 'delete', 'bulk status', 'source merge', 'source delete'] as const) {
      const fs = faultyFileSystem();
      const core = await taggedLibrary(fs);
      const claimsBefore = await allClaims(core);
      fs.arm({ kind: 'open', nth: 1, code: 'ENOSPC', persistent: true });
      const error = await makeChange(core, change).then(() => null, (e: unknown) => e);
      fs.arm(null);
      expect(error, change).toBeInstanceOf(AppFailure);
      expect((error as AppFailure).message, change).toMatch(/^Not saved: the disk is full \(writing [^)]*\)\. Free space or fix the folder's permissions, then retry\.$/);
      expect(await allClaims(core), change).toEqual(claimsBefore);
      await core.close();
    }
  });

  it('leaves as it is a claim edited again between the change and its put-back', async () => {
    for (const change of ['rename', 'source merge'] as const) {
      const fs = faultyFileSystem();
      const core = await taggedLibrary(fs);
      const [first, second] = core.libraryView().documents.map((d) => d.id);
      const claim = (await core.store.getDocument(first!)).claims[0]!;
      // as the change reaches the second document, another window edits a claim of the first (already
      // rewritten), and the second document's write fails
      const updateDocument = core.store.updateDocument.bind(core.store);
      let edit: Promise<unknown> | null = null;
      core.store.updateDocument = (id, update) => {
        if (id === second && edit === null) {
          edit = core.claims.update({ documentId: first!, claimId: claim.id, changes: { note: 'edited meanwhile' } });
          fs.arm({ kind: 'open', nth: 1, code: 'ENOSPC', pathIncludes: second });
        }
        return updateDocument(id, update);
      };
      const error = await makeChange(core, change).then(() => null, (e: unknown) => e);
      await edit;
      fs.arm(null);
      expect(error, change).toBeInstanceOf(AppFailure);
      const edited = (await core.store.getDocument(first!)).claims.find((c) => c.id === claim.id)!;
      expect(edited.note, change).toBe('edited meanwhile');
      // its change stays with it (the edit came after); the other claims are put back
      expect(edited.tags.includes('needs-followup') && edited.sourceIds.length === 1 && edited.sourceIds[0] === claim.sourceIds[0], change).toBe(false);
      const others = (await allClaims(core)).flat().filter((c) => c.id !== claim.id || c.note === '');
      expect(others.every((c) => c.tags.includes('needs-followup') && c.sourceIds[0] === claim.sourceIds[0]), change).toBe(true);
      await core.close();
    }
  });
});
