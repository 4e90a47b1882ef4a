// Attributions nested in another's content: "The association said it feared the strike would
// lead to cancellations" holds "it feared ..." (the association's) and, inside it, "the strike would
// ..." (its fear); a quotation may report what someone else said. Overlapping proposals are resolved
// to one top-level set first; this finds, among those that lost, the ones that lie wholly inside a
// kept content. One level deep.
import { resolveOverlaps } from './assemble';
import type { Proposal, RuleInput, Span } from './rules';
import { lowerBound } from './tokenize';

/** Whether span `inner` lies inside `outer` and is shorter. */
const within = (inner: Span, outer: Span) => outer[0] <= inner[0] && inner[1] <= outer[1] && inner[1] - inner[0] < outer[1] - outer[0];

// a source ends on its head ("78% of train drivers", "both", "she"), never on an article, a relative
// pronoun, a verb or a function word ("rings worth an", "Customers who believe ... can")
const NOT_HEAD_TAGS = new Set(['AUX', 'VERB', 'ADP', 'SCONJ', 'CCONJ', 'PART']);
const NOT_HEAD_WORDS = new Set(['a', 'an', 'the', 'that', 'who', 'whom', 'whose', 'which']);

/** Whether a nested proposal's source, when it has one, ends on a head word. */
function sourceEndsOnHead(input: RuleInput, source: Span | null): boolean {
  if (source === null) return true;
  const last = lowerBound(input.tokens, source[1]) - 1;
  const token = input.tokens[last];
  return token !== undefined && token.start >= source[0] && !NOT_HEAD_TAGS.has(token.pos) && !NOT_HEAD_WORDS.has(token.lower);
}

/** The proposals nested in a kept content: content, cue and source inside it, resolved among themselves. */
export function nestedProposals(input: RuleInput, proposals: readonly Proposal[], kept: readonly Proposal[]): Proposal[] {
  const keptSet = new Set(kept);
  const nested = proposals.filter((proposal) => {
    if (keptSet.has(proposal) || proposal.cue === null) return false;
    const outer = kept.find((k) => within(proposal.content, k.content));
    return outer !== undefined && within(proposal.cue, outer.content) && (proposal.source === null || within(proposal.source, outer.content)) && sourceEndsOnHead(input, proposal.source);
  });
  return resolveOverlaps(nested);
}
