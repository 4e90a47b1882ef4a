// What the user can do, as calls through the bridge that update the store. Every change is
// acknowledged by the core only once it is on disk; until then the status bar says "saving",
// and a failure says "NOT SAVED" with the reason and a retry.
import type { Channel } from '@shared/bridge/channels';
import type { Args, BackupInfo, ExportFormat, ImportOutcome, ResultOf, TrashedDocument } from '@shared/bridge/contract';
import type { Result } from '@shared/bridge/result';
import type { Claim, ClaimChanges } from '@shared/domain/claim';
import { compareClaimsByPosition } from '@shared/domain/claim';
import type { Source } from '@shared/domain/source';
import type { BridgeClient } from '../bridge/bridge-client';
import type { AppStore, ImportJob, Panel, ToastAction } from './app-store';
import type { EditableMeta } from '@shared/domain/document';

let nextToastId = 1;

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export class Actions {
  constructor(
    private readonly store: AppStore,
    private readonly bridge: BridgeClient,
  ) {}

  get isDesktop(): boolean {
    return this.bridge.kind === 'desktop';
  }

  toast(level: 'info' | 'error', message: string, action?: ToastAction): void {
    const id = nextToastId++;
    this.store.update((s) => ({ toasts: [...s.toasts, { id, level, message, action }].slice(-4) }));
    setTimeout(() => this.dismissToast(id), level === 'error' || action ? 12000 : 5000);
  }

  dismissToast(id: number): void {
    this.store.update((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) }));
  }

  /** Runs a change; counts it as pending until the core confirms it is on disk. */
  private async save<T>(run: () => Promise<Result<T>>, onSaved: (value: T) => void, isRetry = false): Promise<T | null> {
    this.store.update((s) => ({ pendingSaves: s.pendingSaves + 1 }));
    const result = await run();
    this.store.update((s) => ({ pendingSaves: s.pendingSaves - 1 }));
    if (result.ok) {
      if (isRetry) this.store.update({ saveFailure: null });
      onSaved(result.value);
      return result.value;
    }
    if (result.error.code === 'not-saved') {
      this.store.update({ saveFailure: { message: result.error.message, retry: () => void this.save(run, onSaved, true) } });
    } else {
      this.toast('error', result.error.message);
    }
    return null;
  }

  dismissSaveFailure(): void {
    this.store.update({ saveFailure: null });
  }

  async loadLibrary(): Promise<void> {
    const result = await this.bridge.call('library:get', {});
    if (result.ok) this.store.update({ library: result.value, loadError: null });
    else this.store.update({ loadError: result.error.message });
  }

  async openDocument(documentId: string): Promise<void> {
    this.store.update({ documentLoading: true });
    const result = await this.bridge.call('documents:get', { documentId });
    if (!result.ok) {
      this.store.update({ documentLoading: false });
      this.toast('error', result.error.message);
      return;
    }
    this.store.update({ document: result.value, documentLoading: false, selectedClaimId: null, panel: 'document' });
  }

  closeDocument(): void {
    this.store.update({ document: null, selectedClaimId: null, panel: 'document' });
  }

  showPanel(panel: Panel): void {
    this.store.update({ panel });
  }

  async dismissNotice(id: string): Promise<void> {
    await this.bridge.call('notices:dismiss', { id });
    await this.loadLibrary();
  }

  /** Moves a document to the trash, offering to undo. */
  async trashDocument(documentId: string): Promise<void> {
    const title = this.store.getState().library?.documents.find((d) => d.id === documentId)?.title ?? 'The document';
    const done = await this.save(() => this.bridge.call('documents:delete', { documentId }), () => undefined);
    if (!done) return;
    this.store.update((s) => (s.document?.id === documentId ? { document: null, selectedClaimId: null } : {}));
    await this.loadLibrary();
    this.toast('info', `"${title}" was moved to the trash.`, { label: 'Undo', run: () => void this.restoreFromTrash(documentId) });
  }

  /** Reads something from the core; a failure is shown and gives null. */
  private async query<C extends Channel>(channel: C, args: Args<C>): Promise<ResultOf<C> | null> {
    const result = await this.bridge.call(channel, args);
    if (result.ok) return result.value;
    this.toast('error', result.error.message);
    return null;
  }

  async listTrash(): Promise<TrashedDocument[]> {
    return (await this.query('trash:list', {})) ?? [];
  }

  async restoreFromTrash(documentId: string): Promise<boolean> {
    const restored = await this.save(() => this.bridge.call('trash:restore', { documentId }), () => undefined);
    if (!restored) return false;
    await this.loadLibrary();
    this.toast('info', `"${restored.title}" is back in the library.`);
    return true;
  }

  async emptyTrash(): Promise<void> {
    const result = await this.save(() => this.bridge.call('trash:empty', {}), () => undefined);
    if (result) this.toast('info', result.removed === 1 ? 'Deleted 1 document for good.' : `Deleted ${result.removed} documents for good.`);
  }

  openBackups(open: boolean): void {
    this.store.update({ backupsOpen: open });
  }

  async listBackups(): Promise<BackupInfo[]> {
    return (await this.query('backups:list', {})) ?? [];
  }

  /** Restores the library to a backup, then reloads everything. */
  async restoreBackup(backupId: string): Promise<boolean> {
    this.store.update({ busy: 'Restoring the backup…' });
    const result = await this.bridge.call('backups:restore', { backupId });
    this.store.update({ busy: null });
    if (!result.ok) {
      this.toast('error', result.error.message);
      return false;
    }
    this.store.update({ document: null, selectedClaimId: null, backupsOpen: false });
    await this.loadLibrary();
    return true;
  }

  /** Restores one document from its newest sound backup; true when it worked. */
  async restoreDocumentFromBackup(documentId: string): Promise<boolean> {
    const result = await this.bridge.call('backups:restoreDocument', { documentId });
    if (!result.ok) {
      this.toast('error', result.error.message);
      return false;
    }
    await this.loadLibrary();
    await this.openDocument(documentId);
    return true;
  }

  private async afterImport(outcomes: ImportOutcome[], announceDuplicates = true): Promise<void> {
    await this.loadLibrary();
    for (const outcome of outcomes) {
      if (announceDuplicates && outcome.status === 'duplicate') this.toast('info', `"${outcome.document.title}" is already in the library; opened it.`);
    }
    const last = outcomes.at(-1);
    if (last) await this.openDocument(last.document.id);
  }

  private importCancelled = false;

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
    for (const [index, file] of files.entries()) {
      if (this.importCancelled) {
        this.setJob(index, { state: 'cancelled' });
        continue;
      }
      this.setJob(index, { state: 'reading' });
      this.store.update({ busy: many ? `Importing ${index + 1} of ${files.length}: ${file.name}` : `Importing ${file.name}` });
      const bytes = new Uint8Array(await file.arrayBuffer());
      const result = await this.bridge.call('documents:import', { fileName: file.name, dataBase64: toBase64(bytes) });
      if (result.ok) {
        outcomes.push(result.value);
        this.setJob(index, { state: result.value.status === 'duplicate' ? 'duplicate' : 'imported', message: result.value.document.title });
      } else {
        this.setJob(index, { state: 'failed', message: result.error.message });
        if (!many) this.toast('error', result.error.message);
      }
    }
    this.store.update({ busy: null });
    await this.afterImport(outcomes, !many);
  }

  cancelImport(): void {
    this.importCancelled = true;
  }

  closeImportList(): void {
    this.store.update({ importJobs: null });
  }

  /** Imports what was pasted (HTML or plain text) as a new document. */
  async importPasted(html: string, text: string): Promise<void> {
    if (html.trim() === '' && text.trim() === '') return;
    this.store.update({ busy: 'Importing the pasted text' });
    const result = await this.bridge.call('documents:importPaste', { ...(html.trim() ? { html } : {}), ...(text.trim() ? { text } : {}) });
    this.store.update({ busy: null });
    if (!result.ok) return this.toast('error', result.error.message);
    await this.afterImport([result.value]);
  }

  /** Corrects the open document's metadata. */
  async updateMeta(documentId: string, changes: EditableMeta): Promise<boolean> {
    const meta = await this.save(
      () => this.bridge.call('documents:updateMeta', { documentId, changes }),
      (saved) => this.store.update((s) => (s.document?.id === documentId ? { document: { ...s.document, meta: saved } } : {})),
    );
    if (meta) void this.loadLibrary();
    return meta !== null;
  }

  /** The desktop File > Import… dialog. */
  async importWithDialog(): Promise<void> {
    const result = await this.bridge.call('shell:importWithDialog', {});
    if (!result.ok) return this.toast('error', result.error.message);
    for (const failure of result.value.failed) this.toast('error', failure.message);
    await this.afterImport(result.value.imported);
  }

  async openSample(): Promise<void> {
    const result = await this.bridge.call('documents:openSample', {});
    if (!result.ok) return this.toast('error', result.error.message);
    await this.afterImport([result.value]);
  }

  selectClaim(claimId: string | null): void {
    this.store.update({ selectedClaimId: claimId });
  }

  private replaceClaims(documentId: string, change: (claims: Claim[]) => Claim[]): void {
    this.store.update((s) => {
      if (!s.document || s.document.id !== documentId) return {};
      return { document: { ...s.document, claims: change(s.document.claims).sort(compareClaimsByPosition) } };
    });
  }

  async createClaim(documentId: string, start: number, end: number): Promise<Claim | null> {
    return this.save(
      () => this.bridge.call('claims:create', { documentId, start, end }),
      (claim) => {
        this.replaceClaims(documentId, (claims) => [...claims, claim]);
        this.store.update({ selectedClaimId: claim.id });
        void this.loadLibrary();
      },
    );
  }

  async updateClaim(documentId: string, claimId: string, changes: ClaimChanges): Promise<Claim | null> {
    return this.save(
      () => this.bridge.call('claims:update', { documentId, claimId, changes }),
      (claim) => {
        this.replaceClaims(documentId, (claims) => claims.map((c) => (c.id === claim.id ? claim : c)));
        if (changes.status !== undefined) void this.loadLibrary();
      },
    );
  }

  async deleteClaim(documentId: string, claimId: string): Promise<void> {
    await this.save(
      () => this.bridge.call('claims:delete', { documentId, claimId }),
      () => {
        this.replaceClaims(documentId, (claims) => claims.filter((c) => c.id !== claimId));
        this.store.update((s) => (s.selectedClaimId === claimId ? { selectedClaimId: null } : {}));
        void this.loadLibrary();
      },
    );
  }

  async createSource(name: string, kind: string): Promise<Source | null> {
    return this.save(
      () => this.bridge.call('sources:create', { name, kind }),
      (source) =>
        this.store.update((s) =>
          s.library && !s.library.sources.some((x) => x.id === source.id) ? { library: { ...s.library, sources: [...s.library.sources, source] } } : {},
        ),
    );
  }

  /** Exports claims: a native save dialog on the desktop, a download in the browser. */
  async exportClaims(format: ExportFormat, documentIds: string[]): Promise<void> {
    if (this.isDesktop) {
      const result = await this.bridge.call('shell:exportWithDialog', { format, documentIds });
      if (!result.ok) return this.toast('error', result.error.message);
      if (result.value.path) this.toast('info', `Exported to ${result.value.path}`);
      return;
    }
    const result = await this.bridge.call('exports:render', { format, documentIds });
    if (!result.ok) return this.toast('error', result.error.message);
    const blob = new Blob([result.value.content], { type: result.value.mediaType });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = result.value.fileName;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
    this.toast('info', `Exported ${result.value.fileName}`);
  }
}
