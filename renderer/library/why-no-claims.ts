// Why the claims screen has no claim to show: the library holds no document, none of its
// documents has a claim yet, or the search and filters leave none out of those there are.
import { isEmptyFilter, type ClaimFilter } from '@shared/search/claim-filter';

export type NoClaimsReason = 'no-documents' | 'no-claims' | 'no-match';

/**
 * The reason a query of the claims across the library came back empty, so the screen can say what
 * to do next: import an article, make a first claim, or loosen the search.
 */
export function whyNoClaims(documents: readonly { claimTotal: number }[], filter: ClaimFilter): NoClaimsReason {
  if (documents.length === 0) return 'no-documents';
  // no filter and still nothing: the library has no claim, whatever its counts said a moment ago
  if (isEmptyFilter(filter) || documents.every((doc) => doc.claimTotal === 0)) return 'no-claims';
  return 'no-match';
}
