// The filters a plain search also names, which the claims screen offers beside the text matches:
// sources by whole words of a name or alias (the last word may be cut short; whole names first, at
// most three), statuses and attribution types by their whole label; none for a query with a field
// filter or a word left out.
import { describe, expect, it } from 'vitest';
import type { Source } from '@shared/domain/source';
import { defaultTaxonomy } from '@shared/domain/taxonomy';
import { namedFilters } from '../../../renderer/library/named-filters';

const source = (name: string, aliases: string[] = []): Source => ({ id: name, name, kind: 'other', aliases, description: '', createdAt: '2026-12-03T00:00:00.000Z', updatedAt: '2026-12-03T00:00:00.000Z' });
const SOURCES = [source('Reuters Health'), source('Reuters'), source('Abu Alaa al-Walai', ['al-Walai']), source('Ministry of Health'), source('Ministry of Defence'), source('Ministry of Finance'), source('Ministry of Justice')];
const named = (query: string) => namedFilters(query, SOURCES, defaultTaxonomy(), { tags: ['syria'] }).map((f) => `${f.kind}:${f.name}`);

describe('filters a search names', () => {
  it('finds sources by whole words of their names and aliases, whole names first', () => {
    expect(named('reuters')).toEqual(['source:Reuters', 'source:Reuters Health']);
    expect(named('Walai')).toEqual(['source:Abu Alaa al-Walai']);
    expect(named('"al-walai"')).toEqual(['source:Abu Alaa al-Walai']);
    expect(named('ministry health')).toEqual(['source:Ministry of Health']);
    expect(named('reut')).toEqual(['source:Reuters Health', 'source:Reuters']);
  });

  it('finds statuses and attribution types by their whole label, and keeps the other facets', () => {
    expect(named('false')).toEqual(['status:False']);
    expect(named('Partly true')).toEqual(['status:Partly true']);
    expect(named('anonymous source')).toEqual(['attribution:Anonymous source']);
    expect(named('partly')).toEqual([]);
    expect(namedFilters('false', SOURCES, defaultTaxonomy(), { tags: ['syria'] })[0]!.facets).toEqual({ tags: ['syria'], statuses: ['false'] });
    expect(namedFilters('walai', SOURCES, defaultTaxonomy(), {})[0]!.facets).toEqual({ sourceIds: ['Abu Alaa al-Walai'] });
  });

  it('offers three sources at most, and nothing for short, unrelated, filtered or negated queries', () => {
    expect(named('ministry')).toHaveLength(3);
    expect(named('re')).toEqual([]);
    expect(named('drone strike')).toEqual([]);
    expect(named('health status:false')).toEqual([]);
    expect(named('reuters -health')).toEqual([]);
    expect(named('rters')).toEqual([]);
    expect(named('')).toEqual([]);
  });
});
