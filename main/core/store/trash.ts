// Deleted documents go to trash/ (the file is moved, not copied) and can be restored until the
// trash is emptied. The time of deletion is kept as the file's modification time.
import { dirname, join } from 'node:path';
import type { StoredDocument } from '@shared/domain/document';
import { isDocumentFileName } from './backups';
import { syncFolder } from './durable-write';
import type { FileSystem } from './file-system';
import type { LibraryPaths } from './library-paths';
import { JsonFileAdapter } from './json-file-adapter';
import { readJsonFile } from './read-json-file';
import { guardWrite } from './write-failure';
import { DOCUMENT_FILE } from './versioned-schemas';

export interface TrashedDocument {
  id: string;
  title: string;
  claimTotal: number;
  deletedAt: string;
}

export class Trash {
  /** how many documents are in the trash (counted at start-up, then kept up to date) */
  count = 0;

  constructor(
    private readonly fs: FileSystem,
    private readonly paths: LibraryPaths,
  ) {}

  async countFiles(): Promise<number> {
    this.count = (await this.fs.readdir(this.paths.trashDir).catch(() => [] as string[])).filter(isDocumentFileName).length;
    return this.count;
  }

  fileOf(id: string): string {
    return join(this.paths.trashDir, `${id}.json`);
  }

  /** Moves a document's file into the trash (or leaves it where it was if any step fails). */
  async put(id: string, at: string): Promise<void> {
    await this.fs.mkdir(this.paths.trashDir, { recursive: true, mode: 0o700 });
    await this.move(this.paths.documentFile(id), this.fileOf(id), async (moved) => {
      await this.fs.utimes(moved, new Date(at), new Date(at));
    });
    this.count++;
  }

  /** Moves a document's file back into documents/ (or leaves it in the trash if any step fails). */
  async takeBack(id: string): Promise<void> {
    await this.move(this.fileOf(id), this.paths.documentFile(id), async () => undefined);
    this.count = Math.max(0, this.count - 1);
  }

  private async move(from: string, to: string, then: (moved: string) => Promise<void>): Promise<void> {
    await this.fs.rename(from, to);
    try {
      await then(to);
      await syncFolder(this.fs, dirname(to));
      await syncFolder(this.fs, dirname(from));
    } catch (error) {
      await this.fs.rename(to, from).catch(() => undefined);
      throw error;
    }
  }

  /** The ids of the documents in the trash. */
  async ids(): Promise<string[]> {
    const names = await this.fs.readdir(this.paths.trashDir).catch(() => [] as string[]);
    return names.filter(isDocumentFileName).map((name) => name.slice(0, -'.json'.length));
  }

  /**
   * When the document was moved to the trash (kept as its file's modification time). The time is
   * set in whole milliseconds but read back as a float that can fall a hair below (…496.9999 for
   * …497), so it is rounded, not truncated: a rewrite that keeps the time must not move it.
   */
  async deletedAt(id: string): Promise<Date> {
    return new Date(Math.round((await this.fs.stat(this.fileOf(id))).mtimeMs));
  }

  /**
   * Rewrites each document in the trash that `change` changes (returns a new document for; null
   * leaves it as it is), durably and keeping its time of deletion: a source merged or deleted
   * reaches the claims in the trash too, so a document restored later names no source that is gone.
   */
  async rewrite(change: (doc: StoredDocument) => StoredDocument | null): Promise<string[]> {
    const changed: string[] = [];
    for (const id of await this.ids()) {
      const doc = await this.read(id);
      const next = doc && change(doc);
      if (!next) continue;
      const deletedAt = await this.deletedAt(id);
      const file = this.fileOf(id);
      await guardWrite(async () => {
        await new JsonFileAdapter<StoredDocument>(file, this.fs).write(next);
        await this.fs.utimes(file, deletedAt, deletedAt);
      }, file);
      changed.push(id);
    }
    return changed;
  }

  async read(id: string): Promise<StoredDocument | null> {
    const reading = await readJsonFile(this.fs, this.fileOf(id), DOCUMENT_FILE);
    return reading.kind === 'ok' ? reading.data : null;
  }

  /** What is in the trash, most recently deleted first. */
  async list(): Promise<TrashedDocument[]> {
    const items: TrashedDocument[] = [];
    for (const id of await this.ids()) {
      const doc = await this.read(id);
      items.push({ id, title: doc?.meta.title ?? '(unreadable document)', claimTotal: doc?.claims.length ?? 0, deletedAt: (await this.deletedAt(id)).toISOString() });
    }
    return items.sort((a, b) => b.deletedAt.localeCompare(a.deletedAt));
  }

  /** Deletes every document in the trash for good; returns how many. */
  async empty(): Promise<number> {
    const names = (await this.fs.readdir(this.paths.trashDir).catch(() => [] as string[])).filter(isDocumentFileName);
    for (const name of names) await this.fs.unlink(join(this.paths.trashDir, name));
    this.count = 0;
    return names.length;
  }
}
