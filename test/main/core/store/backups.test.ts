// Rotating, verified backups: before each migration and at most every few minutes while changes
// happen; a bounded number kept; restoring one; a corrupt backup skipped for the previous one.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Core } from '../../../../main/core/core';
import { SEED_FILE } from '../../../helpers/fixtures';
import { useTempDirs } from '../../../helpers/temp-dir';

const tempDir = useTempDirs();
let tick = 0;
const clock = () => new Date(Date.UTC(2026, 10, 26, 12, 0, tick++)).toISOString();

/** A library with the seed imported, then `claims` claims each made after a backup was due. */
async function seededWithBackups(claims: number) {
  const core = await Core.open(tempDir(), { backupIntervalMs: 1, clock });
  const { document } = await core.imports.importPath(SEED_FILE);
  for (let i = 0; i < claims; i++) {
    await new Promise((r) => setTimeout(r, 3));
    await core.claims.create({ documentId: document.id, start: 4 + 40 * i, end: 33 + 40 * i });
    await core.store.backupsSettled();
  }
  return { core, documentId: document.id };
}

describe('backups', () => {
  it('are taken at most once per interval while changes happen, and share unchanged files', async () => {
    const dir = tempDir();
    const core = await Core.open(dir, { backupIntervalMs: 60_000, clock });
    const { document } = await core.imports.importPath(SEED_FILE);
    for (let i = 0; i < 5; i++) await core.claims.create({ documentId: document.id, start: 4, end: 33 });
    await core.store.backupsSettled();
    expect(await core.store.backups.list()).toHaveLength(1);
    await core.close();
  });

  it('keep a bounded number', async () => {
    const dir = tempDir();
    const core = await Core.open(dir, { backupIntervalMs: 1, backupsKept: 3, clock });
    const { document } = await core.imports.importPath(SEED_FILE);
    for (let i = 0; i < 6; i++) {
      await new Promise((r) => setTimeout(r, 3));
      await core.claims.create({ documentId: document.id, start: 4, end: 33 });
      await core.store.backupsSettled();
    }
    expect(await core.store.backups.list()).toHaveLength(3);
    // only the objects the three kept backups name remain
    const objects = readdirSync(join(dir, 'backups', 'objects'), { recursive: true }).filter((n) => /[0-9a-f]{64}$/.test(String(n)));
    const named = new Set<string>();
    for (const backup of await core.store.backups.list()) {
      for (const file of await core.store.backups.filesOf(backup.id)) named.add((await core.store.backups.fileIn(backup.id, file))!);
    }
    expect(objects).toHaveLength(named.size);
    await core.close();
  });

  it('restore the library to a backup, keeping the state before it as a backup too', async () => {
    const { core, documentId } = await seededWithBackups(2);
    const document = { id: documentId };
    // backups, newest first: [before 2nd claim (1 claim), before 1st claim (0 claims), before import (empty)]
    const backups = await core.store.backups.list();
    expect(backups.map((b) => [b.documents, b.claims])).toEqual([
      [1, 1],
      [1, 0],
      [0, 0],
    ]);
    const outcome = await core.restoreBackup(backups[1]!.id);
    expect(outcome.restored.id).toBe(backups[1]!.id);
    expect((await core.store.getDocument(document.id)).claims).toHaveLength(0);
    expect(core.libraryView().notices.at(-1)!.message).toMatch(/^Restored the backup of .* kept as a backup \(the first in Restore from backup, made .* UTC, "before a restore"\)/);
    // the index rebuilt from the restored files is no news worth a notice
    expect(core.libraryView().notices.some((n) => n.message.includes('document index was out of date'))).toBe(false);
    const undo = await core.restoreBackup(outcome.before.id);
    expect(undo.restored.id).toBe(outcome.before.id);
    expect((await core.store.getDocument(document.id)).claims).toHaveLength(2);
    // the second restore's notice takes the place of the first's: the news is of the library as it is now
    const restored = core.libraryView().notices.filter((n) => n.message.startsWith('Restored the backup of'));
    expect(restored).toHaveLength(1);
    expect(restored[0]!.message).toContain(`made ${undo.before.createdAt.replace('T', ' ').slice(0, 16)} UTC`);
    await core.close();
  });

  it('from before claim counts were recorded list their documents and no claim count', async () => {
    const dir = tempDir();
    const core = await Core.open(dir, { backupIntervalMs: 1, clock });
    await core.imports.importPath(SEED_FILE);
    await core.store.backupsSettled();
    const [backup] = await core.store.backups.list();
    const manifest = join(dir, 'backups', `${backup!.id}.json`);
    const { claims: _recorded, ...older } = JSON.parse(readFileSync(manifest, 'utf8'));
    writeFileSync(manifest, JSON.stringify(older));
    expect(await core.store.backups.list()).toEqual([{ ...backup, claims: null }]);
    await core.close();
  });

  it('skip a backup that fails verification for the one before it', async () => {
    const { core, documentId } = await seededWithBackups(1);
    const document = { id: documentId };
    const [newest, previous] = await core.store.backups.list();
    // Damage the newest backup's copy of the document (a new file: the library's own is untouched).
    const damaged = (await core.store.backups.fileIn(newest!.id, `documents/${document.id}.json`))!;
    writeFileSync(damaged, readFileSync(damaged, 'utf8').replace('Syria', 'Syrja'));
    const outcome = await core.restoreBackup();
    expect(outcome.skipped.map((s) => [s.backup.id, s.reason])).toEqual([[newest!.id, `its copy of documents/${document.id}.json has changed since it was made`]]);
    expect(outcome.restored.id).toBe(previous!.id);
    await core.close();
  });

  it('hold real copies: a library file damaged in place leaves its backup sound', async () => {
    const dir = tempDir();
    const core = await Core.open(dir, { clock });
    const { document } = await core.imports.importPath(SEED_FILE);
    await core.close();
    const file = join(dir, 'documents', `${document.id}.json`);
    writeFileSync(file, readFileSync(file, 'utf8').slice(0, 100)); // in place, as some editors and sync tools write
    const [newest] = await core.store.backups.list();
    expect(newest!.reason).toBe('on-close');
    expect(await core.store.backups.verify(newest!.id)).toBeNull();
  });

  it('restore one damaged document from its newest sound copy', async () => {
    const dir = tempDir();
    const core = await Core.open(dir, { backupIntervalMs: 1, clock });
    const { document } = await core.imports.importPath(SEED_FILE);
    await new Promise((r) => setTimeout(r, 3));
    await core.claims.create({ documentId: document.id, start: 4, end: 33 });
    await core.close();
    writeFileSync(join(dir, 'documents', `${document.id}.json`), '{"trunc');
    const reopened = await Core.open(dir, { clock });
    expect(reopened.libraryView().documents).toEqual([]);
    const restored = await reopened.restoreDocument(document.id);
    expect(restored.document.meta.title).toMatch(/US Occupation Forces/);
    expect(reopened.libraryView().documents.map((d) => d.id)).toEqual([document.id]);
    // the newest sound copy is the one backed up when the library was closed, claim and all
    expect(restored.backup.reason).toBe('on-close');
    expect((await reopened.store.getDocument(document.id)).claims).toHaveLength(1);
    await reopened.close();
  });
});
