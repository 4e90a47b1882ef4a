// Everything done to claims: make, change, re-attach, delete, keyboard triage, and undo/redo of
// each of these wherever it was made (by putting back whole claim records).
import { compareClaimsByPosition, type Claim, type ClaimChanges } from '@shared/domain/claim';
import type { DeletedClaim } from '@shared/domain/document';
import type { ImportReport } from '@shared/formats/import-report';
import type { TextRange } from '@shared/text/text-span';
import { projectText } from '@shared/text/projection';
import { type ClaimContext, paragraphAround, withAttributionFromSource } from './attribution-from-source';
import { previewClaimChanges } from './claim-preview';
import type { ToastAction } from './app-store';
import type { Session } from './session';
import { type StepOutcome, type UndoEntry, UndoStack } from './undo-stack';
import { isInLibrary } from './library-documents';

/** Where a step of the history changed something: its document, and its claim if it changed one. */
/** What a step does around its own change, undone after it and redone before it (the sources or documents made with it). */
export interface UndoPair {
  undo: () => Promise<boolean>;
  redo: () => Promise<boolean>;
}

export interface StepPlace {
  documentId: string;
  claimId?: string | undefined;
}

interface PendingChanges {
  confirmed: Claim | undefined;
  changes: ClaimChanges[];
}

/** The fields a researcher types into: edits of one of them in a row are one step of the history. */
const TYPED_FIELDS = new Set(['sourceIds', 'note', 'tags', 'evidence']);
/** How long after an edit the next one of the same field still joins its step. */
const MERGE_EDITS_WITHIN_MS = 30_000;

/** The first words of a quote, to name a claim in the history: “The US occupation forces…” */
function quoteStart(quote: string): string {
  const words = quote.trim().split(/\s+/);
  return `“${words.slice(0, 5).join(' ')}${words.length > 5 ? '…' : ''}”`;
}

export class ClaimActions {
  readonly history = new UndoStack();
  /** the latest edit of a typed field, which the next one may join */
  /** the latest step that a next edit of the same thing may join, and what it edits */
  private lastEdit: { step: UndoEntry; key: string; at: number } | null = null;
  private readonly queues = new Map<string, Promise<unknown>>();
  private readonly pending = new Map<string, PendingChanges>();

  constructor(
    private readonly session: Session,
    /** shows a document's new claim counts in the library view */
    private readonly showClaimCounts: (documentId: string) => void,
    /** opens a document (and selects a claim of it) that an Undo or Redo changed while another was on screen */
    private readonly showPlace: (place: StepPlace) => Promise<void> = async () => undefined,
  ) {}

  private get store() {
    return this.session.store;
  }

  /** The open document's claim, if it is open. */
  private claimOf(documentId: string, claimId: string): Claim | undefined {
    const { document } = this.store.getState();
    return document?.id === documentId ? document.claims.find((c) => c.id === claimId) : undefined;
  }

  /** The paragraph of the open document a claim is in (null when the document is not open). */
  private paragraphOf(documentId: string, claim: Claim | undefined): ClaimContext | null {
    const { document } = this.store.getState();
    if (!claim || document?.id !== documentId) return null;
    return paragraphAround(projectText(document.content), claim.target.start, claim.target.end);
  }

  private replaceClaims(documentId: string, change: (claims: Claim[]) => Claim[]): void {
    this.store.update((s) => {
      if (!s.document || s.document.id !== documentId) return {};
      return { document: { ...s.document, claims: change(s.document.claims).sort(compareClaimsByPosition) } };
    });
  }

  /** Shows what Undo and Redo would do, and closes the toasts whose Undo would no longer take back their step. */
  private showHistory(): void {
    const latest = this.history.latest;
    this.store.update((s) => ({
      undoLabel: this.history.undoLabel,
      redoLabel: this.history.redoLabel,
      toasts: s.toasts.filter((t) => !t.action?.undoes || t.action.undoes === latest),
    }));
  }

  /** A toast's Undo for the step just recorded: it undoes that step, and only while it is the latest. */
  undoAction(): ToastAction {
    const step = this.history.latest;
    return {
      label: 'Undo',
      undoes: step ?? undefined,
      run: () => void this.undo(step),
    };
  }

  /**
   * Forgets the steps of the history a restore from a backup made stale: all of them after the
   * whole library was restored, those of one document after it alone was.
   */
  forgetHistory(documentId?: string): void {
    this.history.forget(documentId === undefined ? undefined : (entry) => entry.documentId === documentId);
    this.lastEdit = null;
    this.showHistory();
  }

  /** Puts a step on the history (claims, bulk edits, registries, documents…), with the place it changed if it changed one document. */
  record(label: string, undo: () => Promise<boolean>, redo: () => Promise<boolean>, place?: StepPlace): void {
    this.history.push({ label, undo, redo, documentId: place?.documentId, claimId: place?.claimId });
    this.showHistory();
  }

  /** Puts a whole claim record back (undo and redo), and shows it if its document is open. */
  private async put(documentId: string, claim: Claim): Promise<boolean> {
    const saved = await this.session.change('claims:put', { documentId, claim }, (c) => this.replaceClaims(documentId, (claims) => [...claims.filter((x) => x.id !== c.id), c]));
    if (saved) this.showClaimCounts(documentId);
    return saved !== null;
  }

  /**
   * Deletes a claim. One already gone from a document still in the library counts as deleted (a
   * step of several claims run again after failing part way); a document gone (to the trash) is
   * refused as ever, so its claim is not left behind in it.
   */
  private async remove(documentId: string, claimId: string): Promise<boolean> {
    const documentInLibrary = () => isInLibrary(this.store.getState(), documentId);
    const deleteOrGone = async () => {
      const result = await this.session.bridge.call('claims:delete', { documentId, claimId });
      return !result.ok && result.error.code === 'not-found' && documentInLibrary() ? { ok: true as const, value: { done: true as const } } : result;
    };
    const done = await this.session.save(deleteOrGone, () => {
      this.replaceClaims(documentId, (claims) => claims.filter((c) => c.id !== claimId));
      this.store.update((s) => (s.selectedClaimId === claimId ? { selectedClaimId: null } : {}));
    });
    if (done) this.showClaimCounts(documentId);
    return done !== null;
  }

  select(claimId: string | null): void {
    this.store.update({ selectedClaimId: claimId });
  }

  async create(documentId: string, range: TextRange, changes?: ClaimChanges, label = 'Make claim'): Promise<Claim | null> {
    const [claim] = await this.createAll(documentId, [{ range, changes }], label);
    return claim ?? null;
  }

  /**
   * Makes several claims, one after another, as one step of the history (accepting suggestions):
   * undo removes them all. Resolves to the claims made; one refused stops the rest. `around`, when
   * given, is undone after the claims are taken out and redone before they are put back (the
   * sources made for them).
   */
  async createAll(documentId: string, drafts: ReadonlyArray<{ range: TextRange; changes?: ClaimChanges | undefined }>, label: string, around?: UndoPair): Promise<Claim[]> {
    if (drafts.length === 0) return [];
    // one call and one write for them all (accepting hundreds of suggestions took a write each)
    const claims = drafts.map(({ range, changes }) => ({ start: range.start, end: range.end, ...(changes ? { changes } : {}) }));
    const answer = await this.session.change('claims:createMany', { documentId, claims }, ({ claims: made }) => {
      this.replaceClaims(documentId, (shown) => [...shown, ...made]);
      this.store.update({ selectedClaimId: made.at(-1)!.id });
    });
    if (!answer) return [];
    const made = answer.claims;
    this.showClaimCounts(documentId);
    const ids = new Set(made.map((c) => c.id));
    const removeAll = () => this.removeClaims(documentId, ids);
    const putAll = () => this.putClaims(documentId, made);
    const undo = async () => (await removeAll()) && (around ? around.undo() : true);
    const redo = async () => (around ? await around.redo() : true) && putAll();
    this.record(label, undo, redo, { documentId, claimId: made[0]!.id });
    return made;
  }

  /** Takes claims out of a document (the undo of their making, or of an import: `remember`, the deletions it had forgotten); true when done. */
  private async removeClaims(documentId: string, ids: ReadonlySet<string>, remember: readonly DeletedClaim[] = []): Promise<boolean> {
    if (ids.size === 0) return true;
    const done = await this.session.change('claims:deleteMany', { documentId, claimIds: [...ids], ...(remember.length > 0 ? { remember: [...remember] } : {}) }, () => {
      this.replaceClaims(documentId, (shown) => shown.filter((c) => !ids.has(c.id)));
      this.store.update((s) => (s.selectedClaimId !== null && ids.has(s.selectedClaimId) ? { selectedClaimId: null } : {}));
    });
    if (done) this.showClaimCounts(documentId);
    return done !== null;
  }

  /** Puts whole claim records into a document, in place of those with their ids; true when done. */
  private async putClaims(documentId: string, claims: readonly Claim[]): Promise<boolean> {
    if (claims.length === 0) return true;
    const ids = new Set(claims.map((c) => c.id));
    const done = await this.session.change('claims:putMany', { documentId, claims: [...claims] }, () => this.replaceClaims(documentId, (shown) => [...shown.filter((c) => !ids.has(c.id)), ...claims]));
    if (done) this.showClaimCounts(documentId);
    return done !== null;
  }

  /**
   * Records an import of annotation sets as one step of the history: Undo takes out the claims it
   * added and puts back those it updated as they were, then undoes `around` (the documents it
   * added); Redo redoes `around` and lays the imported claims again.
   */
  recordImport(label: string, changes: ImportReport['claimChanges'], around: UndoPair): void {
    const undo = async () => {
      for (const { documentId, before, after, forgotten } of changes) {
        const had = new Set(before.map((c) => c.id));
        if (!(await this.removeClaims(documentId, new Set(after.map((c) => c.id).filter((id) => !had.has(id))), forgotten))) return false;
        if (!(await this.putClaims(documentId, before))) return false;
      }
      return around.undo();
    };
    const redo = async () => {
      if (!(await around.redo())) return false;
      for (const { documentId, after } of changes) if (!(await this.putClaims(documentId, after))) return false;
      return true;
    };
    const only = changes.length === 1 ? changes[0] : undefined;
    this.record(label, undo, redo, only ? { documentId: only.documentId } : undefined);
  }

  /**
   * Changes a claim. The change shows at once (so a second keystroke builds on the first), and
   * changes to one claim reach the core one after another, in the order they were made. What shows
   * is always the core's latest answer with the changes still on their way laid over it, so an
   * early answer never hides a later keystroke and a refused change takes back only itself.
   */
  async update(documentId: string, claimId: string, asked: ClaimChanges, label = 'Change claim'): Promise<Claim | null> {
    const before = this.claimOf(documentId, claimId);
    const { library } = this.store.getState();
    const changes = library ? withAttributionFromSource(before, asked, library.sources, library.taxonomy, () => this.paragraphOf(documentId, before)) : asked;
    const pending = this.pendingChanges(claimId, before);
    pending.changes.push(changes);
    this.showPending(documentId, pending);
    return this.oneAfterAnother(claimId, async () => {
      // what Undo goes back to: the claim as the core had it when this change was sent (changes waiting before it land first)
      let undoTo = pending.confirmed;
      // a change that waits (the core out of reach, or not written) stays laid over what shows,
      // until Retry lands it or the user discards it
      let waits = false;
      const settle = () => {
        const at = pending.changes.indexOf(changes);
        if (at !== -1) pending.changes.splice(at, 1);
        this.showPending(documentId, pending);
        if (pending.changes.length === 0 && this.pending.get(claimId) === pending) this.pending.delete(claimId);
      };
      const after = await this.session.change(
        'claims:update',
        { documentId, claimId, changes },
        (c) => {
          pending.confirmed = c;
          if (!waits) return;
          // landed by Retry: it no longer waits, and what the core now has shows
          settle();
          if (changes.status !== undefined) this.showClaimCounts(documentId);
        },
        undefined,
        { beforeSend: () => (undoTo = pending.confirmed), onWaiting: () => (waits = true), onDropped: settle },
      );
      if (waits) return null;
      settle();
      if (!after) return null;
      if (changes.status !== undefined) this.showClaimCounts(documentId);
      if (undoTo) this.recordEdit(documentId, undoTo, after, label, changes);
      return after;
    });
  }

  /**
   * Puts an edit of one claim on the history, named with the start of its quote. Typed fields
   * (sources, note, tags, evidence) edited again under the same label within a short while are one
   * step: an evidence item's address, title and note are one Undo, not three.
   */
  private recordEdit(documentId: string, before: Claim, after: Claim, label: string, changes: ClaimChanges): void {
    const named = `${label} on ${quoteStart(after.target.exact)}`;
    const typed = Object.keys(changes).every((field) => TYPED_FIELDS.has(field));
    this.recordJoining(typed ? `claim:${after.id}:${named}` : null, named, () => this.put(documentId, before), () => this.put(documentId, after), { documentId, claimId: after.id });
  }

  /**
   * Records a step that joins the one before it when both edit the same thing (the same `key`,
   * null for never) within a short while: typing saves at each pause, and one Undo takes the
   * whole edit back, to what was there before the first save.
   */
  recordJoining(key: string | null, label: string, undo: () => Promise<boolean>, redo: () => Promise<boolean>, place?: StepPlace): void {
    const last = this.lastEdit;
    const now = Date.now();
    if (key !== null && last !== null && last.step === this.history.latest && last.key === key && now - last.at < MERGE_EDITS_WITHIN_MS) {
      const joined = { ...last.step, label, redo };
      this.history.replaceLatest(joined);
      this.lastEdit = { ...last, step: joined, at: now };
      this.showHistory();
      return;
    }
    this.record(label, undo, redo, place);
    this.lastEdit = key === null ? null : { step: this.history.latest!, key, at: now };
  }

  /** The changes to a claim not yet confirmed, and the core's latest answer they go on top of. */
  private pendingChanges(claimId: string, current: Claim | undefined): PendingChanges {
    let pending = this.pending.get(claimId);
    if (!pending) {
      pending = { confirmed: current, changes: [] };
      this.pending.set(claimId, pending);
    }
    return pending;
  }

  private showPending(documentId: string, pending: PendingChanges): void {
    if (!pending.confirmed) return;
    this.showClaim(documentId, pending.changes.reduce(previewClaimChanges, pending.confirmed));
  }

  private showClaim(documentId: string, claim: Claim): void {
    this.replaceClaims(documentId, (claims) => claims.map((x) => (x.id === claim.id ? claim : x)));
  }

  private oneAfterAnother<T>(key: string, run: () => Promise<T>): Promise<T> {
    const next = (this.queues.get(key) ?? Promise.resolve()).then(run, run);
    this.queues.set(key, next);
    void next.finally(() => {
      if (this.queues.get(key) === next) this.queues.delete(key);
    });
    return next;
  }

  async delete(documentId: string, claimId: string): Promise<void> {
    const before = this.claimOf(documentId, claimId);
    if (!(await this.remove(documentId, claimId)) || !before) return;
    this.record('Delete claim', () => this.put(documentId, before), () => this.remove(documentId, claimId), { documentId, claimId });
    this.session.toast('info', 'Claim deleted.', this.undoAction());
  }

  /** While the text is being corrected, Undo and Redo wait: a step put back under the correction editor would throw its edits away. */
  private correcting(): boolean {
    if (!this.store.getState().correcting) return false;
    this.session.toast('info', 'Save or cancel the corrections first; then Undo and Redo work again.');
    return true;
  }

  /**
   * Undoes the latest step, once the changes still being saved are on the history (a status set a
   * moment ago is the step Undo takes). With `only`, only while that step is the latest then (a
   * toast's Undo never takes back a step made after it).
   */
  async undo(only?: UndoEntry | null): Promise<void> {
    if (this.correcting()) return;
    await this.session.settled();
    if (this.correcting() || (only !== undefined && this.history.latest !== only)) return;
    await this.announce('undo', await this.history.undo(this.refusedSince));
  }

  async redo(): Promise<void> {
    if (this.correcting()) return;
    await this.session.settled();
    if (this.correcting()) return;
    await this.announce('redo', await this.history.redo(this.refusedSince));
  }

  /** Watches a step as it runs: it is lost when the core refused one of its changes (rather than failing to write it). */
  private readonly refusedSince = (): (() => boolean) => {
    const before = this.session.refusals;
    return () => this.session.refusals > before;
  };

  /**
   * Says what Undo or Redo did. A step taken in a document that is not on screen opens it there
   * (while the document view shows), so the change can be seen; a dropped step is explained (the
   * core's refusal already says why).
   */
  private async announce(kind: 'undo' | 'redo', outcome: StepOutcome | null): Promise<void> {
    // an edit after an Undo or Redo is a step of its own, not part of the step taken back or again
    this.lastEdit = null;
    this.showHistory();
    if (!outcome) return;
    const { entry, result } = outcome;
    if (result === 'dropped') {
      const next = kind === 'undo' ? this.history.undoLabel : this.history.redoLabel;
      this.session.toast('info', `“${entry.label}” can no longer be ${kind === 'undo' ? 'undone' : 'redone'}, so it is off the history.${next ? ` ${kind === 'undo' ? 'Undo' : 'Redo'} now takes “${next}”.` : ''}`);
      return;
    }
    if (result !== 'done') return;
    this.session.toast('info', `${kind === 'undo' ? 'Undone' : 'Redone'}: ${entry.label}.`, undefined, 'history');
    const { panel, document } = this.store.getState();
    if (entry.documentId === undefined || panel !== 'document') return;
    if (document?.id !== entry.documentId) await this.showPlace({ documentId: entry.documentId, claimId: entry.claimId });
    else if (entry.claimId && document.claims.some((c) => c.id === entry.claimId)) this.select(entry.claimId);
  }

  /**
   * Selects the next (1) or previous (-1) claim of the open document, in text order; with none
   * selected, the first claim after the caret (`caret`, a text offset) or the last one before it.
   */
  move(delta: 1 | -1, caret: number | null = null): string | null {
    const { document, selectedClaimId } = this.store.getState();
    if (!document || document.claims.length === 0) return null;
    const index = document.claims.findIndex((c) => c.id === selectedClaimId);
    const next = index < 0 ? this.firstFrom(document.claims, delta, caret) : Math.min(document.claims.length - 1, Math.max(0, index + delta));
    const id = document.claims[next]!.id;
    this.select(id);
    return id;
  }

  /** With no claim selected: the index of the first claim starting at or after the caret (1) or the last starting before it (-1); the list's ends without a caret or past them. */
  private firstFrom(claims: readonly Claim[], delta: 1 | -1, caret: number | null): number {
    const placed = (claim: Claim) => claim.anchor !== 'orphan';
    if (caret !== null) {
      const found = delta > 0 ? claims.findIndex((c) => placed(c) && c.target.start >= caret) : claims.findLastIndex((c) => placed(c) && c.target.start < caret);
      if (found !== -1) return found;
    }
    return delta > 0 ? 0 : claims.length - 1;
  }
}
