// Which suggestions the workspace still offers: none that overlaps a claim already made on the
// document (by a single character: claims and suggestions are trimmed, so any shared character
// is a shared word), and none the user rejected for it.
import type { Claim } from '../domain/claim';

interface Span {
  start: number;
  end: number;
}

/** True when the span overlaps an anchored claim (an orphan's offsets point nowhere). */
export function overlapsClaim(span: Span, claims: readonly Claim[]): boolean {
  return claims.some((claim) => claim.anchor !== 'orphan' && claim.target.start < span.end && span.start < claim.target.end);
}

/** The suggestions still to offer, in their order. */
export function openSuggestions<S extends { key: string; content: Span }>(suggestions: readonly S[], claims: readonly Claim[], rejected: readonly string[]): S[] {
  const rejectedKeys = new Set(rejected);
  return suggestions.filter((s) => !rejectedKeys.has(s.key) && !overlapsClaim(s.content, claims));
}
