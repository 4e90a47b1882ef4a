// The library on disk: library.json plus one file per document (DESIGN.md sections 3 and 9).
// Every change is written durably first and applied in memory only once it is on disk; writes
// run one at a time; the process holds the library lock; damaged files are put aside, never
// written over; backups are taken before migrations and every few minutes while changes happen.
import { Low } from 'lowdb';
import { AppFailure } from '@shared/bridge/result';
import { changedAndDated, summarizeDocument, type DocumentSummary, type StoredDocument } from '@shared/domain/document';
import type { LibraryFile } from '@shared/domain/library';
import { BackupSchedule } from './backup-schedule';
import { Backups } from './backups';
import { DeferredIndexWrite } from './deferred-index-write';
import { checkIndex, reportIndexCheck, stampOf } from './document-index';
import { nodeFileSystem, type FileSystem } from './file-system';
import { documentOf, peekDocumentFile, readDocumentFile, type DocumentReading } from './document-reader';
import { JsonFileAdapter } from './json-file-adapter';
import { loadLibraryFile } from './library-file-loader';
import { acquireLibraryLock, type LibraryLock, type LockOwner } from './library-lock';
import { LibraryPaths } from './library-paths';
import type { LockedReader } from './locked-reader';
import { LruCache } from './lru-cache';
import { Notices } from './notices';
import { SerialQueue } from './serial-queue';
import { StoreChanges, type StoreChange } from './store-changes';
import { sweepTemporaryFiles } from './sweep';
import { Trash } from './trash';
import { guardWrite } from './write-failure';
import { type DocumentRewrite, type ImportWriter, writeImport } from './import-write';

export interface LibraryStoreOptions {
  fs?: FileSystem;
  clock?: () => string;
  /** Who takes the library lock; null opens without it (never for writing from two processes). */
  lock?: LockOwner | null;
  /** Delay before the derived index is written after a claim change (ms). */
  indexFlushDelayMs?: number;
  /** Minimum time between automatic backups while changes happen (ms); 0 turns them off. */
  backupIntervalMs?: number;
  backupsKept?: number;
  documentCacheSize?: number;
}

export class LibraryStore {
  readonly paths: LibraryPaths;
  readonly notices = new Notices();
  readonly backups: Backups;
  readonly trash: Trash;
  private readonly fs: FileSystem;
  private readonly clock: () => string;
  private readonly queue = new SerialQueue();
  private readonly libraryDb: Low<LibraryFile>;
  private readonly cache: LruCache<string, StoredDocument>;
  private readonly readOnlyDocuments = new Set<string>();
  private libraryReadOnly = false;
  private lock: LibraryLock | null = null;
  private readonly indexWrite: DeferredIndexWrite;
  private readonly schedule: BackupSchedule;
  private migrationBackupTaken = false;
  private readonly changes = new StoreChanges();

  private constructor(
    root: string,
    private readonly options: LibraryStoreOptions,
  ) {
    this.paths = new LibraryPaths(root);
    this.fs = options.fs ?? nodeFileSystem;
    this.clock = options.clock ?? (() => new Date().toISOString());
    this.libraryDb = new Low(new JsonFileAdapter<LibraryFile>(this.paths.libraryFile, this.fs), null as unknown as LibraryFile);
    this.cache = new LruCache(options.documentCacheSize ?? 64);
    this.backups = new Backups(this.fs, this.paths, options.backupsKept ?? 20, () => this.libraryDb.data?.documents.reduce((sum, d) => sum + d.claimTotal, 0) ?? null);
    this.trash = new Trash(this.fs, this.paths);
    this.schedule = new BackupSchedule(this.backups, options.backupIntervalMs ?? 5 * 60_000, this.notices, this.clock);
    this.indexWrite = new DeferredIndexWrite(options.indexFlushDelayMs ?? 2000, () => void this.queue.run(() => this.flushIndexUnlocked()).catch(() => undefined));
  }

  /** Opens (or creates) the library in `root`, taking its lock. */
  static async open(root: string, options: LibraryStoreOptions = {}): Promise<LibraryStore> {
    const store = new LibraryStore(root, options);
    // a library that cannot be opened is not kept locked
    await store.load().catch(async (error: unknown) => {
      await store.lock?.release();
      throw error;
    });
    return store;
  }

  private async load(): Promise<void> {
    for (const dir of [this.paths.root, this.paths.documentsDir, this.paths.trashDir, this.paths.backupsDir]) await this.fs.mkdir(dir, { recursive: true, mode: 0o700 });
    const owner = this.options.lock === undefined ? { description: 'Corroborate' } : this.options.lock;
    if (owner) this.lock = await acquireLibraryLock(this.fs, this.paths.lockFile, owner, this.paths.root);
    await sweepTemporaryFiles(this.fs, [this.paths.root, this.paths.documentsDir, this.paths.trashDir]);
    await this.backups.sweepIncomplete();
    await this.trash.countFiles();
    await this.loadLibrary();
  }

  /** Reads library.json and checks the index against the files (also after a restore, which rewrote the files: `quietIndex`, the mended index goes unsaid). */
  private async loadLibrary(quietIndex = false): Promise<void> {
    const loaded = await loadLibraryFile({ fs: this.fs, paths: this.paths, backups: this.backups, notices: this.notices, at: this.clock() });
    this.libraryReadOnly = loaded.readOnly;
    const check = await checkIndex(this.fs, this.paths, loaded.library.documents, async (id) => documentOf(await this.readDocument(id)));
    const indexChanged = reportIndexCheck(check, this.notices, { quiet: loaded.needsWrite || quietIndex });
    const library = { ...loaded.library, documents: check.documents };
    this.libraryDb.data = library;
    if ((loaded.needsWrite || indexChanged) && !this.libraryReadOnly) await this.write(this.libraryDb, library, this.paths.libraryFile);
  }

  /** Calls `listener` after each change is on disk. Returns a function that stops it. */
  onChange(listener: (change: StoreChange) => void): () => void {
    return this.changes.subscribe(listener);
  }

  // ---- reading ---------------------------------------------------------------------------

  /** The library file as it is on disk (treat as read-only). */
  get library(): LibraryFile {
    return this.libraryDb.data;
  }

  get readOnly(): boolean {
    return this.libraryReadOnly;
  }

  documentSummaries(): DocumentSummary[] {
    return this.library.documents;
  }

  findDocumentByHash(contentHash: string): DocumentSummary | undefined {
    return this.library.documents.find((d) => d.contentHash === contentHash);
  }

  private summaryOf(id: string): DocumentSummary {
    const summary = this.library.documents.find((d) => d.id === id);
    if (!summary) throw new AppFailure('not-found', `There is no document ${id} in this library.`);
    return summary;
  }

  /** Reads a document's file; a damaged one is put aside (and the user told), a newer one marked read-only. */
  private async readDocument(id: string): Promise<DocumentReading> {
    const reading = await readDocumentFile({ fs: this.fs, paths: this.paths, notices: this.notices, at: this.clock() }, id);
    if ('doc' in reading && reading.readOnly) this.readOnlyDocuments.add(id);
    if ('doc' in reading && reading.migratedFrom !== null && !this.libraryReadOnly) {
      await this.backupBeforeMigration(reading.migratedFrom);
      await this.write(null, reading.doc, this.paths.documentFile(id));
    }
    return reading;
  }

  private async backupBeforeMigration(from: number): Promise<void> {
    if (this.migrationBackupTaken) return;
    await this.backups.snapshot(`before-migration-documents-v${from}`, this.clock());
    this.migrationBackupTaken = true;
  }

  /** A document for a derived view (the claim catalog): from memory, else its file read without the full check (see peekDocumentFile). */
  async peekDocument(id: string): Promise<StoredDocument> {
    return this.cache.get(id) ?? (await peekDocumentFile(this.fs, this.paths, id)) ?? this.getDocument(id);
  }

  /** Loads a document (from memory when it was loaded recently). */
  async getDocument(id: string): Promise<StoredDocument> {
    return this.cache.get(id) ?? this.queue.run(() => this.loadDocument(id));
  }

  private async loadDocument(id: string): Promise<StoredDocument> {
    const cached = this.cache.get(id);
    if (cached) return cached;
    const summary = this.summaryOf(id);
    const reading = await this.readDocument(id);
    if ('doc' in reading) {
      this.cache.set(id, reading.doc);
      return reading.doc;
    }
    this.setDocuments(this.library.documents.filter((d) => d.id !== id));
    if ('missing' in reading) throw new AppFailure('not-found', `The file of "${summary.title}" is missing (${this.paths.documentFile(id)}). Restore it from a backup.`);
    throw new AppFailure('file-corrupt', `"${summary.title}": ${reading.problem}`);
  }

  // ---- writing ---------------------------------------------------------------------------

  /** Throws when the library, or the document, is open read-only. */
  assertWritable(documentId?: string): void {
    if (this.libraryReadOnly) throw new AppFailure('read-only', 'This library is open read-only: it was written by a newer version of Corroborate.');
    if (documentId && this.readOnlyDocuments.has(documentId)) {
      throw new AppFailure('read-only', 'This document is open read-only: it was written by a newer version of Corroborate.');
    }
  }

  /** Adds a new document file and its index entry. */
  addDocument(doc: StoredDocument): Promise<DocumentSummary> {
    return this.addDocuments([doc]).then(([summary]) => summary!);
  }

  /**
   * Adds many documents at once (an import): their files first, then the index once, so a large
   * import writes library.json once rather than once a document; if any write fails, none of
   * them is in the library.
   */
  addDocuments(docs: readonly StoredDocument[]): Promise<DocumentSummary[]> {
    return this.applyImport((library) => library, new Map(), docs);
  }

  /**
   * Writes an import in one step under the lock, so nothing changes between its checks and its
   * writes: `changeLibrary` gives library.json's registries from the library as it is, and each of
   * `documentChanges` an existing document's next version from the document as it is; either
   * throws to refuse, and nothing is written until all have run. The writes are all or none (see
   * writeImport); resolves to the new documents' index entries.
   */
  applyImport(changeLibrary: (library: LibraryFile) => LibraryFile, documentChanges: ReadonlyMap<string, (doc: StoredDocument) => StoredDocument>, newDocuments: readonly StoredDocument[]): Promise<DocumentSummary[]> {
    return this.queue.run(async () => {
      this.assertWritable();
      const nextLibrary = changeLibrary(this.library);
      // after the caller's own checks, which can say it in its words
      if (newDocuments.some((doc) => this.library.documents.some((d) => d.id === doc.id))) throw new AppFailure('invalid-argument', 'A document of the import is in the library already.');
      const rewrites: DocumentRewrite[] = [];
      for (const [id, change] of documentChanges) {
        // a document gone since is not found; one found written by a newer version is read-only
        const before = await this.loadDocument(id);
        this.assertWritable(id);
        rewrites.push({ before, after: change(before) });
      }
      await this.backupIfDue();
      const writer: ImportWriter = {
        writeLibrary: (next) => this.writeLibrary(next),
        writeDocument: (doc) => this.writeDocument(doc),
        // those who were told of a new document are told it is gone
        removeNewDocuments: async (docs) => {
          for (const doc of docs) {
            this.cache.delete(doc.id);
            await this.fs.unlink(this.paths.documentFile(doc.id)).catch(() => undefined);
            this.changes.emit({ kind: 'removed', documentId: doc.id });
          }
        },
      };
      return writeImport(writer, this.library, nextLibrary, rewrites, newDocuments);
    });
  }

  /** Replaces a document with what `change` returns (its claims changed, it is dated now); resolves once it is on disk. */
  updateDocument(id: string, change: (doc: StoredDocument) => StoredDocument): Promise<StoredDocument> {
    return this.queue.run(async () => {
      this.assertWritable(id);
      const next = changedAndDated(await this.loadDocument(id), change, this.clock);
      await this.backupIfDue();
      const summary = await this.writeDocument(next);
      this.setDocuments(this.library.documents.map((d) => (d.id === id ? summary : d)));
      return next;
    });
  }

  /** Replaces library.json with what `change` returns, on disk; `check` runs first under the same lock and throws to refuse, so what it read stays so. */
  updateLibrary(change: (library: LibraryFile) => LibraryFile, check?: (library: LibraryFile, read: LockedReader) => Promise<void>): Promise<LibraryFile> {
    return this.queue.run(async () => {
      this.assertWritable();
      await check?.(this.library, { documentSummaries: () => this.documentSummaries(), document: (id) => this.loadDocument(id), trash: this.trash });
      const next = change(this.library);
      await this.backupIfDue();
      await this.writeLibrary(next);
      return next;
    });
  }

  /** Moves a document to the trash. */
  trashDocument(id: string): Promise<void> {
    return this.queue.run(async () => {
      this.assertWritable(id);
      this.summaryOf(id);
      await this.backupIfDue();
      await guardWrite(() => this.trash.put(id, this.clock()), this.trash.fileOf(id));
      try {
        await this.writeLibrary({ ...this.library, documents: this.library.documents.filter((d) => d.id !== id) });
      } catch (error) {
        await this.trash.takeBack(id).catch(() => undefined);
        throw error;
      }
      this.cache.delete(id);
      this.changes.emit({ kind: 'removed', documentId: id });
    });
  }

  /** Brings a document back from the trash. */
  restoreFromTrash(id: string): Promise<DocumentSummary> {
    return this.queue.run(async () => {
      this.assertWritable();
      if (this.library.documents.some((d) => d.id === id)) throw new AppFailure('invalid-argument', 'That document is already in the library.');
      const doc = await this.trash.read(id);
      if (!doc) throw new AppFailure('not-found', `There is no readable document ${id} in the trash.`);
      await guardWrite(() => this.trash.takeBack(id), this.paths.documentFile(id));
      const stamp = await stampOf(this.fs, this.paths.documentFile(id));
      const summary = summarizeDocument(doc, stamp ?? { size: -1, mtimeMs: -1 });
      try {
        await this.writeLibrary({ ...this.library, documents: [...this.library.documents, summary] });
      } catch (error) {
        await this.trash.put(id, new Date(stamp?.mtimeMs ?? Date.now()).toISOString()).catch(() => undefined);
        throw error;
      }
      this.changes.emit({ kind: 'document', document: doc });
      return summary;
    });
  }

  emptyTrash(): Promise<number> {
    return this.queue.run(async () => {
      this.assertWritable();
      return guardWrite(() => this.trash.empty(), this.paths.trashDir);
    });
  }

  /** Runs a step of the store under the lock of its queue (for recovery operations). */
  exclusive<T>(task: () => Promise<T>): Promise<T> {
    return this.queue.run(task);
  }

  /** Drops every loaded document and reads library.json and the index again (after a restore: `quietIndex`). Call within `exclusive`. */
  async reloadUnlocked(quietIndex = false): Promise<void> {
    this.cache.clear();
    this.readOnlyDocuments.clear();
    await this.loadLibrary(quietIndex);
    this.changes.emit({ kind: 'reloaded' });
  }

  /** Writes a document's file durably and returns its index entry (with the new file stamp). */
  private async writeDocument(doc: StoredDocument): Promise<DocumentSummary> {
    const path = this.paths.documentFile(doc.id);
    await this.write(null, doc, path);
    this.cache.set(doc.id, doc);
    this.changes.emit({ kind: 'document', document: doc });
    // once the file is written the write has succeeded: a stamp that cannot be read is unknown, not a failure
    const stamp = await stampOf(this.fs, path).catch(() => null);
    return summarizeDocument(doc, stamp ?? { size: -1, mtimeMs: -1 });
  }

  /** Writes a document recovered from a backup, and its index entry. Call within `exclusive`. */
  async replaceDocumentUnlocked(doc: StoredDocument): Promise<void> {
    this.assertWritable();
    this.readOnlyDocuments.delete(doc.id);
    const summary = await this.writeDocument(doc);
    const others = this.library.documents.filter((d) => d.id !== summary.id);
    await this.writeLibrary({ ...this.library, documents: [...others, summary] });
  }

  /** Takes a backup if one is due (in the queue, before a change). */
  private backupIfDue(): Promise<void> {
    return this.schedule.beforeChange(() => this.flushIndexUnlocked());
  }

  /** Waits for a backup still being completed (hashing and copying run outside the queue). */
  backupsSettled(): Promise<unknown> {
    return this.schedule.settled();
  }

  private setDocuments(documents: DocumentSummary[]): void {
    this.libraryDb.data = { ...this.library, documents };
    this.indexWrite.changed();
  }

  private async flushIndexUnlocked(): Promise<void> {
    if (!this.indexWrite.pending || this.libraryReadOnly) return;
    await this.writeLibrary(this.library);
  }

  /** Writes library.json, its index included (so no deferred index write is left pending). */
  private async writeLibrary(next: LibraryFile): Promise<void> {
    await this.write(this.libraryDb, next, this.paths.libraryFile);
    this.indexWrite.written();
  }

  /** Writes a file durably, then (and only then) updates its lowdb holder. */
  private async write<T>(db: Low<T> | null, next: T, file: string): Promise<void> {
    await guardWrite(() => new JsonFileAdapter<T>(file, this.fs).write(next), file);
    if (db) db.data = next;
    this.schedule.markChanged();
  }

  /** Writes pending index changes and waits for queued writes. */
  async flush(): Promise<void> {
    await this.queue.run(() => this.flushIndexUnlocked());
  }

  /**
   * Writes pending index changes, backs up the session's changes (so work done since the last
   * backup is covered too), waits for queued writes and backups, and releases the lock.
   */
  async close(): Promise<void> {
    this.indexWrite.cancel();
    await this.queue.run(() => this.flushIndexUnlocked()).catch(() => undefined);
    await this.queue.run(() => this.schedule.onClose());
    await this.queue.idle();
    await this.lock?.release();
    this.lock = null;
  }
}
