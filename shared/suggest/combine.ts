// Rules and tagger combined: a rule proposal the tagger confirms is kept with more confidence, one it
// does not see is kept as the rule scored it (or dropped when weak); a tagger proposal no rule made
// is added when it has a cue. Agreement is the scorer's rule: overlap on half of each span.
//
// Unconfirmed rule proposals used to lose a quarter of their score. On the training split they
// were right as often as their own score says (rules at 0.7: 84%; at 0.85: 94%; quotations with a
// speaker, at 0.85-0.9: 27 of 27), so the cut only hid good suggestions below the review's 80%.
import { type Proposal, type Span, spansOverlap } from './rules';
import { SpanIndex } from './span-index';

export interface CombineOptions {
  /** rule proposals the tagger does not confirm are dropped below this score */
  keepUnconfirmedFrom: number;
  /** tagger proposals are added when their mean label probability reaches this */
  addTaggerFrom: number;
  /** whether an added tagger proposal needs a cue */
  taggerNeedsCue: boolean;
}

export const DEFAULT_COMBINE: CombineOptions = { keepUnconfirmedFrom: 0, addTaggerFrom: 0.45, taggerNeedsCue: true };

function agree(a: Span, b: Span): boolean {
  const shared = Math.min(a[1], b[1]) - Math.max(a[0], b[0]);
  return shared > 0 && shared * 2 >= a[1] - a[0] && shared * 2 >= b[1] - b[0];
}

/** The combined proposals, in text order, contents not overlapping. */
export function combine(rules: readonly Proposal[], tagged: readonly Proposal[], options: CombineOptions = DEFAULT_COMBINE): Proposal[] {
  const taggedContents = new SpanIndex<Proposal>((t) => t.content, tagged);
  const kept: Proposal[] = [];
  for (const rule of rules) {
    const confirmed = taggedContents.find(rule.content, (_, content) => agree(content, rule.content));
    // (confirmation never lowers a rule's score: a weak tagger proposal agreeing is still agreement)
    if (confirmed !== undefined) kept.push({ ...rule, score: Math.min(1, Math.max(rule.score, (rule.score + confirmed.score) / 2 + 0.1)) });
    else if (rule.score >= options.keepUnconfirmedFrom) kept.push(rule);
  }
  const keptContents = new SpanIndex<Proposal>((k) => k.content, kept);
  const keptCues = new SpanIndex<Proposal>((k) => k.cue, kept);
  const overlaps = (span: Span) => (_: Proposal, other: Span) => spansOverlap(other, span);
  for (const proposal of tagged) {
    if (proposal.score < options.addTaggerFrom || (options.taggerNeedsCue && proposal.cue === null)) continue;
    // one attributing phrase, one attribution: a cue a kept proposal has is not the tagger's to reuse
    if (keptContents.find(proposal.content, overlaps(proposal.content)) !== undefined) continue;
    if (proposal.cue !== null && keptCues.find(proposal.cue, overlaps(proposal.cue)) !== undefined) continue;
    const added = { ...proposal, score: proposal.score * 0.8 };
    kept.push(added);
    keptContents.add(added);
    keptCues.add(added);
  }
  return kept.sort((a, b) => a.content[0] - b.content[0]);
}
