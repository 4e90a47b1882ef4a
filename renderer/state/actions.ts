// What the user can do with the library and its documents: open, import (files, dialog, paste),
// correct metadata and text, trash, backups, export, links. Claims and the registries have their
// own action classes (claim-actions.ts, registry-actions.ts), reached from here.
import type { BackupInfo, ClaimScope, ExportFormat, ExportJobView, ImportOutcome } from '@shared/bridge/contract';
import { EXPORT_FORMATS } from '@shared/formats/export-formats';
import { isAnnotationFileName, summarizeImport, type ImportReport } from '@shared/formats/import-report';
import { pickEditable, type DocumentMeta, type EditableMeta } from '@shared/domain/document';
import { withClaimsInTextOrder } from '@shared/domain/claim';
import type { BridgeClient } from '../bridge/bridge-client';
import type { AppStore, ImportJob, Panel, ToastAction } from './app-store';
import { ClaimActions } from './claim-actions';
import { LayoutActions } from './layout-actions';
import { LibraryViewLoader } from './library-view-loader';
import { LibraryActions } from './library-actions';
import { RegistryActions } from './registry-actions';
import { Session } from './session';
import { SuggestionActions } from './suggestion-actions';
import { TextActions } from './text-actions';
import { TrashActions } from './trash-actions';
import { toBase64 } from './base64';
import { imagesLeftOutNote } from './images-left-out';

/** How often a running export is asked for its progress. */
const EXPORT_POLL_MS = 120;

export class Actions {
  readonly claims: ClaimActions;
  readonly registry: RegistryActions;
  readonly across: LibraryActions;
  readonly suggestions: SuggestionActions;
  readonly layout: LayoutActions;
  readonly texts: TextActions;
  readonly trash: TrashActions;
  private readonly session: Session;
  private importCancelled = false;
  private readonly libraryView: LibraryViewLoader;

  constructor(
    private readonly store: AppStore,
    readonly bridge: BridgeClient,
  ) {
    this.session = new Session(store, bridge);
    this.libraryView = new LibraryViewLoader(store, bridge);
    this.claims = new ClaimActions(
      this.session,
      (documentId) => this.libraryView.showClaimCounts(documentId),
      (place) => (place.claimId ? this.across.openClaim(place.documentId, place.claimId) : this.openDocument(place.documentId)),
    );
    this.registry = new RegistryActions(
      this.session,
      () => this.loadLibrary(),
      () => this.reloadDocument(),
      this.claims,
      (filter) => this.across.showClaims(filter),
    );
    this.across = new LibraryActions(
      this.session,
      this.claims,
      () => this.loadLibrary(),
      () => this.reloadDocument(),
      (documentId) => this.openDocument(documentId),
    );
    this.suggestions = new SuggestionActions(this.session, this.claims, this.registry);
    this.layout = new LayoutActions(store);
    this.texts = new TextActions(this.session, this.claims, () => this.loadLibrary());
    this.trash = new TrashActions(this.session, this.claims, () => this.loadLibrary(), (documentId) => this.openDocument(documentId));
  }

  get isDesktop(): boolean {
    return this.bridge.kind === 'desktop';
  }

  toast(level: 'info' | 'error', message: string, action?: ToastAction): void {
    this.session.toast(level, message, action);
  }

  dismissToast(id: number): void {
    this.session.dismissToast(id);
  }

  dismissSaveFailure(): void {
    this.session.dropWaiting();
  }

  /** Reads the library view again, once a read that started after this call has its answer (LibraryViewLoader). */
  loadLibrary(): Promise<void> {
    return this.libraryView.load();
  }

  async openDocument(documentId: string): Promise<void> {
    this.store.update({ documentLoading: true });
    const doc = await this.session.query('documents:get', { documentId });
    if (!doc) return this.store.update({ documentLoading: false });
    this.store.update({ document: withClaimsInTextOrder(doc), documentLoading: false, selectedClaimId: null, panel: 'document', correcting: false, openedFromClaims: false });
  }

  /** Reads the open document again (after a change made across the library). */
  async reloadDocument(): Promise<void> {
    const { document, selectedClaimId } = this.store.getState();
    if (!document) return;
    const doc = await this.session.query('documents:get', { documentId: document.id });
    if (doc) this.store.update({ document: withClaimsInTextOrder(doc), selectedClaimId: doc.claims.some((c) => c.id === selectedClaimId) ? selectedClaimId : null });
  }

  closeDocument(): void {
    this.store.update({ document: null, selectedClaimId: null, panel: 'library', correcting: false });
  }

  showPanel(panel: Panel): void {
    this.store.update({ panel, correcting: false });
  }

  /** Opens the Sources screen on one source. */
  showSource(sourceId: string): void {
    this.sourceRequests += 1;
    this.store.update({ panel: 'sources', correcting: false, sourceRequest: { sourceId, nonce: this.sourceRequests } });
  }

  /** The Sources screen has shown the source asked for. */
  sourceShown(): void {
    this.store.update({ sourceRequest: null });
  }

  private sourceRequests = 0;

  toggle(part: 'paletteOpen' | 'shortcutsOpen' | 'backupsOpen', open: boolean): void {
    this.store.update({ [part]: open });
  }

  openBackups(open: boolean): void {
    this.toggle('backupsOpen', open);
  }

  async dismissNotice(id: string): Promise<void> {
    await this.bridge.call('notices:dismiss', { id });
    await this.loadLibrary();
  }

  // ---- importing --------------------------------------------------------------------------

  /** Opens the last document imported; `announce` tells of duplicates and of images left out (a list of many files shows them instead). */
  private async afterImport(outcomes: ImportOutcome[], announce = true): Promise<void> {
    await this.loadLibrary();
    for (const outcome of announce ? outcomes : []) {
      if (outcome.status === 'duplicate') this.toast('info', `"${outcome.document.title}" is already in the library; opened it.`);
    }
    // images left out: one toast, for one article or many (the desktop's Import… dialog takes several files)
    const withImages = announce ? outcomes.filter((outcome) => outcome.imagesLeftOut) : [];
    const [only] = withImages;
    if (withImages.length === 1 && only) this.toast('info', `Imported “${only.document.title}”. ${imagesLeftOutNote(only.imagesLeftOut!)}`);
    else if (withImages.length > 1) this.toast('info', `${withImages.length} of the articles imported had images (${withImages.reduce((n, o) => n + o.imagesLeftOut!, 0)} in all): they were left out; a document keeps the text, captions included.`);
    const last = outcomes.at(-1);
    if (last) await this.openDocument(last.document.id);
  }

  private setJob(index: number, job: Partial<ImportJob>): void {
    this.store.update((s) => ({ importJobs: s.importJobs?.map((j, i) => (i === index ? { ...j, ...job } : j)) ?? null }));
  }

  /**
   * Imports files the user picked or dropped, one after another. Several files get a progress
   * list (with Cancel); a single failure is shown where the user is looking.
   */
  async importFiles(files: readonly File[]): Promise<void> {
    const many = files.length > 1;
    this.importCancelled = false;
    if (many) this.store.update({ importJobs: files.map((f) => ({ name: f.name, state: 'waiting' })) });
    const outcomes: ImportOutcome[] = [];
    const reports: ImportReport[] = [];
    for (const [index, file] of files.entries()) {
      if (this.importCancelled) {
        this.setJob(index, { state: 'cancelled' });
        continue;
      }
      this.setJob(index, { state: 'reading' });
      this.store.update({ busy: many ? `Importing ${index + 1} of ${files.length}: ${file.name}` : `Importing ${file.name}` });
      const bytes = new Uint8Array(await file.arrayBuffer());
      if (isAnnotationFileName(file.name)) {
        const merged = await this.bridge.call('annotations:import', { fileName: file.name, dataBase64: toBase64(bytes), ...this.openDocumentRef() });
        if (merged.ok) reports.push(merged.value);
        else if (!many) this.toast('error', merged.error.message);
        this.setJob(index, merged.ok ? { state: 'imported', message: summarizeImport(merged.value) } : { state: 'failed', message: merged.error.message });
        continue;
      }
      const result = await this.bridge.call('documents:import', { fileName: file.name, dataBase64: toBase64(bytes) });
      if (result.ok) {
        outcomes.push(result.value);
        this.setJob(index, { state: result.value.status === 'duplicate' ? 'duplicate' : 'imported', message: result.value.document.title, note: result.value.imagesLeftOut ? imagesLeftOutNote(result.value.imagesLeftOut) : undefined });
      } else {
        this.setJob(index, { state: 'failed', message: result.error.message });
        if (!many) this.toast('error', result.error.message);
      }
    }
    this.store.update({ busy: null });
    const finished = this.store.getState().importJobs;
    await this.afterImport(outcomes, !many);
    await this.afterMerge(reports);
    if (many && finished) this.settleImportList(finished);
  }

  /**
   * A list of files that all went in as new documents, with nothing to note, gives way to a toast;
   * one with anything else to say stays, and so does a list closed or replaced meanwhile.
   */
  private settleImportList(finished: readonly ImportJob[]): void {
    if (this.store.getState().importJobs !== finished || finished.some((job) => job.state !== 'imported' || job.note !== undefined)) return;
    this.closeImportList();
    this.toast('info', `Import finished: ${finished.length} imported.`);
  }

  /** The open document, for annotations whose target names no document of the library. */
  private openDocumentRef(): { documentId?: string } {
    const { document } = this.store.getState();
    return document ? { documentId: document.id } : {};
  }

  /** Shows what annotation sets did, and the documents they changed or added. */
  private async afterMerge(reports: ImportReport[]): Promise<void> {
    const last = reports.at(-1);
    if (!last) return;
    this.trash.recordImported(reports);
    await this.loadLibrary();
    const added = last.documentsAdded[0];
    if (this.store.getState().document) await this.reloadDocument();
    else if (added) await this.openDocument(added.id);
    this.store.update({ importReport: last });
  }

  closeImportReport(): void {
    this.store.update({ importReport: null });
  }

  cancelImport(): void {
    this.importCancelled = true;
  }

  closeImportList(): void {
    this.store.update({ importJobs: null });
  }

  /**
   * Makes a document of what was pasted (HTML or plain text), as a step of the history: Undo moves it to the trash and
   * opens again the document that was open.
   */
  async importPasted(html: string, text: string): Promise<void> {
    if (html.trim() === '' && text.trim() === '') return;
    const openBefore = this.store.getState().document?.id ?? null;
    this.store.update({ busy: 'Importing the pasted text' });
    const result = await this.bridge.call('documents:importPaste', { ...(html.trim() ? { html } : {}), ...(text.trim() ? { text } : {}) });
    this.store.update({ busy: null });
    if (!result.ok) return this.toast('error', result.error.message);
    await this.afterImport([result.value]);
    if (result.value.status === 'imported') this.trash.recordPasted(result.value.document, openBefore);
  }

  /**
   * A paste over the open document, outside any field: it would make a new document and leave this
   * one, so it is offered, not done (the clipboard is read now; the offer keeps what it held).
   */
  offerPasteAsDocument(html: string, text: string): void {
    if (html.trim() === '' && text.trim() === '') return;
    this.toast('info', 'Make a new document of what was pasted? (To paste into a note or a field, click in it first.)', { label: 'New document', run: () => void this.importPasted(html, text) });
  }

  /** The desktop File > Import… dialog. */
  async importWithDialog(): Promise<void> {
    const batch = await this.session.query('shell:importWithDialog', this.openDocumentRef());
    if (!batch) return;
    for (const failure of batch.failed) this.toast('error', failure.message);
    await this.afterImport(batch.imported);
    await this.afterMerge(batch.merged);
  }

  async openSample(): Promise<void> {
    const outcome = await this.session.query('documents:openSample', {});
    if (outcome) await this.afterImport([outcome]);
  }

  // ---- the open document ------------------------------------------------------------------

  /**
   * Corrects the open document's details, as a step of the history (saves of one document's
   * details in a row are one step, as typing saves at each pause).
   */
  async updateMeta(documentId: string, changes: EditableMeta, onRefused?: (message: string) => void, shownBefore?: DocumentMeta): Promise<boolean> {
    // the details as the form showed them: its last save can land after another document opened
    const open = this.store.getState().document;
    const before = shownBefore ?? (open?.id === documentId ? open.meta : null);
    const after = await this.writeMeta(documentId, changes, onRefused);
    if (!after || !before) return after !== null;
    const setTo = (meta: DocumentMeta) => async () => (await this.writeMeta(documentId, pickEditable(meta))) !== null;
    this.claims.recordJoining(`meta:${documentId}`, `Edit details of “${after.title}”`, setTo(before), setTo(after), { documentId });
    return true;
  }

  private async writeMeta(documentId: string, changes: EditableMeta, onRefused?: (message: string) => void): Promise<DocumentMeta | null> {
    const meta = await this.session.change(
      'documents:updateMeta',
      { documentId, changes },
      (saved) => this.store.update((s) => (s.document?.id === documentId ? { document: { ...s.document, meta: saved } } : {})),
      onRefused,
    );
    if (meta) void this.loadLibrary();
    return meta;
  }

  // ---- backups ----------------------------------------------------------------------------

  async listBackups(): Promise<BackupInfo[]> {
    return (await this.session.query('backups:list', {})) ?? [];
  }

  /** Restores the library to a backup, then reloads everything. */
  async restoreBackup(backupId: string): Promise<boolean> {
    this.store.update({ busy: 'Restoring the backup…' });
    const result = await this.session.query('backups:restore', { backupId });
    this.store.update({ busy: null });
    if (!result) return false;
    // the steps of the history undo and redo changes the restore took away
    this.claims.forgetHistory();
    this.store.update({ document: null, selectedClaimId: null, backupsOpen: false });
    await this.loadLibrary();
    return true;
  }

  /** Restores one document from its newest sound backup; true when it worked. */
  async restoreDocumentFromBackup(documentId: string): Promise<boolean> {
    if (!(await this.session.query('backups:restoreDocument', { documentId }))) return false;
    this.claims.forgetHistory(documentId);
    await this.loadLibrary();
    await this.openDocument(documentId);
    return true;
  }

  // ---- out of the app ---------------------------------------------------------------------

  /** Stops the export that is running; its job reports it cancelled, and no file is left. */
  cancelExport(): void {
    const job = this.store.getState().exportJob;
    if (job) void this.bridge.call('exports:cancel', { jobId: job.jobId });
  }

  /**
   * Exports claims: a native save dialog on the desktop, a download in the browser. The export
   * runs as a job whose progress shows (with Cancel) until it is done.
   */
  async exportClaims(format: ExportFormat, documentIds: string[], claims?: ClaimScope): Promise<void> {
    const label = EXPORT_FORMATS[format].label;
    const args = { format, documentIds, ...(claims ? { claims } : {}) };
    const started = this.isDesktop ? await this.session.query('shell:exportWithDialog', args) : await this.session.query('exports:start', args);
    if (!started) return;
    let job: ExportJobView | null = started;
    while (job?.state === 'running') {
      this.store.update({ exportJob: { ...job, label } });
      await new Promise((resolve) => setTimeout(resolve, EXPORT_POLL_MS));
      job = await this.session.query('exports:job', { jobId: job.jobId });
    }
    this.store.update({ exportJob: null });
    if (!job) return;
    if (job.state !== 'done') return this.toast(job.state === 'failed' ? 'error' : 'info', job.message);
    const note = job.message === '' ? '' : ` ${job.message}`;
    if (job.path !== null) return this.toast('info', `Exported to ${job.path}.${note}`);
    const rendered = await this.session.query('exports:take', { jobId: job.jobId });
    if (!rendered) return;
    const body = rendered.encoding === 'base64' ? Uint8Array.from(atob(rendered.content), (c) => c.charCodeAt(0)) : rendered.content;
    const url = URL.createObjectURL(new Blob([body], { type: rendered.mediaType }));
    const link = document.createElement('a');
    link.href = url;
    link.download = rendered.fileName;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
    this.toast('info', `Exported ${rendered.fileName}.${note}`);
  }

  /** Asks before a link leaves the app (the dialog shows the whole URL). */
  askToOpenLink(url: string): void {
    this.store.update({ linkToOpen: url });
  }

  dismissLink(): void {
    this.store.update({ linkToOpen: null });
  }

  /** Opens a confirmed link: the system browser on the desktop, a new tab in the browser. */
  async openLink(url: string): Promise<void> {
    this.store.update({ linkToOpen: null });
    if (this.isDesktop) await this.session.query('shell:openExternal', { url });
    else window.open(url, '_blank', 'noopener,noreferrer');
  }
}
