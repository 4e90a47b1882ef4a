// Answers the claims table: runs a filter (words and phrases through the search index, field
// clauses and facets as tests), sorts, and hands out pages, facet counts and chart numbers. The
// last few results are kept until the library changes, so scrolling asks for pages cheaply.
import type { DocumentSummary } from '@shared/domain/document';
import { sourceNameKey } from '@shared/domain/source';
import { outletOf, type ClaimFilter, type ClaimSort } from '@shared/search/claim-filter';
import { FACET_NAMES, ROW_QUOTE_CHARS, type ChartData, type ClaimFacetCounts, type ClaimQueryResult, type ClaimTableRow } from '@shared/search/claims-table';
import { parseQuery, type QueryProblem } from '@shared/search/query-language';
import { foldAccents } from '@shared/text/fold-accents';
import type { CatalogClaim, ClaimCatalog } from '../catalog/claim-catalog';
import type { LibraryStore } from '../store/library-store';
import { claimTest, phraseTest, wordTest } from './claim-matcher';
import type { ClaimSearchIndex } from './claim-search-index';
import { topByScore } from './scored-search';
import { sortClaims } from './claim-sorting';
import { chartData, facetCounts } from './claim-statistics';
import { claimsTagged, indexTags } from './tag-index';

/** What a filter selects, whatever the order: counted and charted once, sorted on demand. */
interface Selection {
  /** in library order, or as the index found them when the filter has words */
  claims: CatalogClaim[];
  byRelevance: boolean;
  /** each claim's relevance (by its place in `claims`) when the filter has words */
  scores: Float64Array | null;
  /** the most relevant claims, most relevant first, as many as pages asked for so far */
  ranked: CatalogClaim[];
  terms: string[];
  problems: QueryProblem[];
  documents: ReadonlyMap<string, DocumentSummary>;
  facets?: ClaimFacetCounts;
  documentCount?: number;
  charts?: ChartData;
  /** the claims in each order asked for so far */
  sorted: Map<string, CatalogClaim[]>;
}

/** A selection in one order. */
export interface SortedSelection {
  selection: Selection;
  claims: CatalogClaim[];
}

const KEPT_RESULTS = 4;
const SNIPPET_CHARS = 160;

/** A piece of `text` around the first matched term (the index's, without accents), or '' when none is in it. */
function snippetOf(text: string, terms: readonly string[]): string {
  // folded as the index folds words ("Café" is "cafe"), where that keeps each character's place
  const folded = foldAccents(text);
  const lower = folded.length === text.length ? folded : text.toLocaleLowerCase();
  const at = terms.map((t) => lower.indexOf(t)).filter((i) => i >= 0).sort((a, b) => a - b)[0];
  if (at === undefined) return '';
  const start = Math.max(0, at - 40);
  return `${start > 0 ? '…' : ''}${text.slice(start, start + SNIPPET_CHARS)}${start + SNIPPET_CHARS < text.length ? '…' : ''}`;
}

export class ClaimQueryService {
  private readonly kept = new Map<string, { version: number; selection: Selection }>();

  constructor(
    private readonly store: LibraryStore,
    private readonly catalog: ClaimCatalog,
    private readonly index: ClaimSearchIndex,
  ) {}

  /** Indexes the claims' tags (the app does it in the background after start). */
  async warm(): Promise<void> {
    indexTags((await this.catalog.byDocuments()).values());
  }

  /** The claims a filter selects (kept until the library changes). */
  private async matching(filter: ClaimFilter): Promise<Selection> {
    const key = JSON.stringify(filter);
    const version = this.catalog.version;
    const kept = this.kept.get(key);
    if (kept && kept.version === version) return kept.selection;
    const selection = await this.run(filter);
    if (this.catalog.version !== version) return selection;
    this.kept.delete(key);
    this.kept.set(key, { version, selection });
    for (const old of this.kept.keys()) if (this.kept.size > KEPT_RESULTS) this.kept.delete(old);
    return selection;
  }

  /** The claims a filter selects, in the order asked for. */
  async select(filter: ClaimFilter, sort: ClaimSort): Promise<SortedSelection> {
    const selection = await this.matching(filter);
    if (sort.column === 'relevance' && selection.byRelevance) return { selection, claims: this.ranked(selection, selection.claims.length) };
    const order: ClaimSort = sort.column === 'relevance' ? { column: 'updated', descending: true } : sort;
    const key = `${order.column} ${order.descending}`;
    let claims = selection.sorted.get(key);
    if (!claims) {
      claims = sortClaims([...selection.claims], order, { taxonomy: this.store.library.taxonomy, sources: this.store.library.sources, documents: selection.documents });
      selection.sorted.set(key, claims);
    }
    return { selection, claims };
  }

  /** At least the `count` most relevant claims of a selection with words, most relevant first. */
  private ranked(selection: Selection, count: number): CatalogClaim[] {
    const { claims, scores } = selection;
    const wanted = Math.min(count, claims.length);
    if (!scores || selection.ranked.length >= wanted) return selection.ranked;
    // twice as many as last time, so that scrolling down ranks a few times only
    const ranking = topByScore(scores, Math.max(wanted, selection.ranked.length * 2));
    selection.ranked = ranking.map((i) => claims[i]!);
    return selection.ranked;
  }

  private async run(filter: ClaimFilter): Promise<Selection> {
    const parsed = parseQuery(filter.query);
    const { library } = this.store;
    const documents = new Map(this.store.documentSummaries().map((d) => [d.id, d]));
    const context = { taxonomy: library.taxonomy, sources: library.sources, documents };
    const { test, problems } = claimTest(parsed.clauses, filter.facets, context);
    const textClauses = parsed.clauses.flatMap((c) => (c.kind === 'field' ? [] : [c]));
    const words = textClauses.filter((c) => c.kind === 'word' && !c.negated).map((c) => c.text);
    const excluded = textClauses.filter((c) => c.kind === 'word' && c.negated).map((c) => c.text);
    const phrases = textClauses.filter((c) => c.kind === 'phrase');
    const positivePhrases = phrases.filter((p) => !p.negated);
    const matches = words.length > 0 || positivePhrases.length > 0 ? await this.index.search(words, positivePhrases.flatMap((p) => p.text.split(/\s+/))) : null;
    const all = await this.catalog.byDocuments();
    // with words, only the index's matches are candidates (most relevant first); otherwise the
    // claims with a tag asked for, or every claim (in library order); the test below decides
    const tag = parsed.clauses.find((c) => c.kind === 'field' && c.field === 'tag' && !c.negated);
    let claims: CatalogClaim[] = [];
    if (matches) claims = matches.claims;
    else if (tag?.kind === 'field') claims = claimsTagged(all.values(), sourceNameKey(tag.value));
    else for (const entries of all.values()) for (const claim of entries) claims.push(claim);
    let kept: number[] | null = null;
    if (excluded.length > 0 || phrases.length > 0 || test !== null) {
      // the cheap field tests first, then the text: phrases, and words left out
      const textTests = [...phrases.map((p) => ({ holds: phraseTest(p.text), negated: p.negated })), ...excluded.map((w) => ({ holds: wordTest(w), negated: true }))];
      kept = [];
      for (let i = 0; i < claims.length; i++) {
        const claim = claims[i]!;
        if ((test === null || test(claim)) && textTests.every((t) => t.holds(claim) !== t.negated)) kept.push(i);
      }
    }
    // the index's matches are ranked by relevance when a page asks (ranked())
    let scores = matches?.scores ?? null;
    if (kept) {
      if (matches) scores = Float64Array.from(kept, (i) => matches.scores[i]!);
      claims = kept.map((i) => claims[i]!);
    }
    return { claims, byRelevance: matches !== null, scores, ranked: [], terms: [...(matches?.terms ?? [])], problems: [...parsed.problems, ...problems], documents, sorted: new Map() };
  }

  private row(claim: CatalogClaim, selection: Selection): ClaimTableRow {
    const doc = selection.documents.get(claim.documentId);
    const quoteMatches = snippetOf(claim.quote, selection.terms) !== '';
    return {
      id: claim.id,
      documentId: claim.documentId,
      documentTitle: doc?.title ?? '',
      outlet: doc ? outletOf(doc) : '',
      published: doc?.published ?? '',
      quote: claim.quote.length > ROW_QUOTE_CHARS ? `${claim.quote.slice(0, ROW_QUOTE_CHARS)}…` : claim.quote,
      snippet: selection.terms.length === 0 || quoteMatches ? '' : snippetOf(claim.note, selection.terms) || snippetOf(claim.cue, selection.terms) || snippetOf(claim.evidenceTitles, selection.terms),
      sourceIds: [...claim.sourceIds],
      attribution: claim.attribution,
      status: claim.status,
      tags: [...claim.tags],
      anchor: claim.anchor,
      updatedAt: claim.updatedAt,
    };
  }

  /** One page of the table for a filter. */
  async query(filter: ClaimFilter, sort: ClaimSort, offset: number, limit: number): Promise<ClaimQueryResult> {
    const selection = await this.matching(filter);
    // by relevance, only as many claims are ranked as the pages shown so far
    const claims = sort.column === 'relevance' && selection.byRelevance ? this.ranked(selection, offset + limit) : (await this.select(filter, sort)).claims;
    if (selection.documentCount === undefined) {
      const documents = new Set<string>();
      for (const claim of selection.claims) documents.add(claim.documentId);
      selection.documentCount = documents.size;
    }
    return {
      total: selection.claims.length,
      documents: selection.documentCount,
      offset,
      rows: claims.slice(offset, offset + limit).map((c) => this.row(c, selection)),
      terms: selection.terms,
      problems: selection.problems,
    };
  }

  /**
   * The facet counts of a filter's result (asked for after its first page, so rows show first). A
   * group with values ticked is counted over what the rest of the filter selects: its other values
   * stay listed, each with the claims ticking it too would add (values within a group are alternatives).
   */
  async facets(filter: ClaimFilter): Promise<ClaimFacetCounts> {
    const selection = await this.matching(filter);
    if (selection.facets) return selection.facets;
    const { sources } = this.store.library;
    const counts = facetCounts(selection.claims, sources, selection.documents);
    for (const name of FACET_NAMES) {
      if (!filter.facets[name]?.length) continue;
      const others = await this.run({ ...filter, facets: { ...filter.facets, [name]: undefined } });
      counts[name] = facetCounts(others.claims, sources, others.documents)[name];
    }
    selection.facets = counts;
    return counts;
  }

  /** The numbers behind the charts, for a filter. */
  async charts(filter: ClaimFilter): Promise<ChartData> {
    const selection = await this.matching(filter);
    selection.charts ??= chartData(selection.claims, selection.documents);
    return selection.charts;
  }

  /** How many claims a filter selects. */
  async count(filter: ClaimFilter): Promise<number> {
    return (await this.matching(filter)).claims.length;
  }
}
