// The full-text index over claims (quote, cue, note, evidence titles), with MiniSearch: built
// from the claim catalog on first use, kept up to date with every change, and rebuilt whenever
// the catalog is (after a restore), so it is never lost for long nor stale.
import MiniSearch, { type Query, type SearchResult } from 'minisearch';
import type { CatalogChange, CatalogClaim, ClaimCatalog } from '../catalog/claim-catalog';

const FIELDS = ['quote', 'cue', 'note', 'evidenceTitles'] as const;

export interface TextMatches {
  /** claim id to relevance score */
  scores: Map<string, number>;
  /** the indexed words that matched, for highlighting */
  terms: Set<string>;
}

function newIndex(): MiniSearch<CatalogClaim> {
  return new MiniSearch<CatalogClaim>({
    fields: [...FIELDS],
    storeFields: [],
    searchOptions: { boost: { quote: 2, cue: 1.5 } },
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
  const removed = before.filter((c) => !fresh.has(c.id) || added.some((a) => a.id === c.id));
  return { added, removed };
}

export class ClaimSearchIndex {
  private index: MiniSearch<CatalogClaim> | null = null;
  private building: Promise<MiniSearch<CatalogClaim>> | null = null;
  /** how long the last full build took, in milliseconds */
  lastBuildMs = 0;

  constructor(private readonly catalog: ClaimCatalog) {
    catalog.onChange((change) => this.apply(change));
  }

  private apply(change: CatalogChange | 'rebuilt'): void {
    if (change === 'rebuilt') {
      this.index = null;
      this.building = null;
      return;
    }
    if (!this.index) return;
    const { added, removed } = changedClaims(change.before, change.after);
    for (const claim of removed) if (this.index.has(claim.id)) this.index.discard(claim.id);
    this.index.addAll(added);
  }

  private async ready(): Promise<MiniSearch<CatalogClaim>> {
    if (this.index) return this.index;
    this.building ??= (async () => {
      const claims = await this.catalog.byDocuments();
      const started = performance.now();
      const index = newIndex();
      for (const entries of claims.values()) index.addAll(entries);
      this.lastBuildMs = performance.now() - started;
      // a rebuild asked for while this one ran wins
      if (this.building === null) return this.ready();
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
    const scores = new Map<string, number>();
    const terms = new Set<string>();
    if (words.length === 0 && phraseWords.length === 0) return { scores, terms };
    const queries: Query[] = [];
    if (words.length > 0) {
      queries.push({
        queries: [words.join(' ')],
        combineWith: 'AND',
        prefix: (term: string, i: number, all: string[]) => i === all.length - 1 && term.length >= 2,
        fuzzy: (term: string) => (term.length >= 6 ? 0.2 : false),
      });
    }
    if (phraseWords.length > 0) queries.push({ queries: [phraseWords.join(' ')], combineWith: 'AND' });
    const results: SearchResult[] = index.search({ combineWith: 'AND', queries });
    for (const result of results) {
      scores.set(String(result.id), result.score);
      for (const term of result.terms) terms.add(term);
    }
    return { scores, terms };
  }
}
