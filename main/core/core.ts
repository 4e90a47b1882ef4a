// The application core: one library store and the services on it. The Electron shell, the web
// bridge and the command line all drive the same core; it never imports electron.
import type { ExportFormat, ExportJobView, LibraryView, RenderedExport } from '@shared/bridge/contract';
import { AppFailure } from '@shared/bridge/result';
import { claimCountsOf, type DocumentMeta, type EditableMeta } from '@shared/domain/document';
import { newId, now } from '@shared/domain/primitives';
import { EXPORT_FORMATS } from '@shared/formats/export-formats';
import { exportTitle } from '@shared/formats/export-scope';
import { isEmptyFilter, type ClaimFilter } from '@shared/search/claim-filter';
import { languageTagOf, unknownLanguageMessage } from '@shared/text/language-tag';
import { APP_VERSION } from './app-version';
import { ClaimCatalog } from './catalog/claim-catalog';
import { TagService } from './catalog/tag-service';
import { BulkEditService } from './claims/bulk-edit';
import { ClaimService } from './claims/claim-service';
import { TextService } from './documents/text-service';
import { ExchangeService } from './exchange/exchange-service';
import { CreatedSources } from './sources/created-sources';
import { SourceService } from './sources/source-service';
import { inProcessDetector, type AttributionDetector } from './suggestions/attribution-detector';
import { SuggestionService } from './suggestions/suggestion-service';
import { inProcessParser, type FileParser } from './documents/file-parser';
import { ImportService } from './documents/import-service';
import type { ExportFeed } from './exports/export-feed';
import { DEFAULT_REVIEWER_NAME } from '@shared/formats/claim-review';
import { claimReviewNote } from './exports/claim-review-note';
import { collectExport, exportFileName, writeExport } from './exports/render-export';
import { inProcessRenderer, withClaims, type DocumentRenderer } from './exports/document-renderer';
import { ExportJobs } from './exports/export-jobs';
import type { StreamOptions } from './exports/stream-options';
import { sampleArticle, SAMPLE_FILE_NAME } from './samples/sample-article';
import { ClaimQueryService } from './search/claim-query-service';
import { ClaimSearchIndex } from './search/claim-search-index';
import { DocumentSearchIndex } from './search/document-search-index';
import { SetService } from './sets/set-service';
import { restoreDocument, restoreLibrary } from './store/backup-restore';
import { nodeFileSystem, type FileSystem } from './store/file-system';
import { LibraryStore, type LibraryStoreOptions } from './store/library-store';

/** Which claims an export takes: those of a saved set, or those a filter selects. */
export interface ClaimScope {
  setId?: string | undefined;
  filter?: ClaimFilter | undefined;
}

/** The claims of an export of a saved set or a filter, by document, and the export's title. */
export interface ExportSelection {
  claimsByDocument: ReadonlyMap<string, readonly string[]>;
  title: string;
  /** the selected claims, counted by status id */
  statusCounts: Readonly<Record<string, number>>;
}

export interface CoreOptions extends LibraryStoreOptions {
  clock?: () => string;
  /** How files are parsed; in-process unless given (the app and CLI give a worker-thread parser). */
  parser?: FileParser;
  /** How documents are rendered for streamed exports; in-process unless given (the app and CLI give a worker pool). */
  exportRenderer?: DocumentRenderer;
  /** Where the claim suggester runs; in-process unless given (the app and CLI give a worker thread). */
  detector?: AttributionDetector;
}

export class Core {
  readonly imports: ImportService;
  readonly claims: ClaimService;
  readonly catalog: ClaimCatalog;
  readonly sources: SourceService;
  readonly createdSources: CreatedSources;
  readonly tags: TagService;
  readonly texts: TextService;
  readonly exchange: ExchangeService;
  readonly claimIndex: ClaimSearchIndex;
  readonly claimQueries: ClaimQueryService;
  readonly documentSearch: DocumentSearchIndex;
  readonly bulkEdits: BulkEditService;
  readonly sets: SetService;
  readonly suggestions: SuggestionService;
  readonly exportJobs = new ExportJobs();

  private constructor(
    readonly store: LibraryStore,
    readonly clock: () => string,
    private readonly fs: FileSystem,
    parser: FileParser,
    private readonly exportRenderer: DocumentRenderer,
    private readonly detector: AttributionDetector,
  ) {
    this.imports = new ImportService(store, clock, parser);
    this.claims = new ClaimService(store, clock);
    this.catalog = new ClaimCatalog(store);
    this.sources = new SourceService(store, this.catalog, clock);
    this.createdSources = new CreatedSources(store, this.catalog);
    this.tags = new TagService(store, this.catalog, clock);
    this.texts = new TextService(store, parser, clock);
    this.exchange = new ExchangeService(store, clock);
    this.claimIndex = new ClaimSearchIndex(this.catalog);
    this.claimQueries = new ClaimQueryService(store, this.catalog, this.claimIndex);
    this.documentSearch = new DocumentSearchIndex(store);
    this.bulkEdits = new BulkEditService(store, this.claimQueries, clock);
    this.sets = new SetService(store, this.claimQueries, clock);
    this.suggestions = new SuggestionService(store, detector);
  }

  static async open(libraryDir: string, options: CoreOptions = {}): Promise<Core> {
    const store = await LibraryStore.open(libraryDir, options);
    return new Core(store, options.clock ?? now, options.fs ?? nodeFileSystem, options.parser ?? inProcessParser, options.exportRenderer ?? inProcessRenderer(), options.detector ?? inProcessDetector);
  }

  /**
   * Builds the claim catalog, the search indexes and the tag index in the background, so the
   * first search is quick, then warms the claim suggester (in its worker, when it has one).
   */
  warmInBackground(delayMs = 1000): void {
    const warm = async () => {
      await this.claimIndex.warm();
      await this.claimQueries.warm();
      await this.documentSearch.warm();
      await this.detector.warm?.();
    };
    setTimeout(() => void warm().catch(() => undefined), delayMs).unref();
  }

  libraryView(): LibraryView {
    const { library } = this.store;
    return {
      location: this.store.paths.root,
      readOnly: this.store.readOnly,
      taxonomy: library.taxonomy,
      sources: library.sources,
      settings: library.settings,
      sets: library.sets,
      documents: library.documents,
      notices: this.store.notices.all(),
      trashed: this.store.trash.count,
    };
  }

  /** Corrects a document's metadata (title, byline, outlet, date, URL, language, direction). */
  async updateMeta(documentId: string, changes: EditableMeta): Promise<DocumentMeta> {
    // a language given is a tag the detector and the exports can read ("English" is kept as "en")
    const language = changes.language === undefined ? undefined : languageTagOf(changes.language);
    if (language === null) throw new AppFailure('invalid-argument', unknownLanguageMessage(changes.language!));
    const checked = language === undefined ? changes : { ...changes, language };
    const doc = await this.store.updateDocument(documentId, (d) => ({ ...d, meta: { ...d.meta, ...checked, updatedAt: this.clock() } }));
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

  /**
   * The documents to export, read one at a time: the given ones, or the whole library when none
   * are given; with a selection (a saved set or a filter), only the claims it selects, in the
   * documents that hold them.
   */
  exportFeed(documentIds: readonly string[], selection?: ExportSelection): ExportFeed {
    const summaries = this.store.documentSummaries();
    const byId = new Map(summaries.map((d) => [d.id, d]));
    const chosen = selection?.claimsByDocument;
    const ids = chosen ? summaries.filter((d) => chosen.has(d.id)).map((d) => d.id) : documentIds.length > 0 ? [...documentIds] : summaries.map((d) => d.id);
    const missing = ids.find((id) => !byId.has(id));
    if (missing) throw new AppFailure('not-found', `There is no document ${missing} in this library.`);
    if (ids.length === 0) throw new AppFailure('not-found', chosen ? 'No claim matches, so there is nothing to export.' : 'There are no documents to export.');
    const { library } = this.store;
    const base = { taxonomy: library.taxonomy, sources: library.sources, settings: library.settings, sets: library.sets, generatedAt: this.clock(), appVersion: APP_VERSION };
    const exportId = newId();
    return {
      base,
      documentIds: ids,
      title: selection?.title ?? exportTitle(ids.map((id) => byId.get(id)!.title)),
      claimTotal: chosen ? [...chosen.values()].reduce((n, claims) => n + claims.length, 0) : ids.reduce((n, id) => n + byId.get(id)!.claimTotal, 0),
      load: async (id) => withClaims(await this.store.getDocument(id), chosen?.get(id)),
      parts: (id, format) => this.exportRenderer.render({ exportId, base, path: this.store.paths.documentFile(id), title: byId.get(id)!.title, format, claimIds: chosen?.get(id) }),
      width: this.exportRenderer.width,
      settle: () => this.store.flush(),
    };
  }

  /** An export in memory, for a download from the browser. */
  async renderExport(format: ExportFormat, documentIds: readonly string[], selection?: ExportSelection): Promise<RenderedExport> {
    return collectExport(this.exportFeed(documentIds, selection), format);
  }

  /** The file name an export suggests. */
  exportFileName(format: ExportFormat, documentIds: readonly string[], selection?: ExportSelection): string {
    return exportFileName(this.exportFeed(documentIds, selection), format);
  }

  /** Starts an export kept in memory for a download (the browser build), to follow and cancel. */
  startExport(format: ExportFormat, documentIds: readonly string[], selection?: ExportSelection): ExportJobView {
    const feed = this.exportFeed(documentIds, selection);
    return this.exportJobs.start({ total: feed.documentIds.length, note: this.exportNote(format, feed, selection), run: (signal, onProgress) => collectExport(feed, format, { signal, onProgress }) });
  }

  /**
   * What the user is told beside the file: for ClaimReview, the claims without a verdict that it
   * leaves out, and that the settings name no publisher.
   */
  private exportNote(format: ExportFormat, feed: ExportFeed, selection: ExportSelection | undefined): string {
    if (format !== 'claimreview') return '';
    const unnamed = this.store.library.settings.reviewer.name === '' ? `The reviews are published by “${DEFAULT_REVIEWER_NAME}”: name your organisation under Settings, ClaimReview publisher.` : '';
    return [this.verdictNote(feed, selection), unnamed].filter((note) => note !== '').join(' ');
  }

  /** The claims without a verdict a ClaimReview export leaves out, by status. */
  private verdictNote(feed: ExportFeed, selection: ExportSelection | undefined): string {
    const { taxonomy } = this.store.library;
    if (selection) return claimReviewNote(selection.statusCounts, taxonomy);
    // whole documents: their index entries have the counts, without reading a document
    const exported = new Set(feed.documentIds);
    const counts: Record<string, number> = {};
    for (const summary of this.store.documentSummaries()) {
      if (!exported.has(summary.id)) continue;
      for (const [status, count] of Object.entries(summary.claimCounts)) counts[status] = (counts[status] ?? 0) + count;
    }
    return claimReviewNote(counts, taxonomy);
  }

  /** Starts an export into a file (the desktop app), to follow and cancel. */
  startExportToFile(format: ExportFormat, documentIds: readonly string[], path: string, selection?: ExportSelection): ExportJobView {
    const feed = this.exportFeed(documentIds, selection);
    return this.exportJobs.start({ total: feed.documentIds.length, note: this.exportNote(format, feed, selection), run: async (signal, onProgress) => (await writeExport(feed, format, path, { signal, onProgress }), path) });
  }

  /** Streams an export into a file (the desktop app and the command line). */
  writeExport(format: ExportFormat, documentIds: readonly string[], path: string, options: StreamOptions = {}, selection?: ExportSelection): Promise<void> {
    return writeExport(this.exportFeed(documentIds, selection), format, path, options);
  }

  /**
   * The claims an export of a saved set or a filter holds, by document (none given: the export
   * takes whole documents). A library archive always takes whole documents.
   */
  async exportSelection(format: ExportFormat, claims: ClaimScope | undefined): Promise<ExportSelection | undefined> {
    if (!claims || (!claims.setId && !claims.filter) || EXPORT_FORMATS[format].wholeLibrary) return undefined;
    const set = claims.setId ? this.store.library.sets.find((s) => s.id === claims.setId) : undefined;
    if (claims.setId && !set) throw new AppFailure('not-found', `There is no saved set ${claims.setId}.`);
    const filter = set?.filter ?? claims.filter!;
    const { claims: selected } = await this.claimQueries.select(filter, { column: 'document', descending: false });
    const claimsByDocument = new Map<string, string[]>();
    for (const claim of selected) {
      const ids = claimsByDocument.get(claim.documentId);
      if (ids) ids.push(claim.id);
      else claimsByDocument.set(claim.documentId, [claim.id]);
    }
    // the export's title (a report's heading, the file's name): the set's name, else the documents
    // as a whole-library export names them ("3 documents"), marked as filtered when the filter is not empty
    const titles = this.store.documentSummaries().filter((d) => claimsByDocument.has(d.id)).map((d) => d.title);
    const title = set?.name ?? (isEmptyFilter(filter) ? exportTitle(titles) : `${exportTitle(titles)} (filtered)`);
    return { claimsByDocument, title, statusCounts: claimCountsOf(selected).claimCounts };
  }

  close(): Promise<void> {
    return this.store.close();
  }
}
