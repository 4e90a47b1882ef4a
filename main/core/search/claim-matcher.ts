// Turns a claims filter (the search box's query and the chosen facets) into a test on catalog
// claims, resolving names to ids (statuses and attribution types by id or label, sources by name
// or alias, source kinds, tags, outlets, document titles, document dates).
import { articleSuffix, nameWithoutAnyArticle } from '@shared/domain/article-source';
import { tagKey } from '@shared/domain/claim-operations';
import type { DocumentSummary } from '@shared/domain/document';
import { sourceNameKey, type Source } from '@shared/domain/source';
import type { Taxonomy, TaxonomyEntry } from '@shared/domain/taxonomy';
import { outletOf, type ClaimFacets } from '@shared/search/claim-filter';
import type { QueryClause, QueryProblem } from '@shared/search/query-language';
import { arabicArticleSource, withoutArabicArticle } from '@shared/text/arabic-article';
import { accentInsensitiveSource, foldAccents } from '@shared/text/fold-accents';
import type { CatalogClaim } from '../catalog/claim-catalog';
import { tagKeyOf } from './tag-index';

export interface MatchContext {
  taxonomy: Taxonomy;
  sources: readonly Source[];
  documents: ReadonlyMap<string, DocumentSummary>;
}

type Test = (claim: CatalogClaim) => boolean;

const lower = (text: string) => sourceNameKey(text);

function entriesNamed(entries: readonly TaxonomyEntry[], value: string): Set<string> {
  const key = lower(value);
  return new Set(entries.filter((e) => e.id === key || lower(e.label) === key).map((e) => e.id));
}

/** True when `part` is in `text` starting at a word's start. */
function startsAWord(text: string, part: string): boolean {
  for (let at = text.indexOf(part); at !== -1; at = text.indexOf(part, at + 1)) if (at === 0 || !/[\p{L}\p{N}]/u.test(text[at - 1]!)) return true;
  return false;
}

/** True when a document's date falls on the right side of a YYYY, YYYY-MM or YYYY-MM-DD bound. */
function dateWithin(published: string, bound: string, side: 'from' | 'to'): boolean {
  if (!published) return false;
  const head = published.slice(0, bound.length);
  return side === 'from' ? head >= bound : head <= bound;
}

/** A test for claims in documents that satisfy `holds`. */
function inDocumentsWhere(context: MatchContext, holds: (d: DocumentSummary) => boolean): Test {
  const ids = new Set([...context.documents.values()].filter(holds).map((d) => d.id));
  return (c) => ids.has(c.documentId);
}

/** The test for one field clause, and a problem when its value names nothing in this library. */
function fieldTest(clause: Extract<QueryClause, { kind: 'field' }>, context: MatchContext): { test: Test; problem: string | null } {
  const { value } = clause;
  const key = lower(value);
  const documentWhere = (holds: (d: DocumentSummary) => boolean) => inDocumentsWhere(context, holds);
  switch (clause.field) {
    case 'status': {
      const ids = entriesNamed(context.taxonomy.statuses, value);
      return { test: (c) => ids.has(c.status), problem: ids.size === 0 ? `There is no status "${value}".` : null };
    }
    case 'attribution': {
      const ids = entriesNamed(context.taxonomy.attributionTypes, value);
      return { test: (c) => ids.has(c.attribution), problem: ids.size === 0 ? `There is no attribution type "${value}".` : null };
    }
    case 'kind': {
      const kinds = entriesNamed(context.taxonomy.sourceKinds, value);
      const ids = new Set(context.sources.filter((s) => kinds.has(s.kind)).map((s) => s.id));
      return { test: (c) => c.sourceIds.some((id) => ids.has(id)), problem: kinds.size === 0 ? `There is no source kind "${value}".` : null };
    }
    case 'source': {
      // a name holds the value at the start of a word ("un" is not in "Tunisian"); an article's own source by its name, not its article's title
      const suffixes = new Set([...context.documents.values()].map((d) => articleSuffix(d.title)));
      const named = (n: string) => startsAWord(lower(nameWithoutAnyArticle(n, suffixes)), key);
      const ids = new Set(context.sources.filter((s) => [s.name, ...s.aliases].some(named)).map((s) => s.id));
      return { test: (c) => c.sourceIds.some((id) => ids.has(id)), problem: ids.size === 0 ? `No source is named like "${value}".` : null };
    }
    case 'tag': {
      // the library has few distinct tags: each is compared once, however many claims carry it
      const seen = new Map<string, boolean>();
      const same = (tag: string) => {
        let hit = seen.get(tag);
        if (hit === undefined) seen.set(tag, (hit = lower(tag) === key));
        return hit;
      };
      return { test: (c) => c.tags.some(same), problem: null };
    }
    case 'anchor':
      return { test: (c) => c.anchor === key, problem: ['exact', 'moved', 'fuzzy', 'orphan'].includes(key) ? null : `anchor: is one of exact, moved, fuzzy, orphan.` };
    case 'outlet':
      return { test: documentWhere((d) => lower(outletOf(d)).includes(key)), problem: null };
    case 'doc':
      return { test: documentWhere((d) => lower(d.title).includes(key)), problem: null };
    case 'from':
    case 'to': {
      const side = clause.field;
      return { test: documentWhere((d) => dateWithin(d.published, value, side)), problem: null };
    }
  }
}

/** The test for the chosen facets (values within a facet are alternatives). */
function facetTests(facets: ClaimFacets, context: MatchContext): Test[] {
  const tests: Test[] = [];
  const anyOf = <T>(values: readonly T[] | undefined, pick: (c: CatalogClaim) => T | readonly T[]) => {
    if (!values || values.length === 0) return;
    const wanted = new Set(values);
    tests.push((c) => {
      const picked = pick(c);
      return Array.isArray(picked) ? picked.some((v) => wanted.has(v)) : wanted.has(picked as T);
    });
  };
  anyOf(facets.statuses, (c) => c.status);
  anyOf(facets.attributions, (c) => c.attribution);
  anyOf(facets.sourceIds, (c) => c.sourceIds);
  // tags are chosen whatever their case
  if (facets.tags?.length) {
    const wanted = new Set(facets.tags.map(tagKey));
    tests.push((c) => c.tags.some((tag) => wanted.has(tagKeyOf(tag))));
  }
  anyOf(facets.documentIds, (c) => c.documentId);
  anyOf(facets.anchors, (c) => c.anchor);
  if (facets.sourceKinds?.length) {
    const kinds = new Set(facets.sourceKinds);
    const ids = new Set(context.sources.filter((s) => kinds.has(s.kind)).map((s) => s.id));
    tests.push((c) => c.sourceIds.some((id) => ids.has(id)));
  }
  const documentTest = (holds: (d: DocumentSummary) => boolean) => tests.push(inDocumentsWhere(context, holds));
  if (facets.outlets?.length) {
    const outlets = new Set(facets.outlets);
    documentTest((d) => outlets.has(outletOf(d)));
  }
  if (facets.dateFrom) documentTest((d) => dateWithin(d.published, facets.dateFrom!, 'from'));
  if (facets.dateTo) documentTest((d) => dateWithin(d.published, facets.dateTo!, 'to'));
  return tests;
}

/**
 * One test for the filter's field clauses and facets (not its words and phrases), null when they
 * select everything, and the problems found.
 */
export function claimTest(clauses: readonly QueryClause[], facets: ClaimFacets, context: MatchContext): { test: Test | null; problems: QueryProblem[] } {
  const tests = facetTests(facets, context);
  const problems: QueryProblem[] = [];
  for (const clause of clauses) {
    if (clause.kind !== 'field') continue;
    const { test, problem } = fieldTest(clause, context);
    if (problem && !clause.negated) problems.push({ at: -1, message: problem });
    tests.push(clause.negated ? (c) => !test(c) : test);
  }
  if (tests.length === 0) return { test: null, problems };
  if (tests.length === 1) return { test: tests[0]!, problems };
  return { test: (claim) => tests.every((t) => t(claim)), problems };
}

/** A word as a pattern that finds it whatever its case, accents and Arabic article, as the search index does ("cafe" finds "Café", "خبز" "الخبز"). */
const wordSource = (word: string) => {
  const bare = withoutArabicArticle(foldAccents(word));
  return `${arabicArticleSource(bare)}${accentInsensitiveSource(bare)}`;
};

function textTest(pattern: RegExp): (claim: CatalogClaim) => boolean {
  return (claim) => pattern.test(claim.quote) || pattern.test(claim.cue) || pattern.test(claim.note) || pattern.test(claim.evidenceTitles);
}

/** A test for a phrase in a claim's text fields, ignoring case, accents and how the words are spaced. */
export function phraseTest(phrase: string): (claim: CatalogClaim) => boolean {
  return textTest(new RegExp(phrase.trim().split(/\s+/).map(wordSource).join('\\s+'), 'iu'));
}

/** A test for a word at the start of a word of a claim's text fields, ignoring case and accents (a negated word). */
export function wordTest(word: string): (claim: CatalogClaim) => boolean {
  return textTest(new RegExp(`(?<![\\p{L}\\p{N}])${wordSource(word)}`, 'iu'));
}
