// Scoring suggestions against gold attributions, as issue 8 sets it: a predicted claim matches a
// gold claim when their overlap covers at least half of each (in non-space characters), one to one;
// a source counts only when its claim matched and the two source spans match by the same rule.
import { munkres } from 'munkres';

export interface ScoredSpan {
  start: number;
  end: number;
}

export interface ScoredAttribution {
  content: ScoredSpan;
  source: ScoredSpan | null;
  type: string;
}

export interface Counts {
  predicted: number;
  gold: number;
  matched: number;
  predictedSources: number;
  goldSources: number;
  matchedSources: number;
}

export interface Figures {
  claim_precision: number;
  claim_recall: number;
  claim_f1: number;
  source_precision: number;
  source_recall: number;
  source_f1: number;
}

function nonSpace(text: string, start: number, end: number): number {
  let count = 0;
  for (let at = start; at < end; at += 1) if (!/\s/.test(text[at]!)) count += 1;
  return count;
}

/** Whether two spans of `text` overlap on at least half of each one's non-space characters. */
export function spansMatch(text: string, a: ScoredSpan, b: ScoredSpan): boolean {
  const shared = nonSpace(text, Math.max(a.start, b.start), Math.min(a.end, b.end));
  if (shared === 0) return false;
  return shared * 2 >= nonSpace(text, a.start, a.end) && shared * 2 >= nonSpace(text, b.start, b.end);
}

/** How closely two matching spans agree: their shared non-space characters over their union's (1 when equal). */
function closeness(text: string, a: ScoredSpan, b: ScoredSpan): number {
  const shared = nonSpace(text, Math.max(a.start, b.start), Math.min(a.end, b.end));
  return shared / (nonSpace(text, a.start, a.end) + nonSpace(text, b.start, b.end) - shared);
}

// a pair that does not match costs more than any set of matching pairs can save, so the assignment
// first matches as many claims as it can
const NO_MATCH = 1e6;

/**
 * A maximum one-to-one matching of predicted to gold claims; pairs [predicted, gold]. Among the
 * maximum matchings it takes the one whose pairs agree most closely: when an attribution nests in
 * another ("it feared Y" inside "The association said it feared Y"), both predictions match both gold
 * claims, and each is paired with its own rather than the other (the Hungarian algorithm, `munkres`).
 */
export function matchClaims(text: string, predicted: readonly ScoredAttribution[], gold: readonly ScoredAttribution[]): [number, number][] {
  if (predicted.length === 0 || gold.length === 0) return [];
  const costs = predicted.map((p) => gold.map((g) => (spansMatch(text, p.content, g.content) ? 1 - closeness(text, p.content, g.content) : NO_MATCH)));
  return munkres(costs)
    .filter(([p, g]) => costs[p]![g]! < NO_MATCH)
    .sort(([, a], [, b]) => a - b);
}

/** Claim and source counts for one text. */
export function countMatches(text: string, predicted: readonly ScoredAttribution[], gold: readonly ScoredAttribution[]): Counts {
  const pairs = matchClaims(text, predicted, gold);
  const matchedSources = pairs.filter(([p, g]) => {
    const [a, b] = [predicted[p]!.source, gold[g]!.source];
    return a !== null && b !== null && spansMatch(text, a, b);
  }).length;
  return {
    predicted: predicted.length,
    gold: gold.length,
    matched: pairs.length,
    predictedSources: predicted.filter((p) => p.source !== null).length,
    goldSources: gold.filter((g) => g.source !== null).length,
    matchedSources,
  };
}

export function addCounts(a: Counts, b: Counts): Counts {
  return {
    predicted: a.predicted + b.predicted,
    gold: a.gold + b.gold,
    matched: a.matched + b.matched,
    predictedSources: a.predictedSources + b.predictedSources,
    goldSources: a.goldSources + b.goldSources,
    matchedSources: a.matchedSources + b.matchedSources,
  };
}

export const NO_COUNTS: Counts = { predicted: 0, gold: 0, matched: 0, predictedSources: 0, goldSources: 0, matchedSources: 0 };

const ratio = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);
const f1 = (precision: number, recall: number) => (precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall));
const round = (value: number) => Math.round(value * 1000) / 1000;

/** Precision, recall and F1 of claims and sources, rounded to three decimals. */
export function figures(counts: Counts): Figures {
  const claimPrecision = ratio(counts.matched, counts.predicted);
  const claimRecall = ratio(counts.matched, counts.gold);
  const sourcePrecision = ratio(counts.matchedSources, counts.predictedSources);
  const sourceRecall = ratio(counts.matchedSources, counts.goldSources);
  return {
    claim_precision: round(claimPrecision),
    claim_recall: round(claimRecall),
    claim_f1: round(f1(claimPrecision, claimRecall)),
    source_precision: round(sourcePrecision),
    source_recall: round(sourceRecall),
    source_f1: round(f1(sourcePrecision, sourceRecall)),
  };
}
