// The library view after a claim was made, changed or deleted in the open document: only that
// document's counts by status change, so they are worked out from the claims on screen rather than
// by reading the whole library view again (some 2,000 summaries to fetch, check and draw).
import type { LibraryView } from '@shared/bridge/contract';
import { claimCountsOf } from '@shared/domain/document';
import type { StoredDocument } from '@shared/domain/document';

/**
 * The library view with `document`'s counts taken from its claims, and dated `at` (the core dates
 * a document whose claims changed), or null when the view does not list it.
 */
export function withClaimCounts(library: LibraryView, document: Pick<StoredDocument, 'id' | 'claims'>, at = new Date().toISOString()): LibraryView | null {
  const index = library.documents.findIndex((d) => d.id === document.id);
  if (index === -1) return null;
  const documents = library.documents.slice();
  documents[index] = { ...documents[index]!, ...claimCountsOf(document.claims), updatedAt: at };
  return { ...library, documents };
}
