// Deleting a document moves it to the trash; it can be restored until the trash is emptied.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Core } from '../../../../main/core/core';
import { SEED_FILE } from '../../../helpers/fixtures';
import { useTempDirs } from '../../../helpers/temp-dir';

const tempDir = useTempDirs();

describe('trash', () => {
  it('keeps a deleted document with its claims until it is restored', async () => {
    const dir = tempDir();
    const core = await Core.open(dir, { clock: () => '2026-11-26T12:00:00.000Z' });
    const { document } = await core.imports.importPath(SEED_FILE);
    await core.claims.create({ documentId: document.id, start: 4, end: 33 });
    await core.store.trashDocument(document.id);
    expect(core.libraryView().documents).toEqual([]);
    expect(existsSync(join(dir, 'documents', `${document.id}.json`))).toBe(false);
    expect(await core.store.trash.list()).toEqual([{ id: document.id, title: 'US Occupation Forces Attacked in Northeast Syria', claimTotal: 1, deletedAt: '2026-11-26T12:00:00.000Z' }]);
    await core.close();

    const reopened = await Core.open(dir);
    expect(reopened.libraryView().documents).toEqual([]);
    const summary = await reopened.store.restoreFromTrash(document.id);
    expect(summary).toMatchObject({ id: document.id, claimTotal: 1 });
    expect((await reopened.store.getDocument(document.id)).claims).toHaveLength(1);
    expect(await reopened.store.trash.list()).toEqual([]);
    await reopened.close();
  });

  it('keeps the time of deletion to the millisecond through rewrites (file times read back a hair low)', async () => {
    // 11:40:37.497 set as a file time reads back as …496.999: truncated, it would drift a millisecond per rewrite
    const at = '2026-12-03T11:40:37.497Z';
    const core = await Core.open(tempDir(), { clock: () => at });
    const { document } = await core.imports.importPath(SEED_FILE);
    await core.store.trashDocument(document.id);
    for (let i = 0; i < 3; i++) await core.store.trash.rewrite((doc) => ({ ...doc, meta: { ...doc.meta, title: `Rewritten ${i}` } }));
    expect(await core.store.trash.list()).toMatchObject([{ title: 'Rewritten 2', deletedAt: at }]);
    await core.close();
  });

  it('empties for good', async () => {
    const core = await Core.open(tempDir());
    const { document } = await core.imports.importPath(SEED_FILE);
    await core.store.trashDocument(document.id);
    expect(await core.store.emptyTrash()).toBe(1);
    await expect(core.store.restoreFromTrash(document.id)).rejects.toThrow(/no readable document/);
    await expect(core.store.trashDocument(document.id)).rejects.toThrow(/no document/);
    await core.close();
  });
});
