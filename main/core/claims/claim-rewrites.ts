// What a change across documents (a tag renamed, a source merged or deleted) has rewritten so far:
// each claim as it was and as the change wrote it, and the documents whose writes went through. When
// a later write fails (disk full), the claims are put back in those documents, and in the trash,
// unless a claim was changed again since; a document whose own write failed kept its claims.
import { claimKey } from '@shared/domain/claim-ref';
import type { Claim } from '@shared/domain/claim';
import type { StoredDocument } from '@shared/domain/document';
import type { LibraryStore } from '../store/library-store';
import { putBackFailed } from '../store/put-back-failure';

export class ClaimRewrites {
  private readonly claims = new Map<string, { before: Claim; after: Claim }>();
  private readonly written: string[] = [];

  constructor(private readonly store: LibraryStore) {}

  /** A claim the change rewrites (in the document being written, or in the trash). */
  note(documentId: string, before: Claim, after: Claim): void {
    this.claims.set(claimKey(documentId, before.id), { before, after });
  }

  /** A document whose write went through. */
  wrote(documentId: string): void {
    this.written.push(documentId);
  }

  /** The document with its claims as they were, or null when none is still as the change left it. */
  private asBefore(doc: StoredDocument): StoredDocument | null {
    let any = false;
    const claims = doc.claims.map((claim) => {
      const entry = this.claims.get(claimKey(doc.id, claim.id));
      // (a claim changed again since, which stamped it anew, is left as it is now)
      if (entry === undefined || claim.updatedAt !== entry.after.updatedAt) return claim;
      any = true;
      return entry.before;
    });
    return any ? { ...doc, claims } : null;
  }

  /**
   * Puts the claims back as they were after `failure` stopped the change, in the written documents
   * and, with `trash`, in the trash's; a failure to do so is told with the first one.
   */
  async putBack(failure: unknown, puttingBack: string, options: { trash: boolean }): Promise<void> {
    try {
      for (const documentId of this.written) {
        const current = await this.store.getDocument(documentId);
        if (this.asBefore(current) !== null) await this.store.updateDocument(documentId, (doc) => this.asBefore(doc) ?? doc);
      }
      if (options.trash) await this.store.exclusive(() => this.store.trash.rewrite((doc) => this.asBefore(doc)));
    } catch (putBackFailure) {
      throw putBackFailed(failure, putBackFailure, puttingBack, 'some claims may have the change. Do it again once the disk has room.');
    }
  }
}
