import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AppFailure } from '@shared/bridge/result';
import { LibraryFileSchema } from '@shared/domain/library';
import { StoredDocumentSchema } from '@shared/domain/document';
import { nodeFileSystem, type FileSystem } from '../../../../main/core/store/file-system';
import { LibraryStore } from '../../../../main/core/store/library-store';
import { seedScope } from '../../../helpers/seed-document';
import { useTempDirs } from '../../../helpers/temp-dir';

const tempDir = useTempDirs();

describe('library store', () => {
  it('creates library.json and a documents folder in a new library', async () => {
    const dir = tempDir();
    const store = await LibraryStore.open(dir);
    const onDisk = JSON.parse(readFileSync(store.paths.libraryFile, 'utf8'));
    expect(LibraryFileSchema.safeParse(onDisk).success).toBe(true);
    expect(statSync(store.paths.documentsDir).isDirectory()).toBe(true);
    expect(statSync(store.paths.libraryFile).mode & 0o777).toBe(0o600);
    await store.close();
  });

  it('keeps documents and their claims across a reopen, at the same offsets', async () => {
    const dir = tempDir();
    const doc = seedScope().documents[0]!;
    const store = await LibraryStore.open(dir, { indexFlushDelayMs: 10 });
    await store.addDocument({ ...doc, claims: [] });
    await store.updateDocument(doc.id, (d) => ({ ...d, claims: doc.claims }));
    await store.close();

    const reopened = await LibraryStore.open(dir);
    const loaded = await reopened.getDocument(doc.id);
    expect(loaded.claims.map((c) => c.target)).toEqual(doc.claims.map((c) => c.target));
    expect(reopened.documentSummaries()[0]).toMatchObject({ id: doc.id, claimTotal: 9, claimCounts: { unverified: 9 } });
    expect(StoredDocumentSchema.safeParse(JSON.parse(readFileSync(reopened.paths.documentFile(doc.id), 'utf8'))).success).toBe(true);
    await reopened.close();
  });

  it('reports a failed write as not saved, keeps memory as it is on disk, and succeeds on retry', async () => {
    const dir = tempDir();
    const doc = seedScope().documents[0]!;
    let diskFull = false;
    const fs: FileSystem = {
      ...nodeFileSystem,
      rename: async (from, to) => {
        if (diskFull) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
        return nodeFileSystem.rename(from, to);
      },
    };
    const store = await LibraryStore.open(dir, { fs });
    await store.addDocument({ ...doc, claims: [] });
    diskFull = true;
    const failed = store.updateDocument(doc.id, (d) => ({ ...d, claims: doc.claims }));
    await expect(failed).rejects.toBeInstanceOf(AppFailure);
    await expect(failed).rejects.toThrow(/Not saved: the disk is full/);
    expect((await store.getDocument(doc.id)).claims).toEqual([]);
    expect(JSON.parse(readFileSync(store.paths.documentFile(doc.id), 'utf8')).claims).toEqual([]);
    diskFull = false;
    await store.updateDocument(doc.id, (d) => ({ ...d, claims: doc.claims }));
    expect(JSON.parse(readFileSync(store.paths.documentFile(doc.id), 'utf8')).claims).toHaveLength(9);
    await store.close();
  });

  it('refuses ids that could name a path outside the library', async () => {
    const store = await LibraryStore.open(tempDir());
    expect(() => store.paths.documentFile('../library')).toThrow();
    await expect(store.getDocument('../../etc/passwd')).rejects.toThrow(/no document/);
    await store.close();
  });
});
