// Matching suggested source names to the registry: names and aliases, case, determiners,
// possessives and inflection; a surname alone; a new source (with kind) when nothing matches.
import { describe, expect, it } from 'vitest';
import type { Source } from '../../../shared/domain/source';
import { matchSource } from '../../../shared/suggest/match-source';
import type { AttributionSuggestion } from '../../../shared/suggest/suggestion';

const at = '2026-12-02T00:00:00.000Z';
const source = (id: string, name: string, kind: string, aliases: string[] = []): Source => ({ id, name, kind, aliases, description: '', createdAt: at, updatedAt: at });
const REGISTRY = [
  source('00000000-0000-4000-8000-000000000001', 'Reuters', 'media'),
  source('00000000-0000-4000-8000-000000000002', 'Ministry of Health', 'government', ['the Ministry']),
  source('00000000-0000-4000-8000-000000000003', 'Lloyd Austin', 'person', ['US Defense Secretary']),
];

function suggestion(sourceName: string | null, sourceKind = 'other', written = sourceName): AttributionSuggestion {
  return {
    content: { start: 0, end: 5, text: 'claim' },
    source: written === null ? null : { start: 10, end: 10 + written.length, text: written },
    cue: null,
    attribution: 'indirect-quote',
    sourceName,
    sourceKind: sourceKind as AttributionSuggestion['sourceKind'],
    confidence: 0.9,
  };
}

describe('matchSource', () => {
  it('finds a source by name or alias, whatever the case, determiner, possessive or inflection', () => {
    expect(matchSource(suggestion("Reuters'"), REGISTRY)).toEqual({ kind: 'existing', sourceId: REGISTRY[0]!.id });
    expect(matchSource(suggestion('ministry'), REGISTRY)).toEqual({ kind: 'existing', sourceId: REGISTRY[1]!.id });
    expect(matchSource(suggestion('The Ministry of Health'), REGISTRY)).toEqual({ kind: 'existing', sourceId: REGISTRY[1]!.id });
    expect(matchSource(suggestion('ministries of health'), REGISTRY)).toEqual({ kind: 'existing', sourceId: REGISTRY[1]!.id });
    expect(matchSource(suggestion('US defense secretary'), REGISTRY)).toEqual({ kind: 'existing', sourceId: REGISTRY[2]!.id });
  });

  it('matches a surname alone to the one person it ends', () => {
    expect(matchSource(suggestion('Austin', 'person'), REGISTRY)).toEqual({ kind: 'existing', sourceId: REGISTRY[2]!.id });
    expect(matchSource(suggestion('Austin', 'organization'), REGISTRY)).toEqual({ kind: 'new', name: 'Austin', sourceKind: 'organization' });
  });

  it('proposes a new source with its kind when nothing matches, and nothing without a name', () => {
    expect(matchSource(suggestion('Associated Press', 'media'), REGISTRY)).toEqual({ kind: 'new', name: 'Associated Press', sourceKind: 'media' });
    expect(matchSource(suggestion(null), REGISTRY)).toBeNull();
  });
});
