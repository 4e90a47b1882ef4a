// The ClaimReview export as one JSON array, written a document at a time: each document adds the
// reviews of its claims with a verdict, as items of the array (the same text JSON.stringify gives
// for the whole array, two spaces to a level).
import { documentClaimReviews } from '@shared/formats/claim-review';
import type { ExportLookup } from '@shared/formats/export-scope';
import type { StoredDocument } from '@shared/domain/document';
import type { TextLayout } from './text-layout';

export const CLAIM_REVIEW_LAYOUT: TextLayout = { head: '[\n', separator: ',\n', tail: '\n]\n', whenEmpty: '[]\n' };

/** A document's reviews as array items ('' when none of its claims has a verdict). */
export function claimReviewItems(doc: StoredDocument, lookup: ExportLookup): string {
  return documentClaimReviews(doc, lookup)
    .map((review) => `  ${JSON.stringify(review, null, 2).replaceAll('\n', '\n  ')}`)
    .join(',\n');
}
