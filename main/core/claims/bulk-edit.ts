// Bulk edits across the library: set the status of, or add or remove a tag on, many claims at once
// (listed, or every claim a filter selects), one document file at a time. Each edit keeps what it
// changed so that it can be undone; undo leaves alone a claim changed again since. An edit a write
// failure stops part-way is put back where it was written: it is made everywhere or nowhere.
import { AppFailure } from '@shared/bridge/result';
import type { Claim, StatusChange } from '@shared/domain/claim';
import { tagKey } from '@shared/domain/claim-operations';
import { newId } from '@shared/domain/primitives';
import type { BulkChange, BulkOutcome, BulkTarget } from '@shared/search/claims-table';
import type { LibraryStore } from '../store/library-store';
import { putBackFailed } from '../store/put-back-failure';
import type { ClaimQueryService } from '../search/claim-query-service';

/** What a claim was before a bulk edit, and the time stamp the edit gave it. */
interface Before {
  status: string;
  statusHistory: StatusChange[];
  tags: string[];
  updatedAt: string;
  editedAt: string;
}

/** Bulk edits kept for undo, oldest forgotten first. */
const KEPT_EDITS = 20;

const same = (a: string, b: string) => tagKey(a) === tagKey(b);

function applyChange(claim: Claim, change: BulkChange, at: string): Claim | null {
  switch (change.kind) {
    case 'status':
      if (claim.status === change.status) return null;
      return { ...claim, status: change.status, statusHistory: [...claim.statusHistory, { status: change.status, at, note: '' }], updatedAt: at };
    case 'addTag':
      if (claim.tags.some((t) => same(t, change.tag)) || claim.tags.length >= 50) return null;
      return { ...claim, tags: [...claim.tags, change.tag.trim()], updatedAt: at };
    case 'removeTag':
      if (!claim.tags.some((t) => same(t, change.tag))) return null;
      return { ...claim, tags: claim.tags.filter((t) => !same(t, change.tag)), updatedAt: at };
  }
}

export class BulkEditService {
  private readonly edits = new Map<string, Map<string, Map<string, Before>>>();

  constructor(
    private readonly store: LibraryStore,
    private readonly queries: ClaimQueryService,
    private readonly clock: () => string,
  ) {}

  /** The claims a target names, by document. */
  private async claimsByDocument(target: BulkTarget): Promise<Map<string, Set<string>>> {
    const byDocument = new Map<string, Set<string>>();
    const add = (documentId: string, claimId: string) => byDocument.set(documentId, (byDocument.get(documentId) ?? new Set()).add(claimId));
    if ('claims' in target) for (const ref of target.claims) add(ref.documentId, ref.claimId);
    else {
      const leftOut = new Set((target.except ?? []).map((ref) => ref.claimId));
      for (const claim of (await this.queries.select(target.filter, { column: 'updated', descending: true })).claims) if (!leftOut.has(claim.id)) add(claim.documentId, claim.id);
    }
    return byDocument;
  }

  /** Makes the change on the claims `claimIds` of one document; resolves to what they were before, by claim. */
  private async editDocument(documentId: string, claimIds: ReadonlySet<string>, change: BulkChange, at: string): Promise<Map<string, Before>> {
    const before = new Map<string, Before>();
    await this.store.updateDocument(documentId, (doc) => {
      // checked again under the store's lock: the status may have left the taxonomy since
      if (change.kind === 'status' && !this.store.library.taxonomy.statuses.some((s) => s.id === change.status)) {
        throw new AppFailure('invalid-argument', `"${change.status}" is not a verification status of this library.`);
      }
      let touched = false;
      const claims = doc.claims.map((claim) => {
        if (!claimIds.has(claim.id)) return claim;
        const next = applyChange(claim, change, at);
        if (!next) return claim;
        touched = true;
        before.set(claim.id, { status: claim.status, statusHistory: claim.statusHistory, tags: claim.tags, updatedAt: claim.updatedAt, editedAt: at });
        return next;
      });
      return touched ? { ...doc, claims } : doc;
    });
    return before;
  }

  async apply(target: BulkTarget, change: BulkChange): Promise<BulkOutcome> {
    if (change.kind === 'status' && !this.store.library.taxonomy.statuses.some((s) => s.id === change.status)) {
      throw new AppFailure('invalid-argument', `"${change.status}" is not a verification status of this library.`);
    }
    const byDocument = await this.claimsByDocument(target);
    const present = new Set(this.store.documentSummaries().map((d) => d.id));
    const missing = [...byDocument.keys()].find((id) => !present.has(id));
    if (missing) throw new AppFailure('not-found', `There is no document ${missing} in this library; nothing was changed.`);
    const at = this.clock();
    const kept = new Map<string, Map<string, Before>>();
    let changed = 0;
    let unchanged = 0;
    try {
      for (const [documentId, claimIds] of byDocument) {
        const before = await this.editDocument(documentId, claimIds, change, at);
        changed += before.size;
        unchanged += claimIds.size - before.size;
        if (before.size > 0) kept.set(documentId, before);
      }
    } catch (error) {
      // a document that could not be written (disk full) stops the edit: the documents already
      // written are put back, so the error is the whole story (there is no half-done edit to undo)
      await this.putBackAfter(kept, error);
      throw error;
    }
    const bulkId = newId();
    this.edits.set(bulkId, kept);
    for (const old of this.edits.keys()) if (this.edits.size > KEPT_EDITS) this.edits.delete(old);
    return { bulkId, changed, unchanged };
  }

  /** Puts back what a bulk edit changed, except on claims changed again (or deleted) since. */
  async undo(bulkId: string): Promise<{ restored: number; skipped: number }> {
    const kept = this.edits.get(bulkId);
    if (!kept) throw new AppFailure('not-found', 'That bulk edit can no longer be undone (the last 20 are kept while the app runs).');
    this.edits.delete(bulkId);
    return this.putBack(kept);
  }

  /** Puts the claims of `kept` back as they were, except those changed again (or deleted) since. */
  private async putBack(kept: Map<string, Map<string, Before>>): Promise<{ restored: number; skipped: number }> {
    const present = new Set(this.store.documentSummaries().map((d) => d.id));
    let restored = 0;
    let total = 0;
    for (const [documentId, before] of kept) {
      total += before.size;
      if (!present.has(documentId)) continue;
      await this.store.updateDocument(documentId, (doc) => ({
        ...doc,
        claims: doc.claims.map((claim) => {
          const was = before.get(claim.id);
          if (!was || claim.updatedAt !== was.editedAt) return claim;
          restored++;
          return { ...claim, status: was.status, statusHistory: was.statusHistory, tags: was.tags, updatedAt: was.updatedAt };
        }),
      }));
    }
    return { restored, skipped: total - restored };
  }

  /** putBack after a failed edit; a failure to do so is told with the first one. */
  private async putBackAfter(kept: Map<string, Map<string, Before>>, failure: unknown): Promise<void> {
    try {
      await this.putBack(kept);
    } catch (putBackFailure) {
      throw putBackFailed(failure, putBackFailure, 'Putting the claims back as they were', 'some of them may have the change. Do it again once the disk has room.');
    }
  }
}
