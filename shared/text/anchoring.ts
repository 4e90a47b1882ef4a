// Finds where a claim belongs in a document's (possibly changed) text, from its W3C selectors
// (DESIGN.md section 4): its position if the text there is still its quote; else its quote,
// placed by its prefix and suffix; else a fuzzy match that must reach a minimum score; else the
// claim is an orphan. A match that cannot be told apart from another is an orphan too: a claim
// is never silently placed on a look-alike passage. Fuzzy search is Myers' bit-parallel
// algorithm (approx-string-match, from the Hypothesis project).
import search from 'approx-string-match';
import type { AnchorState } from '../domain/claim';
import type { TextSpan } from './text-span';

export interface Anchoring {
  start: number;
  end: number;
  state: AnchorState;
  /** 0..1: how well the text at start..end fits the selectors */
  score: number;
}

export interface AnchoringOptions {
  /** the lowest score a moved or fuzzy match may have (0..1) */
  minScore?: number;
  /** how much better the best match must score than any other to be chosen */
  margin?: number;
  /** how well prefix and suffix must fit (0..1) to choose between several matches */
  minContext?: number;
}

const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 };
const TOTAL = WEIGHTS.quote + WEIGHTS.prefix + WEIGHTS.suffix + WEIGHTS.position;
const MAX_CANDIDATES = 200;
const UNIQUE_QUOTE_LENGTH = 30;

/** 1 for identical, 0 for nothing in common: 1 - (edit distance / length), allowing a shift. */
function similarity(expected: string, actual: string): number {
  if (expected.length === 0) return 1;
  if (actual.length === 0) return 0;
  const matches = search(actual, expected, expected.length);
  const errors = matches.length ? Math.min(...matches.map((m) => m.errors)) : expected.length;
  return 1 - errors / expected.length;
}

interface Candidate {
  start: number;
  end: number;
  errors: number;
}

interface Scored extends Candidate {
  score: number;
  /** how well prefix and suffix fit, 0..1 */
  context: number;
}

function score(text: string, selector: TextSpan, candidate: Candidate): Scored {
  const quote = 1 - candidate.errors / Math.max(1, selector.exact.length);
  const prefix = similarity(selector.prefix, text.slice(Math.max(0, candidate.start - selector.prefix.length), candidate.start));
  const suffix = similarity(selector.suffix, text.slice(candidate.end, candidate.end + selector.suffix.length));
  const position = 1 - Math.abs(candidate.start - selector.start) / Math.max(1, text.length);
  const total = (WEIGHTS.quote * quote + WEIGHTS.prefix * prefix + WEIGHTS.suffix * suffix + WEIGHTS.position * position) / TOTAL;
  return { ...candidate, score: total, context: (WEIGHTS.prefix * prefix + WEIGHTS.suffix * suffix) / (WEIGHTS.prefix + WEIGHTS.suffix) };
}

/** Every place the quote occurs verbatim (up to a limit). */
function exactCandidates(text: string, exact: string): Candidate[] {
  const found: Candidate[] = [];
  for (let at = text.indexOf(exact); at >= 0 && found.length < MAX_CANDIDATES; at = text.indexOf(exact, at + 1)) {
    found.push({ start: at, end: at + exact.length, errors: 0 });
  }
  return found;
}

/** Near matches of the quote, allowing about one error in four characters. */
function fuzzyCandidates(text: string, exact: string): Candidate[] {
  const maxErrors = Math.min(64, Math.floor(exact.length / 4));
  if (maxErrors === 0) return [];
  return search(text, exact, maxErrors).slice(0, MAX_CANDIDATES);
}

const overlaps = (a: Candidate, b: Candidate) => a.start < b.end && b.start < a.end;

/** Anchors a selector in `text`. */
export function anchorSpan(text: string, selector: TextSpan, options: AnchoringOptions = {}): Anchoring {
  const minScore = options.minScore ?? 0.75;
  const margin = options.margin ?? 0.02;
  const minContext = options.minContext ?? 0.75;
  if (text.slice(selector.start, selector.end) === selector.exact) {
    return { start: selector.start, end: selector.end, state: 'exact', score: 1 };
  }
  const exact = exactCandidates(text, selector.exact);
  const candidates = exact.length > 0 ? exact : fuzzyCandidates(text, selector.exact);
  const ranked = candidates.map((c) => score(text, selector, c)).sort((a, b) => b.score - a.score);
  const best = ranked[0];
  const orphan: Anchoring = { start: selector.start, end: selector.end, state: 'orphan', score: best?.score ?? 0 };
  if (!best) return orphan;
  // A quote found verbatim once, long enough not to be a look-alike, stands on its own even
  // when its surroundings changed (a sentence moved to another paragraph).
  const uniqueLongQuote = best.errors === 0 && exact.length === 1 && selector.exact.length >= UNIQUE_QUOTE_LENGTH;
  if (!uniqueLongQuote && best.score < minScore) return orphan;
  // Where the quote (or something like it) occurs more than once, the context must say which.
  const rival = ranked.find((c) => !overlaps(c, best));
  if (rival && (best.score - rival.score < margin || best.context < minContext)) return orphan;
  // A fuzzy match's edges can land inside white space: trim them.
  let { start, end } = best;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end, state: best.errors === 0 ? 'moved' : 'fuzzy', score: best.score };
}
