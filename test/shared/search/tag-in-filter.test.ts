// A renamed tag in a saved set's filter: the query's tag: filters (whatever their case, negated
// or quoted) and the tag facet name the new tag; the rest of the query stays as typed.
import { describe, expect, it } from 'vitest';
import { parseQuery } from '@shared/search/query-language';
import { filterWithTagRenamed } from '@shared/search/tag-in-filter';

describe('filterWithTagRenamed', () => {
  it('renames the tag in the query, keeping the other words and filters as typed', () => {
    const filter = { query: 'drone  tag:Needs-Followup status:false -tag:needs-followup tag:"other one"', facets: {} };
    const renamed = filterWithTagRenamed(filter, 'needs-followup', 'follow up');
    expect(renamed?.query).toBe('drone  tag:"follow up" status:false -tag:"follow up" tag:"other one"');
    expect(parseQuery(renamed!.query).problems).toEqual([]);
  });

  it('renames it in the tag facet, one entry where the new name was chosen already', () => {
    expect(filterWithTagRenamed({ query: '', facets: { tags: ['Iraq', 'syria', 'IRAQI'] } }, 'iraq', 'Middle East')).toEqual({ query: '', facets: { tags: ['Middle East', 'syria', 'IRAQI'] } });
    expect(filterWithTagRenamed({ query: '', facets: { tags: ['iraq', 'Syria'] } }, 'iraq', 'syria')?.facets.tags).toEqual(['syria']);
  });

  it('is null, the set left as it was, when the renamed filter could not be kept: past the query’s limit, or a name the query cannot write', () => {
    const long = { query: Array.from({ length: 120 }, () => 'tag:x').join(' '), facets: {} };
    expect(long.query.length).toBeLessThan(2000);
    expect(filterWithTagRenamed(long, 'x', 'a much longer name for the tag')).toBeNull();
    expect(filterWithTagRenamed({ query: 'tag:x', facets: {} }, 'x', 'say "no"')).toBeNull();
  });

  it('is null for a filter that does not name the tag (a word, a phrase or another field with its name is not a tag filter)', () => {
    expect(filterWithTagRenamed({ query: 'iraq "iraq" source:iraq tag:iraqi', facets: { tags: ['syria'] } }, 'iraq', 'x')).toBeNull();
    expect(filterWithTagRenamed({ query: '', facets: {} }, 'iraq', 'x')).toBeNull();
  });
});
