// What the user does across the library: filter the claims table, save filters as sets (save,
// rename, update, delete: each a step of the history), edit many claims at once (undoable), open a claim from the table, and
// rename many documents.
import type { Args } from '@shared/bridge/contract';
import type { ClaimFilter, SavedSet } from '@shared/search/claim-filter';
import type { BulkChange, BulkTarget } from '@shared/search/claims-table';
import type { ClaimActions } from './claim-actions';
import type { Session } from './session';
import { counted } from '@shared/text/counted';

function bulkLabel(change: BulkChange, statusLabel: string): string {
  if (change.kind === 'status') return `Set status to ${statusLabel}`;
  return change.kind === 'addTag' ? `Add tag "${change.tag}"` : `Remove tag "${change.tag}"`;
}

const claimsWord = (n: number) => counted(n, 'claim');

export class LibraryActions {
  constructor(
    private readonly session: Session,
    private readonly claims: ClaimActions,
    private readonly refreshLibrary: () => Promise<void>,
    private readonly refreshDocument: () => Promise<void>,
    private readonly openDocument: (documentId: string) => Promise<void>,
  ) {}

  private get store() {
    return this.session.store;
  }

  /** Changes the claims table's filter (the set it came from stays named, as changed). */
  setFilter(filter: ClaimFilter): void {
    this.store.update({ claimsFilter: filter });
  }

  showClaims(filter?: ClaimFilter): void {
    this.store.update((s) => ({ panel: 'claims', correcting: false, claimsFilter: filter ?? s.claimsFilter, activeSetId: filter ? null : s.activeSetId }));
  }

  /** Leaves the saved set, keeping its filter as the current one. */
  leaveSet(): void {
    this.store.update({ activeSetId: null });
  }

  setClaimsView(view: 'table' | 'charts'): void {
    this.store.update({ claimsView: view });
  }

  openSet(set: SavedSet): void {
    this.store.update({ panel: 'claims', correcting: false, claimsFilter: set.filter, activeSetId: set.id });
  }

  async counts(): Promise<Record<string, number>> {
    return (await this.session.query('sets:counts', {})) ?? {};
  }

  /** A set of the library as it is now, or undefined. */
  private setNamed(setId: string): SavedSet | undefined {
    return this.store.getState().library?.sets.find((s) => s.id === setId);
  }

  /** Runs a change of a set through the core and reads the library again; resolves to the set, or null. */
  private async changeSet<C extends 'sets:create' | 'sets:update' | 'sets:delete' | 'sets:restore'>(channel: C, args: Args<C>): Promise<SavedSet | null> {
    const set = (await this.session.change(channel, args)) as SavedSet | null;
    if (set) await this.refreshLibrary();
    return set;
  }

  /** Saves the current filter as a new set (a step of the history: Undo deletes it). */
  async saveSet(name: string): Promise<SavedSet | null> {
    const set = await this.changeSet('sets:create', { name, filter: this.store.getState().claimsFilter });
    if (!set) return null;
    this.store.update({ activeSetId: set.id });
    this.claims.record(
      `Save the set “${set.name}”`,
      async () => (await this.changeSet('sets:delete', { setId: set.id })) !== null,
      async () => (await this.changeSet('sets:restore', { set })) !== null,
    );
    this.session.toast('info', `Saved the set "${set.name}".`, this.claims.undoAction());
    return set;
  }

  /** Puts the current filter into the set (after the user changed it); Undo puts the filter it had back. */
  async updateSet(setId: string): Promise<void> {
    const before = this.setNamed(setId);
    const filter = this.store.getState().claimsFilter;
    const set = await this.changeSet('sets:update', { setId, filter });
    if (!set) return;
    this.store.update({ activeSetId: set.id });
    if (before) this.recordSetChange(`Update the set “${set.name}”`, setId, { filter: before.filter }, { filter });
    this.session.toast('info', `Updated the set "${set.name}".`, before ? this.claims.undoAction() : undefined);
  }

  async renameSet(setId: string, name: string): Promise<boolean> {
    const before = this.setNamed(setId);
    const set = await this.changeSet('sets:update', { setId, name });
    if (set && before) this.recordSetChange(`Rename the set “${before.name}”`, setId, { name: before.name }, { name: set.name });
    return set !== null;
  }

  private recordSetChange(label: string, setId: string, undone: Pick<Args<'sets:update'>, 'name' | 'filter'>, redone: Pick<Args<'sets:update'>, 'name' | 'filter'>): void {
    const setTo = (changes: Pick<Args<'sets:update'>, 'name' | 'filter'>) => async () => (await this.changeSet('sets:update', { setId, ...changes })) !== null;
    this.claims.record(label, setTo(undone), setTo(redone));
  }

  /** Deletes a set, as a step of the history (Undo in its toast, and Ctrl+Z). */
  async deleteSet(setId: string): Promise<void> {
    const set = await this.changeSet('sets:delete', { setId });
    if (!set) return;
    this.store.update((s) => (s.activeSetId === setId ? { activeSetId: null } : {}));
    this.claims.record(
      `Delete the set “${set.name}”`,
      async () => (await this.changeSet('sets:restore', { set })) !== null,
      async () => (await this.changeSet('sets:delete', { setId })) !== null,
    );
    this.session.toast('info', `Deleted the set "${set.name}".`, this.claims.undoAction());
  }

  /** Changes many claims at once; one undo step puts them back. */
  async bulkEdit(target: BulkTarget, change: BulkChange): Promise<boolean> {
    const statusLabel = change.kind === 'status' ? (this.store.getState().library?.taxonomy.statuses.find((s) => s.id === change.status)?.label ?? change.status) : '';
    const label = bulkLabel(change, statusLabel);
    let bulkId: string | null = null;
    const run = async () => {
      const outcome = await this.session.change('claims:bulkEdit', { target, change });
      if (!outcome) return false;
      bulkId = outcome.bulkId;
      await Promise.all([this.refreshLibrary(), this.refreshDocument()]);
      return outcome;
    };
    const outcome = await run();
    if (!outcome) return false;
    const undo = async () => {
      if (!bulkId) return false;
      const undone = await this.session.change('claims:bulkUndo', { bulkId });
      if (!undone) return false;
      await Promise.all([this.refreshLibrary(), this.refreshDocument()]);
      // "Undone: …" says the rest (one toast, not a stack that Redo leaves behind); only claims left alone need saying
      if (undone.skipped > 0) this.session.toast('info', `Undone on ${claimsWord(undone.restored)}; ${claimsWord(undone.skipped)} changed since kept as they are.`);
      return true;
    };
    this.claims.record(`${label} on ${claimsWord(outcome.changed)}`, undo, async () => Boolean(await run()));
    this.session.toast('info', `${label}: ${claimsWord(outcome.changed)} changed${outcome.unchanged > 0 ? `, ${claimsWord(outcome.unchanged)} already so` : ''}.`, this.claims.undoAction());
    return true;
  }

  /** Opens a claim's document, selects the claim and scrolls the text to it (just the document if the claim is not there). */
  async openClaim(documentId: string, claimId: string): Promise<void> {
    await this.openDocument(documentId);
    const { document } = this.store.getState();
    if (document?.id !== documentId || !document.claims.some((c) => c.id === claimId)) return;
    this.store.update({ selectedClaimId: claimId, revealRequest: { claimId, nonce: Date.now() } });
  }

  /** Opens a claim from the claims table; the breadcrumb then leads back to the table, its filter as it was. */
  async openClaimFromTable(documentId: string, claimId: string): Promise<void> {
    await this.openClaim(documentId, claimId);
    if (this.store.getState().document?.id === documentId) this.store.update({ openedFromClaims: true });
  }

  async searchDocuments(query: string): Promise<string[] | null> {
    return this.session.query('documents:search', { query });
  }

  async renameDocument(documentId: string, title: string): Promise<boolean> {
    const meta = await this.session.change('documents:updateMeta', { documentId, changes: { title } });
    if (!meta) return false;
    this.store.update((s) => (s.document?.id === documentId ? { document: { ...s.document, meta } } : {}));
    await this.refreshLibrary();
    return true;
  }
}
