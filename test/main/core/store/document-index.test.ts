// The document index in library.json is derived: at start-up it is checked against documents/
// and rebuilt when it is missing, stale or corrupt, without losing any document.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Core } from '../../../../main/core/core';
import { SEED_FILE } from '../../../helpers/fixtures';
import { useTempDirs } from '../../../helpers/temp-dir';

const tempDir = useTempDirs();

async function twoDocuments() {
  const dir = tempDir();
  // no lock: the first test lets this "process" die without closing
  const core = await Core.open(dir, { indexFlushDelayMs: 60_000, lock: null });
  const seed = (await core.imports.importPath(SEED_FILE)).document.id;
  const sample = (await core.openSample()).document.id;
  return { dir, core, seed, sample };
}

const libraryJson = (dir: string) => JSON.parse(readFileSync(join(dir, 'library.json'), 'utf8'));

describe('document index', () => {
  it('is written lazily after claim changes, and a stale one is mended at start-up', async () => {
    const { dir, core, seed } = await twoDocuments();
    await core.claims.create({ documentId: seed, start: 4, end: 33 });
    // The process dies before the index is flushed: library.json still says 0 claims.
    expect(libraryJson(dir).documents.find((d: { id: string }) => d.id === seed).claimTotal).toBe(0);
    const reopened = await Core.open(dir);
    expect(reopened.libraryView().documents.find((d) => d.id === seed)!.claimTotal).toBe(1);
    expect(reopened.libraryView().notices[0]!.message).toMatch(/index was out of date for 1 document and has been rebuilt/);
    expect(libraryJson(dir).documents.find((d: { id: string }) => d.id === seed).claimTotal).toBe(1);
    await reopened.close();
    await core.store.backupsSettled();
  });

  it('is rebuilt from documents/ when it is empty, keeping the registry', async () => {
    const { dir, core, seed, sample } = await twoDocuments();
    await core.claims.createSource({ name: 'US figures', kind: 'document' });
    await core.close();
    writeFileSync(join(dir, 'library.json'), JSON.stringify({ ...libraryJson(dir), documents: [] }));
    const reopened = await Core.open(dir);
    expect(reopened.libraryView().documents.map((d) => d.id).sort()).toEqual([seed, sample].sort());
    expect(reopened.libraryView().sources.map((s) => s.name)).toEqual(['US figures']);
    await reopened.close();
  });

  it('drops entries whose file is gone, saying so, and keeps the others', async () => {
    const { dir, core, seed, sample } = await twoDocuments();
    await core.close();
    rmSync(join(dir, 'documents', `${seed}.json`));
    const reopened = await Core.open(dir);
    expect(reopened.libraryView().documents.map((d) => d.id)).toEqual([sample]);
    expect(reopened.libraryView().notices.map((n) => n.message)).toEqual([expect.stringMatching(/1 document in the index has no file any more \(deleted outside Corroborate\?\)\. Restore a backup to get it back/)]);
    await reopened.close();
  });

  it('checks 200 unchanged documents by their file stamps without reading them', async () => {
    const dir = tempDir();
    const core = await Core.open(dir);
    const text = readFileSync(SEED_FILE, 'utf8');
    for (let i = 0; i < 200; i++) await core.imports.importBytes(`a${i}.txt`, Buffer.from(`${text}\nVersion ${i}.`));
    await core.close();
    let reads = 0;
    const { nodeFileSystem } = await import('../../../../main/core/store/file-system');
    const counting = { ...nodeFileSystem, readFile: (path: string) => (path.includes('/documents/') && reads++, nodeFileSystem.readFile(path)) };
    const reopened = await Core.open(dir, { fs: counting });
    expect(reopened.libraryView().documents).toHaveLength(200);
    expect(reads).toBe(0);
    await reopened.close();
  });
});
