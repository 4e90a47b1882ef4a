// The application core: one library store and the services on it. The Electron shell, the web
// bridge and the command line all drive the same core; it never imports electron.
import type { ExportFormat, ExportJobView, LibraryView, RenderedExport } from '@shared/bridge/contract';
import { AppFailure } from '@shared/bridge/result';
import type { DocumentMeta, EditableMeta } from '@shared/domain/document';
import { newId, now } from '@shared/domain/primitives';
import { exportTitle } from '@shared/formats/export-scope';
import { APP_VERSION } from './app-version';
import { ClaimCatalog } from './catalog/claim-catalog';
import { TagService } from './catalog/tag-service';
import { ClaimService } from './claims/claim-service';
import { TextService } from './documents/text-service';
import { ExchangeService } from './exchange/exchange-service';
import { SourceService } from './sources/source-service';
import { SuggestionService } from './suggestions/suggestion-service';
import { inProcessParser, type FileParser } from './documents/file-parser';
import { ImportService } from './documents/import-service';
import type { ExportFeed } from './exports/export-feed';
import { collectExport, exportFileName, writeExport } from './exports/render-export';
import { inProcessRenderer, type DocumentRenderer } from './exports/document-renderer';
import { ExportJobs } from './exports/export-jobs';
import type { StreamOptions } from './exports/stream-options';
import { sampleArticle, SAMPLE_FILE_NAME } from './samples/sample-article';
import { restoreDocument, restoreLibrary } from './store/backup-restore';
import { nodeFileSystem, type FileSystem } from './store/file-system';
import { LibraryStore, type LibraryStoreOptions } from './store/library-store';

export interface CoreOptions extends LibraryStoreOptions {
  clock?: () => string;
  /** How files are parsed; in-process unless given (the app and CLI give a worker-thread parser). */
  parser?: FileParser;
  /** How documents are rendered for streamed exports; in-process unless given (the app and CLI give a worker pool). */
  exportRenderer?: DocumentRenderer;
}

export class Core {
  readonly imports: ImportService;
  readonly claims: ClaimService;
  readonly catalog: ClaimCatalog;
  readonly sources: SourceService;
  readonly tags: TagService;
  readonly texts: TextService;
  readonly exchange: ExchangeService;
  readonly suggestions: SuggestionService;
  readonly exportJobs = new ExportJobs();

  private constructor(
    readonly store: LibraryStore,
    readonly clock: () => string,
    private readonly fs: FileSystem,
    parser: FileParser,
    private readonly exportRenderer: DocumentRenderer,
  ) {
    this.imports = new ImportService(store, clock, parser);
    this.claims = new ClaimService(store, clock);
    this.catalog = new ClaimCatalog(store);
    this.sources = new SourceService(store, this.catalog, clock);
    this.tags = new TagService(store, this.catalog, clock);
    this.texts = new TextService(store, parser, clock);
    this.exchange = new ExchangeService(store, clock);
    this.suggestions = new SuggestionService(store);
  }

  static async open(libraryDir: string, options: CoreOptions = {}): Promise<Core> {
    const store = await LibraryStore.open(libraryDir, options);
    return new Core(store, options.clock ?? now, options.fs ?? nodeFileSystem, options.parser ?? inProcessParser, options.exportRenderer ?? inProcessRenderer());
  }

  libraryView(): LibraryView {
    const { library } = this.store;
    return {
      location: this.store.paths.root,
      readOnly: this.store.readOnly,
      taxonomy: library.taxonomy,
      sources: library.sources,
      settings: library.settings,
      documents: library.documents,
      notices: this.store.notices.all(),
      trashed: this.store.trash.count,
    };
  }

  /** Corrects a document's metadata (title, byline, outlet, date, URL, language, direction). */
  async updateMeta(documentId: string, changes: EditableMeta): Promise<DocumentMeta> {
    const doc = await this.store.updateDocument(documentId, (d) => ({ ...d, meta: { ...d.meta, ...changes, updatedAt: this.clock() } }));
    return doc.meta;
  }

  restoreBackup(backupId?: string) {
    return restoreLibrary(this.store, this.fs, backupId);
  }

  restoreDocument(documentId: string) {
    return restoreDocument(this.store, this.fs, documentId);
  }

  openSample() {
    return this.imports.importParsed(sampleArticle(), SAMPLE_FILE_NAME, 'sample');
  }

  /** The documents to export, read one at a time: the given ones, or the whole library when none are given. */
  exportFeed(documentIds: readonly string[]): ExportFeed {
    const summaries = this.store.documentSummaries();
    const byId = new Map(summaries.map((d) => [d.id, d]));
    const ids = documentIds.length > 0 ? [...documentIds] : summaries.map((d) => d.id);
    const missing = ids.find((id) => !byId.has(id));
    if (missing) throw new AppFailure('not-found', `There is no document ${missing} in this library.`);
    if (ids.length === 0) throw new AppFailure('not-found', 'There are no documents to export.');
    const { library } = this.store;
    const base = { taxonomy: library.taxonomy, sources: library.sources, settings: library.settings, generatedAt: this.clock(), appVersion: APP_VERSION };
    const exportId = newId();
    return {
      base,
      documentIds: ids,
      title: exportTitle(ids.map((id) => byId.get(id)!.title)),
      claimTotal: ids.reduce((n, id) => n + byId.get(id)!.claimTotal, 0),
      load: (id) => this.store.getDocument(id),
      parts: (id, format) => this.exportRenderer.render({ exportId, base, path: this.store.paths.documentFile(id), title: byId.get(id)!.title, format }),
      width: this.exportRenderer.width,
      settle: () => this.store.flush(),
    };
  }

  /** An export in memory, for a download from the browser. */
  async renderExport(format: ExportFormat, documentIds: readonly string[]): Promise<RenderedExport> {
    return collectExport(this.exportFeed(documentIds), format);
  }

  /** The file name an export suggests. */
  exportFileName(format: ExportFormat, documentIds: readonly string[]): string {
    return exportFileName(this.exportFeed(documentIds), format);
  }

  /** Starts an export kept in memory for a download (the browser build), to follow and cancel. */
  startExport(format: ExportFormat, documentIds: readonly string[]): ExportJobView {
    const feed = this.exportFeed(documentIds);
    return this.exportJobs.start({ total: feed.documentIds.length, run: (signal, onProgress) => collectExport(feed, format, { signal, onProgress }) });
  }

  /** Starts an export into a file (the desktop app), to follow and cancel. */
  startExportToFile(format: ExportFormat, documentIds: readonly string[], path: string): ExportJobView {
    const feed = this.exportFeed(documentIds);
    return this.exportJobs.start({ total: feed.documentIds.length, run: async (signal, onProgress) => (await writeExport(feed, format, path, { signal, onProgress }), path) });
  }

  /** Streams an export into a file (the desktop app and the command line). */
  writeExport(format: ExportFormat, documentIds: readonly string[], path: string, options: StreamOptions = {}): Promise<void> {
    return writeExport(this.exportFeed(documentIds), format, path, options);
  }

  close(): Promise<void> {
    return this.store.close();
  }
}
