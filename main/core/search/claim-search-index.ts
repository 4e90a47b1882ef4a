// The full-text index over claims (quote, cue, note, evidence titles), with MiniSearch: built
// from the claim catalog on first use, kept up to date with every change, and rebuilt whenever
// the catalog is (after a restore), so it is never lost for long nor stale.
import MiniSearch, { type Query, type SearchResult } from 'minisearch';
import type { CatalogChange, CatalogClaim, ClaimCatalog } from '../catalog/claim-catalog';

const FIELDS = ['quote', 'cue', 'note', 'evidenceTitles'] as const;
/** Claims indexed between two turns of the event loop during a full build. */
const BUILD_CHUNK = 500;

export interface TextMatches {
  /** the matching claims' ids, most relevant first */
  ids: string[];
  /** the indexed words that matched, for highlighting */
  terms: Set<string>;
}

function newIndex(): MiniSearch<CatalogClaim> {
  return new MiniSearch<CatalogClaim>({
    fields: [...FIELDS],
    storeFields: [],
    // one typo at most: a second one makes fuzzy search over a large vocabulary many times slower
    searchOptions: { boost: { quote: 2, cue: 1.5 }, maxFuzzy: 1 },
  });
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
  private index: MiniSearch<CatalogClaim> | null = null;
  private building: Promise<MiniSearch<CatalogClaim>> | null = null;
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
    this.index.addAll(added);
  }

  /** Applies a change made while the index was being built, whether or not the build saw it. */
  private static replay(index: MiniSearch<CatalogClaim>, change: CatalogChange): void {
    for (const claim of [...change.before, ...change.after]) if (index.has(claim.id)) index.discard(claim.id);
    index.addAll(change.after);
  }

  private async ready(): Promise<MiniSearch<CatalogClaim>> {
    if (this.index) return this.index;
    this.building ??= (async () => {
      const claims = await this.catalog.byDocuments();
      this.changedWhileBuilding = [];
      const started = performance.now();
      const index = newIndex();
      // in chunks, so that the core keeps answering (and saving) while a large library is indexed
      await index.addAllAsync([...claims.values()].flat(), { chunkSize: BUILD_CHUNK });
      this.lastBuildMs = performance.now() - started;
      // a rebuild asked for while this one ran wins
      if (this.building === null) return this.ready();
      for (const change of this.changedWhileBuilding) ClaimSearchIndex.replay(index, change);
      this.changedWhileBuilding = [];
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
    const terms = new Set<string>();
    if (words.length === 0 && phraseWords.length === 0) return { ids: [], terms };
    const run = (forgiving: boolean) => {
      const queries: Query[] = [];
      if (words.length > 0) {
        queries.push({
          queries: [words.join(' ')],
          combineWith: 'AND',
          // a prefix of one or two letters would expand to much of the vocabulary
          prefix: (term: string, i: number, all: string[]) => i === all.length - 1 && term.length >= 3,
          fuzzy: (term: string) => (forgiving && term.length >= 6 ? 0.2 : false),
        });
      }
      if (phraseWords.length > 0) queries.push({ queries: [phraseWords.join(' ')], combineWith: 'AND' });
      return index.search({ combineWith: 'AND', queries });
    };
    // typos are forgiven only when the words as typed find nothing: fuzzy matching costs the most
    let results: SearchResult[] = run(false);
    if (results.length === 0 && words.some((w) => w.length >= 6)) results = run(true);
    const ids = new Array<string>(results.length);
    for (let i = 0; i < results.length; i++) {
      const result = results[i]!;
      ids[i] = result.id as string;
      for (const term of result.terms) terms.add(term);
    }
    return { ids, terms };
  }
}
