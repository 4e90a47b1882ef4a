// Moving documents to the trash and back. Both are steps of the history: Undo of a move brings the
// documents back (and opens again the one that was open), Undo of a restore moves it back to the
// trash. A step whose document is already where the step would put it counts as taken; one whose
// document is gone for good (the trash was emptied) is refused by the core and dropped.
import type { TrashedDocument } from '@shared/bridge/contract';
import { summarizeImport, type ImportReport } from '@shared/formats/import-report';
import type { ClaimActions } from './claim-actions';
import type { Session } from './session';
import { isInLibrary } from './library-documents';

export class TrashActions {
  constructor(
    private readonly session: Session,
    private readonly claims: ClaimActions,
    private readonly refreshLibrary: () => Promise<void>,
    private readonly openDocument: (documentId: string) => Promise<void>,
  ) {}

  private get store() {
    return this.session.store;
  }

  private inLibrary(documentId: string): boolean {
    return isInLibrary(this.store.getState(), documentId);
  }

  private titleOf(documentId: string): string {
    return this.store.getState().library?.documents.find((d) => d.id === documentId)?.title ?? 'The document';
  }

  /** Moves documents to the trash, as one step of the history, and offers Undo. */
  async move(documentIds: readonly string[]): Promise<void> {
    const open = this.store.getState().document?.id;
    const wasOpen = open !== undefined && documentIds.includes(open) ? open : null;
    const title = documentIds.length === 1 ? this.titleOf(documentIds[0]!) : '';
    const moved = await this.moveNow(documentIds);
    if (moved.length === 0) return;
    const label = moved.length === 1 ? `Move “${title}” to the trash` : `Move ${moved.length} documents to the trash`;
    this.claims.record(label, () => this.bringBackNow(moved, wasOpen), async () => (await this.moveNow(moved)).length === moved.length);
    const message = moved.length === 1 ? `"${title}" was moved to the trash.` : `Moved ${moved.length} documents to the trash.`;
    this.session.toast('info', message, { ...this.claims.undoAction(), restores: moved.length === 1 ? moved[0] : undefined });
  }

  /**
   * A document just made from a paste, as a step of the history: Undo moves it to the trash and
   * opens again the document that was open (`openBefore`), Redo brings it back; offered in a toast.
   */
  recordPasted(document: { id: string; title: string }, openBefore: string | null): void {
    const { id, title } = document;
    // documents open or open again only where the user reads them: in the library's screens they stay where they are
    const reading = () => this.store.getState().panel === 'document';
    this.claims.record(
      `Paste “${title}” as a new document`,
      async () => {
        const moved = (await this.moveNow([id])).length === 1;
        if (moved && reading() && this.store.getState().document === null && openBefore !== null && this.inLibrary(openBefore)) await this.openDocument(openBefore);
        return moved;
      },
      async () => {
        const back = await this.bringBackNow([id], null);
        if (back && reading()) await this.openDocument(id);
        return back;
      },
    );
    this.session.toast('info', `Pasted as a new document: "${title}".`, this.claims.undoAction());
  }

  /**
   * Annotation sets just imported, as one step of the history: Undo takes their claims out of the
   * documents they changed (and puts back the ones they updated) and moves the documents they
   * added to the trash; Redo brings all of it back. Offered in a toast.
   */
  recordImported(reports: readonly ImportReport[]): void {
    const added = reports.flatMap((r) => r.documentsAdded.map((d) => d.id));
    const changes = reports.flatMap((r) => r.claimChanges);
    if (added.length === 0 && changes.length === 0) return;
    const label = reports.length === 1 ? `Import “${reports[0]!.fileName}”` : `Import ${reports.length} annotation sets`;
    this.claims.recordImport(label, changes, {
      undo: async () => added.length === 0 || (await this.moveNow(added)).length === added.length,
      redo: async () => added.length === 0 || this.bringBackNow(added, null),
    });
    this.session.toast('info', `${label.replace(/^Import/, 'Imported')}: ${reports.map(summarizeImport).join('; ')}.`, this.claims.undoAction());
  }

  /** Brings a document back from the Trash screen, as a step of the history. */
  async restore(documentId: string): Promise<boolean> {
    const restored = await this.session.change('trash:restore', { documentId });
    if (!restored) return false;
    this.afterBringingBack([documentId]);
    await this.refreshLibrary();
    this.claims.record(
      `Restore “${restored.title}” from the trash`,
      async () => (await this.moveNow([documentId])).length === 1,
      () => this.bringBackNow([documentId], null),
    );
    this.session.toast('info', `"${restored.title}" is back in the library.`, this.claims.undoAction());
    return true;
  }

  async list(): Promise<TrashedDocument[]> {
    return (await this.session.query('trash:list', {})) ?? [];
  }

  /** Deletes every document in the trash for good (the caller has asked first: this cannot be undone). */
  async empty(): Promise<void> {
    const result = await this.session.change('trash:empty', {});
    // the sidebar's count of documents in the trash
    if (result) await this.refreshLibrary();
    if (result) this.session.toast('info', result.removed === 1 ? 'Deleted 1 document for good.' : `Deleted ${result.removed} documents for good.`);
  }

  /** Moves each document still in the library to the trash; resolves to those now in the trash (stops at a refusal). */
  private async moveNow(documentIds: readonly string[]): Promise<string[]> {
    const moved: string[] = [];
    for (const documentId of documentIds) {
      if (this.inLibrary(documentId) && !(await this.session.change('documents:delete', { documentId }))) break;
      moved.push(documentId);
    }
    this.store.update((s) => (s.document && moved.includes(s.document.id) ? { document: null, selectedClaimId: null } : {}));
    await this.refreshLibrary();
    return moved;
  }

  /** Brings documents back (those already back count as done) and opens again the one that was open. */
  private async bringBackNow(documentIds: readonly string[], wasOpen: string | null): Promise<boolean> {
    const back: string[] = [];
    let all = true;
    for (const documentId of documentIds) {
      if (!this.inLibrary(documentId) && !(await this.session.change('trash:restore', { documentId }))) {
        all = false;
        break;
      }
      back.push(documentId);
    }
    this.afterBringingBack(back);
    await this.refreshLibrary();
    // opened again only where it was read: in the library's screens the user stays where they are
    const { document, panel } = this.store.getState();
    if (all && wasOpen !== null && document === null && panel === 'document') await this.openDocument(wasOpen);
    return all;
  }

  /** Documents back in the library: the toasts that offered to bring them back have nothing left to do. */
  private afterBringingBack(documentIds: readonly string[]): void {
    this.store.update((s) => ({ toasts: s.toasts.filter((t) => t.action?.restores === undefined || !documentIds.includes(t.action.restores)) }));
  }
}
