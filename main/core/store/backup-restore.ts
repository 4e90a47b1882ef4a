// Restoring from backups: the whole library to a chosen snapshot (skipping any that fails
// verification for the one before it), or one document to its newest sound copy.
import { AppFailure } from '@shared/bridge/result';
import type { StoredDocument } from '@shared/domain/document';
import type { BackupInfo } from './backups';
import { isDocumentFileName } from './backups';
import { writeFileDurably } from './durable-write';
import type { FileSystem } from './file-system';
import type { LibraryStore } from './library-store';
import { interpret, parseJsonText } from './read-json-file';
import { DOCUMENT_FILE, LIBRARY_FILE } from './versioned-schemas';
import { join } from 'node:path';

export interface RestoreOutcome {
  restored: BackupInfo;
  skipped: Array<{ backup: BackupInfo; reason: string }>;
  /** the backup that holds the state from just before the restore */
  before: BackupInfo;
}

async function readsAs(fs: FileSystem, path: string | null, kind: 'library' | 'document'): Promise<string | null> {
  const bytes = path ? await fs.readFile(path).catch(() => null) : null;
  if (!bytes) return 'a file is missing';
  const parsed = parseJsonText(bytes.toString('utf8'));
  if (!parsed.ok) return parsed.reason;
  const reading = kind === 'library' ? interpret(parsed.value, LIBRARY_FILE) : interpret(parsed.value, DOCUMENT_FILE);
  return reading.kind === 'ok' ? null : reading.kind === 'invalid' ? reading.reason : 'it was written by a newer version';
}

/** Why a snapshot cannot be restored, or null when it can. */
async function problemWith(store: LibraryStore, fs: FileSystem, backup: BackupInfo): Promise<string | null> {
  const integrity = await store.backups.verify(backup.id);
  if (integrity) return integrity;
  for (const relative of await store.backups.filesOf(backup.id)) {
    const problem = await readsAs(fs, await store.backups.fileIn(backup.id, relative), relative === 'library.json' ? 'library' : 'document');
    if (problem) return `${relative}: ${problem}`;
  }
  return null;
}

/** Restores the library to a backup (the newest when none is named). The current state is backed up first. */
export function restoreLibrary(store: LibraryStore, fs: FileSystem, backupId?: string): Promise<RestoreOutcome> {
  return store.exclusive(async () => {
    await store.backupsSettled();
    const all = await store.backups.list();
    const start = backupId ? all.findIndex((b) => b.id === backupId) : 0;
    if (start < 0) throw new AppFailure('not-found', `There is no backup ${backupId}.`);
    const skipped: RestoreOutcome['skipped'] = [];
    let chosen: BackupInfo | null = null;
    for (const backup of all.slice(start)) {
      const problem = await problemWith(store, fs, backup);
      if (!problem) {
        chosen = backup;
        break;
      }
      skipped.push({ backup, reason: problem });
    }
    if (!chosen) throw new AppFailure('not-found', skipped.length ? `No backup could be verified (${skipped.map((s) => `${s.backup.id}: ${s.reason}`).join('; ')}).` : 'There are no backups yet.');
    const before = await store.backups.snapshot('before-restore', new Date().toISOString());
    const files = await store.backups.filesOf(chosen.id);
    const keep = new Set(files.filter((f) => f.startsWith('documents/')).map((f) => f.slice('documents/'.length)));
    for (const name of (await fs.readdir(store.paths.documentsDir)).filter(isDocumentFileName)) {
      if (!keep.has(name)) await store.trash.put(name.slice(0, -'.json'.length), new Date().toISOString());
    }
    for (const relative of files) {
      const copy = await store.backups.fileIn(chosen.id, relative);
      if (copy) await writeFileDurably(fs, join(store.paths.root, relative), await fs.readFile(copy));
    }
    store.notices.dropNews();
    // the files were rewritten from the backup: that the index was rebuilt from them is no news
    await store.reloadUnlocked(true);
    store.notices.add({
      level: 'info',
      message: `Restored the backup of ${chosen.createdAt.replace('T', ' ').slice(0, 16)} UTC. The library as it was just before is kept as a backup (the first in Restore from backup, made ${before.createdAt.replace('T', ' ').slice(0, 16)} UTC, "before a restore"); documents added since are in the trash.` +
        (skipped.length ? ` Skipped ${skipped.length} newer backup${skipped.length === 1 ? '' : 's'} that failed verification.` : ''),
    });
    return { restored: chosen, skipped, before };
  });
}

/** Restores one document from the newest backup holding a sound copy of it. */
export function restoreDocument(store: LibraryStore, fs: FileSystem, documentId: string): Promise<{ backup: BackupInfo; document: StoredDocument }> {
  return store.exclusive(async () => {
    await store.backupsSettled();
    const relative = `documents/${documentId}.json`;
    for (const backup of await store.backups.list()) {
      if (!(await store.backups.filesOf(backup.id)).includes(relative)) continue;
      if (await store.backups.verify(backup.id, [relative])) continue;
      const copy = await store.backups.fileIn(backup.id, relative);
      if (!copy) continue;
      const bytes = await fs.readFile(copy);
      const parsed = parseJsonText(bytes.toString('utf8'));
      const reading = parsed.ok ? interpret(parsed.value, DOCUMENT_FILE) : null;
      if (reading?.kind !== 'ok') continue;
      await store.replaceDocumentUnlocked(reading.data);
      store.notices.add({ level: 'info', message: `Restored "${reading.data.meta.title}" as it was at ${backup.createdAt.replace('T', ' ').slice(0, 16)} UTC.` });
      return { backup, document: reading.data };
    }
    throw new AppFailure('not-found', `No backup holds a sound copy of document ${documentId}.`);
  });
}
