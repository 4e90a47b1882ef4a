// AND search with BM25 relevance over MiniSearch's postings, scoring into typed arrays indexed by
// short document id instead of an object per hit: the same matches and the same scores as
// MiniSearch's search() (its weights for prefix and fuzzy matches, its BM25 parameters), several
// times faster on a word found in a quarter of the claims. The rarest word is looked up
// first; a word with more postings than there are candidates left is probed per candidate.
import type { MiniSearchPostings, TermPostings } from './minisearch-postings';

/** A word of the query as indexed, and how loosely it may match. */
export interface QueryTerm {
  term: string;
  /** also match the indexed terms it begins */
  prefix: boolean;
  /** edits allowed, 0 for none */
  maxDistance: number;
}

export interface ScoredMatches {
  /** short document ids, in no particular order (topByScore() ranks them) */
  shortIds: number[];
  /** each document's relevance, by short id */
  score: Float64Array;
  /** the indexed terms found in the matches */
  terms: Set<string>;
}

// MiniSearch 7's defaults, so that relevance stays what it was
const K = 1.2;
const B = 0.7;
const D = 0.5;
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;

/** BM25 for a term found `termFrequency` times in a field, given K * B * its length / the average length. */
const bm25 = (termFrequency: number, lengthPart: number) => D + (termFrequency * (K + 1)) / (termFrequency + K * (1 - B) + lengthPart);

/** An indexed term a query term matches, and how much a match on it counts. */
interface Derived {
  term: string;
  postings: TermPostings;
  weight: number;
}

function derivedTerms<T extends { id: string }>(index: MiniSearchPostings<T>, query: QueryTerm): Derived[] {
  const derived: Derived[] = [];
  const exact = index.exact(query.term);
  if (exact) derived.push({ term: query.term, postings: exact, weight: 1 });
  const prefixed = new Set<string>();
  if (query.prefix) {
    for (const [term, postings] of index.withPrefix(query.term)) {
      const distance = term.length - query.term.length;
      if (distance === 0) continue;
      prefixed.add(term);
      derived.push({ term, postings, weight: (PREFIX_WEIGHT * term.length) / (term.length + 0.3 * distance) });
    }
  }
  if (query.maxDistance > 0) {
    for (const [term, [postings, distance]] of index.fuzzy(query.term, query.maxDistance)) {
      if (distance === 0 || prefixed.has(term)) continue;
      derived.push({ term, postings, weight: (FUZZY_WEIGHT * term.length) / (term.length + distance) });
    }
  }
  return derived;
}

const postingCount = (derived: readonly Derived[]) => {
  let count = 0;
  for (const d of derived) for (const docs of d.postings.values()) count += docs.size;
  return count;
};

/** True when some document of `docs` is among the matches (marked `final` in `mark`). */
function anyMatch(docs: ReadonlyMap<number, number>, matches: readonly number[], mark: Uint16Array, final: number): boolean {
  if (docs.size <= matches.length) {
    for (const doc of docs.keys()) if (mark[doc] === final) return true;
    return false;
  }
  for (const doc of matches) if (docs.has(doc)) return true;
  return false;
}

/** The value at `target` were `values` sorted ascending (quickselect; reorders `values`). */
function selectAt(values: Float64Array, target: number): number {
  let low = 0;
  let high = values.length - 1;
  while (high > low) {
    const a = values[low]!;
    const b = values[(low + high) >> 1]!;
    const c = values[high]!;
    const pivot = Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    let i = low;
    let j = high;
    while (i <= j) {
      while (values[i]! < pivot) i++;
      while (values[j]! > pivot) j--;
      if (i <= j) {
        const swap = values[i]!;
        values[i++] = values[j]!;
        values[j--] = swap;
      }
    }
    if (target <= j) high = j;
    else if (target >= i) low = i;
    else break;
  }
  return values[target]!;
}

/**
 * The places in `scores` of the `count` highest, highest first, equal scores in order of place:
 * a prefix of the same order whatever `count` is, found without sorting the rest (a page of a
 * hundred out of a hundred thousand matches needs no full sort).
 */
export function topByScore(scores: Float64Array, count: number): number[] {
  const n = scores.length;
  const byRank = (a: number, b: number) => scores[b]! - scores[a]! || a - b;
  if (count >= n) return Array.from({ length: n }, (_, i) => i).sort(byRank);
  if (count <= 0) return [];
  const threshold = selectAt(Float64Array.from(scores), n - count);
  let room = count;
  for (let i = 0; i < n; i++) if (scores[i]! > threshold) room--;
  const top: number[] = [];
  for (let i = 0; i < n; i++) {
    const score = scores[i]!;
    if (score > threshold || (score === threshold && room-- > 0)) top.push(i);
  }
  return top.sort(byRank);
}

/**
 * The documents matching every query term, most relevant first. `boosts` weighs each field
 * (1 when not named).
 */
export function scoredSearch<T extends { id: string }>(index: MiniSearchPostings<T>, queries: readonly QueryTerm[], boosts: Readonly<Record<string, number>>, fields: readonly string[]): ScoredMatches {
  const none: ScoredMatches = { shortIds: [], score: new Float64Array(0), terms: new Set() };
  if (queries.length === 0 || queries.length >= 0xffff) return none;
  const expanded = queries.map((q) => derivedTerms(index, q));
  if (expanded.some((d) => d.length === 0)) return none;
  const order = expanded.map((derived) => ({ derived, size: postingCount(derived) })).sort((a, b) => a.size - b.size);

  index.refresh();
  const { lengths, live, fieldCount } = index;
  const limit = index.idLimit();
  const documentCount = index.documentCount();
  const fieldBoost = new Map(fields.map((f) => [index.fieldId(f), boosts[f] ?? 1]));
  const score = new Float64Array(limit);
  // how many query terms (taken in `order`) a document has matched so far
  const mark = new Uint16Array(limit);
  let candidates: number[] = [];
  for (let k = 0; k < order.length; k++) {
    const found: number[] = [];
    for (const { postings, weight } of order[k]!.derived) {
      for (const [fieldId, docs] of postings) {
        const boost = fieldBoost.get(fieldId);
        if (boost === undefined) continue;
        const matching = docs.size;
        const idf = Math.log(1 + (documentCount - matching + 0.5) / (matching + 0.5));
        const scale = weight * boost * idf;
        const perLength = (K * B) / index.averageLength(fieldId);
        if (k > 0 && docs.size > candidates.length) {
          // a common term after a rarer one: look the few candidates up instead
          for (let i = 0; i < candidates.length; i++) {
            const doc = candidates[i]!;
            const termFrequency = docs.get(doc);
            if (termFrequency === undefined || live[doc] === 0) continue;
            score[doc]! += scale * bm25(termFrequency, perLength * lengths[doc * fieldCount + fieldId]!);
            if (mark[doc] === k) {
              mark[doc] = k + 1;
              found.push(doc);
            }
          }
        } else {
          const before = k;
          docs.forEach((termFrequency, doc) => {
            if (mark[doc]! < before || live[doc] === 0) return;
            score[doc]! += scale * bm25(termFrequency, perLength * lengths[doc * fieldCount + fieldId]!);
            if (mark[doc] === before) {
              mark[doc] = before + 1;
              found.push(doc);
            }
          });
        }
      }
    }
    candidates = found;
    if (candidates.length === 0) return none;
  }

  const final = order.length;
  const terms = new Set<string>();
  for (const { derived } of order) {
    for (const d of derived) {
      if (terms.has(d.term)) continue;
      for (const docs of d.postings.values()) {
        if (anyMatch(docs, candidates, mark, final)) {
          terms.add(d.term);
          break;
        }
      }
    }
  }
  return { shortIds: candidates, score, terms };
}
