// The library on disk: library.json plus one file per document, each held by lowdb with our
// durable adapter. Every change is written to disk first and only then applied in memory, so
// memory never runs ahead of the disk; writes run one at a time.
import { Low } from 'lowdb';
import type { z } from 'zod';
import { AppFailure } from '@shared/bridge/result';
import {
  StoredDocumentSchema,
  summarizeDocument,
  type DocumentSummary,
  type StoredDocument,
} from '@shared/domain/document';
import { defaultSettings, LIBRARY_SCHEMA_VERSION, LibraryFileSchema, type LibraryFile } from '@shared/domain/library';
import { defaultTaxonomy } from '@shared/domain/taxonomy';
import { FILE_MODE } from './durable-write';
import { nodeFileSystem, type FileSystem } from './file-system';
import { JsonFileAdapter } from './json-file-adapter';
import { LibraryPaths } from './library-paths';
import { readJsonFile } from './read-json-file';
import { SerialQueue } from './serial-queue';

export interface LibraryStoreOptions {
  fs?: FileSystem;
  /** How long to wait before writing the derived document index after a claim change (ms). */
  indexFlushDelayMs?: number;
}

function emptyLibrary(): LibraryFile {
  return {
    schemaVersion: LIBRARY_SCHEMA_VERSION,
    taxonomy: defaultTaxonomy(),
    sources: [],
    settings: defaultSettings(),
    documents: [],
  };
}

/** Describes a failed write in words a user can act on. */
export function describeWriteFailure(error: unknown, file: string): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const reason =
    code === 'ENOSPC'
      ? 'the disk is full'
      : code === 'EROFS'
        ? 'the library folder is read-only'
        : code === 'EACCES' || code === 'EPERM'
          ? 'permission was denied'
          : code === 'EDQUOT'
            ? 'the disk quota is used up'
            : (error as Error).message;
  return `Not saved: ${reason} (writing ${file}). Free space or fix the folder's permissions, then retry.`;
}

export class LibraryStore {
  readonly paths: LibraryPaths;
  private readonly fs: FileSystem;
  private readonly queue = new SerialQueue();
  private readonly libraryDb: Low<LibraryFile>;
  private readonly documents = new Map<string, Low<StoredDocument>>();
  private indexTimer: ReturnType<typeof setTimeout> | null = null;
  private indexDirty = false;
  private readonly indexFlushDelayMs: number;

  private constructor(root: string, options: LibraryStoreOptions) {
    this.paths = new LibraryPaths(root);
    this.fs = options.fs ?? nodeFileSystem;
    this.indexFlushDelayMs = options.indexFlushDelayMs ?? 2000;
    this.libraryDb = new Low(new JsonFileAdapter<LibraryFile>(this.paths.libraryFile, this.fs), emptyLibrary());
  }

  /** Opens (or creates) the library in `root`. */
  static async open(root: string, options: LibraryStoreOptions = {}): Promise<LibraryStore> {
    const store = new LibraryStore(root, options);
    await store.load();
    return store;
  }

  private async load(): Promise<void> {
    await this.fs.mkdir(this.paths.documentsDir, { recursive: true, mode: 0o700 });
    const adapter = this.libraryDb.adapter as JsonFileAdapter<LibraryFile>;
    const reading = await readJsonFile(adapter, LibraryFileSchema as z.ZodType<LibraryFile>);
    if (reading.kind === 'invalid') {
      throw new AppFailure('file-corrupt', `${this.paths.libraryFile} cannot be read: ${reading.reason}.`);
    }
    if (reading.kind === 'missing') await this.write(this.libraryDb, emptyLibrary(), this.paths.libraryFile);
    else this.libraryDb.data = reading.data;
  }

  /** The library file as it is on disk (treat as read-only). */
  get library(): LibraryFile {
    return this.libraryDb.data;
  }

  documentSummaries(): DocumentSummary[] {
    return this.libraryDb.data.documents;
  }

  findDocumentByHash(contentHash: string): DocumentSummary | undefined {
    return this.libraryDb.data.documents.find((d) => d.contentHash === contentHash);
  }

  /** Loads a document (from memory when it was loaded before). */
  async getDocument(id: string): Promise<StoredDocument> {
    const cached = this.documents.get(id);
    if (cached) return cached.data;
    if (!this.libraryDb.data.documents.some((d) => d.id === id)) {
      throw new AppFailure('not-found', `There is no document ${id} in this library.`);
    }
    const path = this.paths.documentFile(id);
    const db = new Low(new JsonFileAdapter<StoredDocument>(path, this.fs), null as unknown as StoredDocument);
    const reading = await readJsonFile(db.adapter as JsonFileAdapter<StoredDocument>, StoredDocumentSchema as z.ZodType<StoredDocument>);
    if (reading.kind === 'missing') throw new AppFailure('not-found', `The file of document ${id} is missing (${path}).`);
    if (reading.kind === 'invalid') throw new AppFailure('file-corrupt', `${path} cannot be read: ${reading.reason}.`);
    db.data = reading.data;
    this.documents.set(id, db);
    return db.data;
  }

  /** Adds a new document file and its index entry. */
  addDocument(doc: StoredDocument): Promise<void> {
    return this.queue.run(async () => {
      const path = this.paths.documentFile(doc.id);
      const db = new Low(new JsonFileAdapter<StoredDocument>(path, this.fs), doc);
      await this.write(db, doc, path);
      this.documents.set(doc.id, db);
      const library = { ...this.library, documents: [...this.library.documents, summarizeDocument(doc)] };
      await this.write(this.libraryDb, library, this.paths.libraryFile);
    });
  }

  /** Replaces a document with what `change` returns; resolves once it is on disk. */
  updateDocument(id: string, change: (doc: StoredDocument) => StoredDocument): Promise<StoredDocument> {
    return this.queue.run(async () => {
      await this.getDocument(id);
      const db = this.documents.get(id)!;
      const next = change(db.data);
      await this.write(db, next, this.paths.documentFile(id));
      this.replaceSummary(summarizeDocument(next));
      return next;
    });
  }

  /** Replaces library.json with what `change` returns; resolves once it is on disk. */
  updateLibrary(change: (library: LibraryFile) => LibraryFile): Promise<LibraryFile> {
    return this.queue.run(async () => {
      const next = change(this.library);
      await this.write(this.libraryDb, next, this.paths.libraryFile);
      this.indexDirty = false;
      return next;
    });
  }

  /** Removes a document from the library. */
  deleteDocument(id: string): Promise<void> {
    return this.queue.run(async () => {
      const path = this.paths.documentFile(id);
      if (!this.library.documents.some((d) => d.id === id)) throw new AppFailure('not-found', `There is no document ${id} in this library.`);
      const library = { ...this.library, documents: this.library.documents.filter((d) => d.id !== id) };
      await this.write(this.libraryDb, library, this.paths.libraryFile);
      this.documents.delete(id);
      await this.fs.unlink(path).catch(() => undefined);
    });
  }

  /** Writes any pending index change and waits for every queued write. */
  async close(): Promise<void> {
    if (this.indexTimer) clearTimeout(this.indexTimer);
    this.indexTimer = null;
    await this.flushIndex();
    await this.queue.idle();
  }

  private replaceSummary(summary: DocumentSummary): void {
    const documents = this.library.documents.map((d) => (d.id === summary.id ? summary : d));
    this.libraryDb.data = { ...this.library, documents };
    this.indexDirty = true;
    if (this.indexTimer === null) {
      this.indexTimer = setTimeout(() => {
        this.indexTimer = null;
        void this.flushIndex().catch(() => undefined);
      }, this.indexFlushDelayMs);
      this.indexTimer.unref?.();
    }
  }

  private flushIndex(): Promise<void> {
    return this.queue.run(async () => {
      if (!this.indexDirty) return;
      await this.write(this.libraryDb, this.library, this.paths.libraryFile);
      this.indexDirty = false;
    });
  }

  private async write<T>(db: Low<T>, next: T, file: string): Promise<void> {
    try {
      await db.adapter.write(next);
    } catch (error) {
      throw new AppFailure('not-saved', describeWriteFailure(error, file));
    }
    db.data = next;
  }
}

export { FILE_MODE };
