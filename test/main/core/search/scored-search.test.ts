// The search core that reads MiniSearch's private postings: it must find exactly what
// MiniSearch's own search() finds, scored the same, and it fails here first if a MiniSearch
// upgrade changes the private fields it reads.
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { MiniSearchPostings } from '../../../../main/core/search/minisearch-postings';
import { scoredSearch, topByScore, type QueryTerm } from '../../../../main/core/search/scored-search';
import { seededRandom } from '../../../helpers/seeded-random';

interface Doc {
  id: string;
  quote: string;
  note: string;
}

const FIELDS = ['quote', 'note'];
const BOOST = { quote: 2 };
const VOCABULARY = ['with', 'within', 'without', 'withdrawal', 'rocket', 'rockets', 'strike', 'strikes', 'striker', 'report', 'reported', 'reporter', 'casualties', 'casualty', 'occupation', 'forces', 'the', 'a', 'resistance', 'resisted'];

function corpus(count: number): Doc[] {
  const next = seededRandom(3);
  const words = (n: number) => Array.from({ length: n }, () => VOCABULARY[Math.floor(next() * VOCABULARY.length)]!).join(' ');
  return Array.from({ length: count }, (_, i) => ({ id: `d${i}`, quote: words(3 + Math.floor(next() * 12)), note: next() < 0.5 ? '' : `${words(4)}, ${words(2)}.` }));
}

function newIndex(docs: readonly Doc[]): MiniSearchPostings<Doc> {
  const index = new MiniSearchPostings(new MiniSearch<Doc>({ fields: FIELDS, storeFields: [], searchOptions: { boost: BOOST, maxFuzzy: 1 } }));
  index.add(docs);
  return index;
}

/** What MiniSearch's own search answers for the same terms. */
function reference(index: MiniSearch<Doc>, queries: readonly QueryTerm[]) {
  return index
    .search({ combineWith: 'AND', queries: queries.map((q) => ({ queries: [q.term], prefix: q.prefix, fuzzy: q.maxDistance > 0 ? q.maxDistance : false })) })
    .map((r) => ({ id: r.id as string, score: r.score / r.queryTerms.length, terms: r.terms }));
}

function compare(postings: MiniSearchPostings<Doc>, queries: QueryTerm[]) {
  const ours = scoredSearch(postings, queries, BOOST, FIELDS);
  const theirs = reference(postings.miniSearch, queries);
  expect(ours.shortIds.map((s) => postings.document(s)!.id).sort()).toEqual(theirs.map((r) => r.id).sort());
  expect([...ours.terms].sort()).toEqual([...new Set(theirs.flatMap((r) => r.terms))].sort());
  return { ours, theirs, postings };
}

const term = (text: string, prefix = false, maxDistance = 0): QueryTerm => ({ term: text, prefix, maxDistance });

describe('scored search over MiniSearch postings', () => {
  it('reads the private fields of the pinned MiniSearch version', () => {
    const postings = newIndex(corpus(20));
    expect(postings.documentCount()).toBe(20);
    expect(postings.idLimit()).toBe(20);
    expect(postings.document(0)!.id).toBe('d0');
    postings.refresh();
    expect(postings.fieldCount).toBe(2);
    // MiniSearch counts a field's length in distinct terms
    expect(postings.lengths[0]).toBe(new Set(corpus(20)[0]!.quote.split(' ')).size);
    expect([...postings.live]).toEqual(new Array(20).fill(1));
    expect(postings.averageLength(postings.fieldId('quote'))).toBeGreaterThan(0);
    expect([...postings.withPrefix('with')].map(([t]) => t).sort()).toEqual(['with', 'withdrawal', 'within', 'without']);
    expect([...postings.fuzzy('rocket', 1).keys()].sort()).toEqual(['rocket', 'rockets']);
    expect(postings.exact('rocket')!.get(postings.fieldId('quote'))!.size).toBeGreaterThan(0);
    expect(() => new MiniSearchPostings(new (class {})() as unknown as MiniSearch<Doc>)).toThrow(/MiniSearch internals changed/);
  });

  it('finds what MiniSearch finds, in the same order, with the same scores and matched terms', () => {
    const postings = newIndex(corpus(400));
    const queries = [
      [term('rocket')],
      [term('with', true)],
      [term('rocket'), term('strik', true)],
      [term('casualties'), term('with'), term('report', true)],
      [term('occupation'), term('occupation')],
      [term('resistanse', false, 1)],
      [term('forces'), term('rocke', true, 1)],
      [term('zeppelin')],
      [term('rocket'), term('zeppelin')],
    ];
    for (const query of queries) {
      const { ours, theirs } = compare(postings, query);
      const scores = new Map(theirs.map((r) => [r.id, r.score]));
      const relevance = Float64Array.from(ours.shortIds, (s) => ours.score[s]!);
      const ranked = topByScore(relevance, relevance.length).map((i) => `d${ours.shortIds[i]}`);
      // ties may be broken differently; the scores in our order must not increase
      const inOrder = ranked.map((id) => scores.get(id)!);
      for (let i = 1; i < inOrder.length; i++) expect(inOrder[i]!).toBeLessThanOrEqual(inOrder[i - 1]! * (1 + 1e-8));
    }
  });

  it('skips discarded documents until MiniSearch drops their postings, and finds re-added ones', () => {
    const docs = corpus(200);
    const postings = newIndex(docs);
    compare(postings, [term('rocket')]);
    // some discarded after the field lengths were copied, some before
    for (const doc of docs.slice(0, 30)) postings.discard(doc.id);
    postings.add([{ id: 'late', quote: 'rocket strike', note: '' }]);
    postings.discard('late');
    for (const doc of docs.slice(30, 50)) postings.discard(doc.id);
    postings.add([{ id: 'again', quote: 'rocket with zeppelin', note: '' }]);
    compare(postings, [term('rocket')]);
    compare(postings, [term('with', true)]);
    const { ours } = compare(postings, [term('zeppelin')]);
    expect(ours.shortIds.map((s) => postings.document(s)!.id)).toEqual(['again']);
    // a document whose other fields changed is kept without being indexed again
    postings.keep({ id: 'again', quote: 'rocket with zeppelin', note: '', edited: true } as Doc);
    expect(postings.document(ours.shortIds[0]!)).toMatchObject({ edited: true });
  });
});

describe('topByScore', () => {
  it('ranks by descending score, equal scores in order of place, any prefix the same as the full order', () => {
    const next = seededRandom(8);
    for (const length of [0, 1, 5, 1000, 20_000]) {
      // few distinct scores, so that many are equal
      const scores = Float64Array.from({ length }, () => Math.floor(next() * 50) / 7);
      const full = Array.from({ length }, (_, i) => i).sort((a, b) => scores[b]! - scores[a]! || a - b);
      expect(topByScore(scores, length)).toEqual(full);
      for (const count of [1, 3, 100, 999, 5000]) expect(topByScore(scores, count)).toEqual(full.slice(0, count));
    }
  });
});
