// What a plain search also names: words search the claims' own text (quote, cue, note, evidence),
// not who said them or how they were judged, so when the words name sources ("reuters",
// "al-Walai", "ministry health"), a status ("false") or an attribution type ("anonymous source"),
// the claims screen offers those filters, one click away.
import { sourceNameKey, type Source } from '@shared/domain/source';
import type { Taxonomy } from '@shared/domain/taxonomy';
import type { ClaimFacets } from '@shared/search/claim-filter';
import { parseQuery } from '@shared/search/query-language';

/** How many named sources the screen offers. */
const MAX_SOURCES = 3;

export interface NamedFilter {
  /** what the filter shows, as "whose source is" / "with status" + `name` say it */
  kind: 'source' | 'status' | 'attribution';
  name: string;
  /** the facets that show those claims, in place of the words */
  facets: ClaimFacets;
}

/** How the screen says a named filter: "whose source is" Reuters, "with status" False, "of type" Anonymous source. */
export const NAMED_AS: Record<NamedFilter['kind'], string> = { source: 'whose source is', status: 'with status', attribution: 'of type' };

const nameWords = (text: string) => sourceNameKey(text).split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');

/** Whether every word is one of the name's words (the last may be the start of one, as the search box takes it). */
function names(words: readonly string[], name: string): boolean {
  const own = nameWords(name);
  return words.every((word, at) => own.some((w) => w === word || (at === words.length - 1 && word.length >= 3 && w.startsWith(word))));
}

/** The sources (by name or alias) the words name, those whose whole name they are first. */
function sourcesNamed(words: readonly string[], sources: readonly Source[]): Source[] {
  const key = words.join(' ');
  const whole = (s: Source) => [s.name, ...s.aliases].some((n) => nameWords(n).join(' ') === key);
  const named = sources.filter((s) => [s.name, ...s.aliases].some((n) => names(words, n)));
  return [...named.filter(whole), ...named.filter((s) => !whole(s))].slice(0, MAX_SOURCES);
}

/**
 * The filters a query of words and phrases only names: sources by their words, statuses and
 * attribution types by their whole label; none for a query with a field filter or a word left
 * out, which already says what it wants.
 */
export function namedFilters(query: string, sources: readonly Source[], taxonomy: Taxonomy, facets: ClaimFacets): NamedFilter[] {
  const { clauses } = parseQuery(query);
  if (clauses.length === 0 || clauses.some((c) => c.kind === 'field' || c.negated)) return [];
  const words = clauses.flatMap((c) => (c.kind === 'field' ? [] : nameWords(c.text)));
  if (words.join('').length < 3) return [];
  const key = words.join(' ');
  const labelled = (entries: Taxonomy['statuses']) => entries.filter((e) => nameWords(e.label).join(' ') === key || nameWords(e.id).join(' ') === key);
  return [
    ...sourcesNamed(words, sources).map((s): NamedFilter => ({ kind: 'source', name: s.name, facets: { ...facets, sourceIds: [s.id] } })),
    ...labelled(taxonomy.statuses).map((e): NamedFilter => ({ kind: 'status', name: e.label, facets: { ...facets, statuses: [e.id] } })),
    ...labelled(taxonomy.attributionTypes).map((e): NamedFilter => ({ kind: 'attribution', name: e.label, facets: { ...facets, attributions: [e.id] } })),
  ];
}
