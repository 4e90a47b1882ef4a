// A renamed tag in a saved set's filter: its `tag:` filters in the query and its tag facet name
// the new tag, so a set keeps selecting the claims it did (their tags were renamed with it).
import { tagKey } from '../domain/claim-operations';
import { ClaimFilterSchema, type ClaimFilter } from './claim-filter';
import { withFieldValuesReplaced } from './query-language';

/**
 * The filter with the tag `from` (whatever its case) named `to`, or null when it does not name it,
 * or when the new filter would not be a valid one (a query grown past its limit; a new name with a
 * double quote, which the query language cannot write).
 */
export function filterWithTagRenamed(filter: ClaimFilter, from: string, to: string): ClaimFilter | null {
  const key = tagKey(from);
  const query = withFieldValuesReplaced(filter.query, 'tag', (value) => (tagKey(value) === key ? to : null));
  if (query !== null && to.includes('"')) return null;
  const tags = filter.facets.tags;
  const facetNamesIt = tags?.some((t) => tagKey(t) === key) ?? false;
  if (query === null && !facetNamesIt) return null;
  const named = tags?.map((t) => (tagKey(t) === key ? to : t));
  const facets = facetNamesIt ? { ...filter.facets, tags: named!.filter((t, i) => named!.findIndex((u) => tagKey(u) === tagKey(t)) === i) } : filter.facets;
  const renamed = { query: query ?? filter.query, facets };
  return ClaimFilterSchema.safeParse(renamed).success ? renamed : null;
}
