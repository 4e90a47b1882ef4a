// Which suggestions the workspace still offers: none the user rejected for the document, and none
// that a claim already covers. A suggestion covers the same ground as a claim when their texts
// share a character (claims and suggestions are trimmed, so a shared character is a shared word),
// unless one is nested in the other: an attribution reported inside the other's content ("The
// association said it feared [the strike would ...]"), its attributing words inside that content too;
// or it attributes the claim's very words again through other attributing words (", citing X").
import type { Claim } from '../domain/claim';

interface Span {
  start: number;
  end: number;
}

/** What the overlap rule needs of a suggestion: its content and its cue. */
export interface SuggestedSpans {
  content: Span;
  cue: Span | null;
}

const within = (inner: Span, outer: Span) => outer.start <= inner.start && inner.end <= outer.end;

/** Whether one attribution lies inside the other's content, with its cue: a report within a report. */
function nests(inner: Span, innerCue: Span | null, outer: Span): boolean {
  return innerCue !== null && within(inner, outer) && inner.end - inner.start < outer.end - outer.start && within(innerCue, outer);
}

/**
 * Whether the suggestion attributes the very words of a claim a second time, through other
 * attributing words ("..., Reuters reported, citing two diplomats"): its cue shares no word with
 * the claim's. A cue the user marked with other bounds ("told" for the suggestion's "told Al
 * Mayadeen") is the same attribution, which the claim covers.
 */
function attributesAgain(suggestion: SuggestedSpans, claim: Claim): boolean {
  const { content, cue } = suggestion;
  if (cue === null || claim.cue === null || claim.target.start !== content.start || claim.target.end !== content.end) return false;
  return !(claim.cue.start < cue.end && cue.start < claim.cue.end);
}

/** True when the suggestion shares text with an anchored claim (an orphan's offsets point nowhere) without nesting in it or around it. */
export function overlapsClaim(suggestion: SuggestedSpans, claims: readonly Claim[]): boolean {
  const { content, cue } = suggestion;
  return claims.some((claim) => {
    if (claim.anchor === 'orphan' || !(claim.target.start < content.end && content.start < claim.target.end)) return false;
    if (attributesAgain(suggestion, claim)) return false;
    return !nests(content, cue, claim.target) && !nests(claim.target, claim.cue, content);
  });
}

/** The suggestions still to offer, in their order. */
export function openSuggestions<S extends SuggestedSpans & { key: string }>(suggestions: readonly S[], claims: readonly Claim[], rejected: readonly string[]): S[] {
  const rejectedKeys = new Set(rejected);
  return suggestions.filter((s) => !rejectedKeys.has(s.key) && !overlapsClaim(s, claims));
}
