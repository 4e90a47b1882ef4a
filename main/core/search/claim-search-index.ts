// The full-text index over claims (quote, cue, note, evidence titles), with MiniSearch: built
// from the claim catalog on first use, kept up to date with every change, and rebuilt whenever
// the catalog is (after a restore), so it is never lost for long nor stale. MiniSearch splits and
// indexes the text; matches are scored by scored-search.ts over its postings, and handed out as
// the catalog's claims (kept by short id, so that a match costs no lookup by id).
import MiniSearch from 'minisearch';
import { withoutArabicArticle } from '@shared/text/arabic-article';
import { foldAccents } from '@shared/text/fold-accents';
import type { CatalogChange, CatalogClaim, ClaimCatalog } from '../catalog/claim-catalog';
import { MiniSearchPostings } from './minisearch-postings';
import { scoredSearch, type QueryTerm } from './scored-search';

/** The shortest word searched for again with one typo forgiven, when the words as typed find nothing. */
const MIN_FORGIVEN_LENGTH = 4;

const FIELDS = ['quote', 'cue', 'note', 'evidenceTitles'] as const;
/** How much a match in each field counts (1 when not named). */
const BOOST: Readonly<Record<string, number>> = { quote: 2, cue: 1.5 };
/** Claims indexed between two turns of the event loop during a full build. */
const BUILD_CHUNK = 500;

export interface TextMatches {
  /** the matching claims, in no particular order (topByScore() ranks them by `scores`) */
  claims: CatalogClaim[];
  /** each claim's relevance, by its place in `claims` */
  scores: Float64Array;
  /** the indexed words that matched, for highlighting */
  terms: Set<string>;
}

/** A word as the index keeps it and a query looks for it: lower case, without accents ("Café" -> "cafe"). */
const processTerm = (term: string) => withoutArabicArticle(foldAccents(term));

function newIndex(): MiniSearch<CatalogClaim> {
  return new MiniSearch<CatalogClaim>({
    fields: [...FIELDS],
    storeFields: [],
    processTerm,
  });
}

const tokenize = MiniSearch.getDefault('tokenize') as (text: string) => string[];

/** A query's words as the index has them (split at spaces and punctuation, lower case, without accents). */
function indexedTerms(text: string): string[] {
  return tokenize(text).flatMap((token) => processTerm(token) || []);
}

/** Claims whose indexed text changed between two versions of a document's entries. */
function changedClaims(before: readonly CatalogClaim[], after: readonly CatalogClaim[]) {
  const old = new Map(before.map((c) => [c.id, c]));
  const fresh = new Set(after.map((c) => c.id));
  const added = after.filter((c) => {
    const previous = old.get(c.id);
    return !previous || FIELDS.some((f) => previous[f] !== c[f]);
  });
  const readded = new Set(added.map((c) => c.id));
  const removed = before.filter((c) => !fresh.has(c.id) || readded.has(c.id));
  return { added, removed };
}

export class ClaimSearchIndex {
  private index: MiniSearchPostings<CatalogClaim> | null = null;
  private building: Promise<MiniSearchPostings<CatalogClaim>> | null = null;
  private changedWhileBuilding: CatalogChange[] = [];
  /** how long the last full build took, in milliseconds */
  lastBuildMs = 0;

  constructor(private readonly catalog: ClaimCatalog) {
    catalog.onChange((change) => this.apply(change));
  }

  private apply(change: CatalogChange | 'rebuilt'): void {
    if (change === 'rebuilt') {
      this.index = null;
      this.building = null;
      this.changedWhileBuilding = [];
      return;
    }
    if (!this.index) {
      if (this.building) this.changedWhileBuilding.push(change);
      return;
    }
    const { added, removed } = changedClaims(change.before, change.after);
    for (const claim of removed) if (this.index.has(claim.id)) this.index.discard(claim.id);
    this.index.add(added);
    // the claims whose other fields changed are kept too, for the query service's tests
    for (const claim of change.after) this.index.keep(claim);
  }

  /** Applies a change made while the index was being built, whether or not the build saw it. */
  private static replay(index: MiniSearchPostings<CatalogClaim>, change: CatalogChange): void {
    for (const claim of [...change.before, ...change.after]) if (index.has(claim.id)) index.discard(claim.id);
    index.add(change.after);
  }

  private async ready(): Promise<MiniSearchPostings<CatalogClaim>> {
    if (this.index) return this.index;
    this.building ??= (async () => {
      const claims = await this.catalog.byDocuments();
      this.changedWhileBuilding = [];
      const started = performance.now();
      const index = new MiniSearchPostings(newIndex());
      // in chunks, so that the core keeps answering (and saving) while a large library is indexed
      await index.addAsync([...claims.values()].flat(), BUILD_CHUNK);
      this.lastBuildMs = performance.now() - started;
      // a rebuild asked for while this one ran wins
      if (this.building === null) return this.ready();
      for (const change of this.changedWhileBuilding) ClaimSearchIndex.replay(index, change);
      this.changedWhileBuilding = [];
      index.refresh();
      this.index = index;
      return index;
    })();
    return this.building;
  }

  /** Builds the index now (the app warms it in the background after start). */
  async warm(): Promise<void> {
    await this.ready();
  }

  /**
   * Claims matching all `words` (the last one also as a prefix, longer ones with a typo or two)
   * and containing every word of each phrase; phrases are checked exactly by the caller.
   */
  async search(words: readonly string[], phraseWords: readonly string[]): Promise<TextMatches> {
    const index = await this.ready();
    if (words.length === 0 && phraseWords.length === 0) return { claims: [], scores: new Float64Array(0), terms: new Set() };
    const wordTerms = indexedTerms(words.join(' '));
    const phraseTerms = indexedTerms(phraseWords.join(' '));
    // words or a phrase of punctuation only match nothing
    if ((words.length > 0 && wordTerms.length === 0) || (phraseWords.length > 0 && phraseTerms.length === 0)) return { claims: [], scores: new Float64Array(0), terms: new Set() };
    const run = (forgiving: boolean) => {
      const queries: QueryTerm[] = wordTerms.map((term, i) => ({
        term,
        // a prefix of one or two letters would expand to much of the vocabulary
        prefix: i === wordTerms.length - 1 && term.length >= 3,
        // one typo at most (in a word of four letters or more: "Irak", "Asad"): a second one makes
        // fuzzy search over a large vocabulary many times slower, and a shorter word would find too much
        maxDistance: forgiving && term.length >= MIN_FORGIVEN_LENGTH ? 1 : 0,
      }));
      for (const term of phraseTerms) queries.push({ term, prefix: false, maxDistance: 0 });
      return scoredSearch(index, queries, BOOST, FIELDS);
    };
    // typos are forgiven only when the words as typed find nothing: fuzzy matching costs the most
    let matches = run(false);
    if (matches.shortIds.length === 0 && words.some((w) => w.length >= MIN_FORGIVEN_LENGTH)) matches = run(true);
    const { shortIds, score } = matches;
    const claims = new Array<CatalogClaim>(shortIds.length);
    const scores = new Float64Array(shortIds.length);
    for (let i = 0; i < claims.length; i++) {
      claims[i] = index.document(shortIds[i]!)!;
      scores[i] = score[shortIds[i]!]!;
    }
    return { claims, scores, terms: matches.terms };
  }
}
