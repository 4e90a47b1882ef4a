// An annotation set that adds a source, adds a claim to a document the library has and brings a
// new document: failing its Nth open, write, fsync or rename for N = 1, 2, 3... leaves every
// file as it was (the index's file stamps aside), and the library in memory as it was, even when
// the failure comes after library.json or the existing document was written.
import { describe, expect, it } from 'vitest';
import { AppFailure } from '@shared/bridge/result';
import { parsePlainText } from '@shared/importers/plain-text';
import { Core } from '../../../../main/core/core';
import { exportBytes } from '../../../../main/core/exports/render-export';
import { faultyFileSystem, type FaultKind } from '../../../helpers/faulty-fs';
import { SEED_FILE } from '../../../helpers/fixtures';
import { libraryFiles } from '../../../helpers/library-files';
import { useTempDirs } from '../../../helpers/temp-dir';

const tempDir = useTempDirs();

/** The set: the seed article with a claim by a new source, and a short note the library lacks. */
async function annotationSet(): Promise<Uint8Array> {
  const other = await Core.open(tempDir(), { backupIntervalMs: 0 });
  const { document } = await other.imports.importPath(SEED_FILE);
  const source = await other.claims.createSource({ name: 'Ministry of Trade', kind: 'organization' });
  await other.claims.create({ documentId: document.id, start: 100, end: 140, changes: { sourceIds: [source.id] } });
  await other.imports.importParsed(parsePlainText('A short note\nIt says one thing.'), 'note.txt', 'text');
  const bytes = exportBytes(await other.renderExport('jsonld', []));
  await other.close();
  return bytes;
}

/** The library in memory, without the file stamps a document written back as it was changes. */
function memoryOf(core: Core): string {
  return JSON.stringify(core.libraryView(), (key, value: unknown) => (key === 'file' || key === 'notices' ? undefined : value));
}

describe('an import that changes the library, a document and adds one, under failing writes', () => {
  it('puts back what it wrote when a later write fails, and succeeds once the fault is gone', async () => {
    const set = await annotationSet();
    let injected = 0;
    let afterFirstWrite = 0;
    for (const kind of ['open', 'write', 'fsync', 'rename'] as FaultKind[]) {
      for (let nth = 1; ; nth++) {
        const dir = tempDir();
        const fs = faultyFileSystem();
        const core = await Core.open(dir, { fs, backupIntervalMs: 0, indexFlushDelayMs: 60_000 });
        const { document } = await core.imports.importPath(SEED_FILE);
        await core.claims.create({ documentId: document.id, start: 40, end: 60 });
        await core.store.flush();
        const files = libraryFiles(dir, { withoutStamps: true });
        const memory = memoryOf(core);
        const claimsBefore = (await core.store.getDocument(document.id)).claims;
        fs.arm({ kind, nth, code: 'ENOSPC' });
        const error = await core.exchange.importAnnotations('set.jsonld', set).then(() => null, (e: unknown) => e);
        const fired = fs.fired;
        fs.arm(null);
        if (!fired) {
          expect(error).toBeNull();
          expect(core.libraryView().documents).toHaveLength(2);
          expect((await core.store.getDocument(document.id)).claims).toHaveLength(2);
          await core.close();
          break;
        }
        injected++;
        // a second rename fails once library.json is in place: what came before must be put back
        if (kind === 'rename' && nth > 1) afterFirstWrite++;
        expect(error, `${kind} #${nth}`).toBeInstanceOf(AppFailure);
        expect((error as AppFailure).message, `${kind} #${nth}`).toMatch(/^Not saved: the disk is full \(writing .*\)/);
        expect((error as AppFailure).message).not.toMatch(/Putting the library back/);
        expect(libraryFiles(dir, { withoutStamps: true }), `${kind} #${nth} changed the files`).toEqual(files);
        expect(memoryOf(core), `${kind} #${nth} changed the library in memory`).toBe(memory);
        expect((await core.store.getDocument(document.id)).claims).toEqual(claimsBefore);
        // the same import goes through once the disk has room, and the library reopens without a notice
        await core.exchange.importAnnotations('set.jsonld', set);
        expect((await core.store.getDocument(document.id)).claims).toHaveLength(2);
        await core.close();
        const reopened = await Core.open(dir, { backupIntervalMs: 0 });
        expect(reopened.libraryView().notices).toEqual([]);
        expect(reopened.libraryView().sources.map((s) => s.name)).toContain('Ministry of Trade');
        await reopened.close();
      }
    }
    expect(injected).toBeGreaterThanOrEqual(8);
    expect(afterFirstWrite).toBeGreaterThanOrEqual(3);
  });
});
