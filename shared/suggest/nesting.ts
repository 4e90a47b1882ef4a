// Attributions nested in another's content: "The association said it feared the strike would
// lead to cancellations" holds "it feared ..." (the association's) and, inside it, "the strike would
// ..." (its fear); a quotation may report what someone else said. Overlapping proposals are resolved
// to one top-level set first; this puts an outer report back at the top where a shorter one inside
// it had won, and finds, among the proposals that lost, the ones that lie wholly inside a kept
// content. One level deep.
import { resolveOverlaps } from './assemble';
import { type Proposal, type RuleInput, type Span, spansOverlap } from './rules';
import { SpanIndex } from './span-index';
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

/** Whether proposal `inner` nests in `outer`: its content, cue and source inside the outer content. */
const nestsIn = (inner: Proposal, outer: Proposal) =>
  inner.cue !== null && within(inner.content, outer.content) && within(inner.cue, outer.content) && (inner.source === null || within(inner.source, outer.content));

/**
 * The kept proposals with each outer report restored in place of the ones nested in it: a short
 * report can outscore the one it is part of ("two people were killed in the strikes, which it
 * described as "aggression"" lost to its "aggression"), and the top level keeps the outer one, so
 * the inner one comes back as nested. An outer proposal that would overlap another kept one is not.
 */
export function outerReports(proposals: readonly Proposal[], kept: readonly Proposal[]): Proposal[] {
  const result = new SpanIndex<Proposal>((p) => p.content, kept);
  const keptSet = new Set(kept);
  for (const outer of [...proposals].sort((a, b) => b.score - a.score)) {
    if (keptSet.has(outer)) continue;
    const inside = result.filter(outer.content, (k) => nestsIn(k, outer));
    if (inside.length === 0 || result.find(outer.content, (k, content) => !inside.includes(k) && spansOverlap(content, outer.content)) !== undefined) continue;
    for (const k of inside) result.remove(k);
    result.add(outer);
    keptSet.add(outer);
  }
  return result.items();
}

/** The proposals nested in a kept content: content, cue and source inside it, resolved among themselves. */
export function nestedProposals(input: RuleInput, proposals: readonly Proposal[], kept: readonly Proposal[]): Proposal[] {
  const keptSet = new Set(kept);
  const keptContents = new SpanIndex<Proposal>((p) => p.content, kept);
  const nested = proposals.filter((proposal) => {
    if (keptSet.has(proposal)) return false;
    return keptContents.find(proposal.content, (outer) => nestsIn(proposal, outer)) !== undefined && sourceEndsOnHead(input, proposal.source);
  });
  return resolveOverlaps(nested);
}
