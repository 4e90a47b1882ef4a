// Fail the Nth open, write, fsync or rename for N = 1, 2, 3...: every failure surfaces as a
// "not saved" error, the files on disk stay valid and unchanged, memory does not run ahead of
// the disk, and the same change succeeds once the fault is gone.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
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

type Operation = 'create claim' | 'update claim' | 'create source' | 'import' | 'import annotations' | 'trash';

/** A JSON-LD annotation set of two documents this library lacks (the sample and a short text), with a claim. */
async function annotationSetOfTwo(): Promise<Uint8Array> {
  const other = await Core.open(tempDir(), { backupIntervalMs: 0 });
  const { document } = await other.openSample();
  await other.claims.create({ documentId: document.id, start: 0, end: 20 });
  await other.imports.importParsed(parsePlainText('A short note\nIt says one thing.'), 'note.txt', 'text');
  const bytes = exportBytes(await other.renderExport('jsonld', []));
  await other.close();
  return bytes;
}
let annotationSet: Uint8Array | null = null;

let sourceNumber = 0;

async function perform(core: Core, operation: Operation, documentId: string, claimId: string): Promise<unknown> {
  switch (operation) {
    case 'create claim':
      return core.claims.create({ documentId, start: 4, end: 33 });
    case 'update claim':
      return core.claims.update({ documentId, claimId, changes: { status: 'false', note: 'checked' } });
    case 'create source':
      return core.claims.createSource({ name: `Source ${++sourceNumber}`, kind: 'document' });
    case 'import':
      return core.openSample();
    case 'import annotations':
      annotationSet ??= await annotationSetOfTwo();
      return core.exchange.importAnnotations('set.jsonld', annotationSet);
    case 'trash':
      return core.store.trashDocument(documentId);
  }
}

/** What the core holds in memory: the library, the document, and the claims the catalog knows. */
async function memoryOf(core: Core, documentId: string): Promise<string> {
  const claims = (await core.catalog.claims()).map((c) => c.id).sort();
  return JSON.stringify([core.libraryView(), await core.store.getDocument(documentId).catch(() => null), claims]);
}

const OPERATIONS: Operation[] = ['create claim', 'update claim', 'create source', 'import', 'import annotations', 'trash'];
const KINDS: FaultKind[] = ['open', 'write', 'fsync', 'rename'];

describe('fault injection', () => {
  for (const operation of OPERATIONS) {
    it(`${operation}: each failing open/write/fsync/rename surfaces, changes nothing, and a retry works`, async () => {
      const dir = tempDir();
      const fs = faultyFileSystem();
      const core = await Core.open(dir, { fs, backupIntervalMs: 0, indexFlushDelayMs: 60_000 });
      const { document } = await core.imports.importPath(SEED_FILE);
      const claim = await core.claims.create({ documentId: document.id, start: 40, end: 60 });
      let injected = 0;
      for (const kind of KINDS) {
        for (let nth = 1; ; nth++) {
          fs.arm({ kind, nth, code: nth % 2 ? 'ENOSPC' : 'EACCES' });
          const before = libraryFiles(dir);
          const memoryBefore = await memoryOf(core, document.id);
          const error = await perform(core, operation, document.id, claim.id).then(() => null, (e: unknown) => e);
          if (!fs.fired) {
            // The operation made fewer calls of this kind than nth: it succeeded untouched.
            expect(error).toBeNull();
            fs.arm(null);
            if (operation === 'trash') await core.store.restoreFromTrash(document.id);
            break;
          }
          injected++;
          expect(error, `${operation}: ${kind} #${nth}`).toBeInstanceOf(AppFailure);
          expect((error as AppFailure).code).toBe('not-saved');
          expect((error as AppFailure).message).toMatch(/^Not saved: (the disk is full|permission was denied) \(writing .*\)/);
          expect(libraryFiles(dir), `${operation}: ${kind} #${nth} changed the files`).toEqual(before);
          expect(readdirSync(join(dir, 'documents')).filter((n) => n.endsWith('.tmp'))).toEqual([]);
          expect(await memoryOf(core, document.id)).toBe(memoryBefore);
          fs.arm(null);
          // Undo the successful retry's effect, so the next round starts from the same state.
          await perform(core, operation, document.id, claim.id);
          if (operation === 'trash') await core.store.restoreFromTrash(document.id);
          if (operation === 'import' || operation === 'import annotations') {
            for (const added of core.libraryView().documents.filter((d) => d.id !== document.id)) await core.store.trashDocument(added.id);
            await core.store.emptyTrash();
          }
        }
      }
      expect(injected).toBeGreaterThanOrEqual(4);
      await core.close();
    });
  }
});
