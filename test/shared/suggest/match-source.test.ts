// Matching suggested source names to the registry: names and aliases, case, determiners,
// possessives and inflection; people without their titles, or by a surname alone; a generic name
// ("police", "officials") within its article; a new source (with kind) when nothing matches.
import { describe, expect, it } from 'vitest';
import type { Source } from '../../../shared/domain/source';
import { english } from '../../../shared/suggest/lexicon/english';
import { type SuggestionDocument, matchSource } from '../../../shared/suggest/match-source';
import { RegistryKeys } from '../../../shared/suggest/registry-keys';
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

  it('matches a person named with or without titles, and a titled surname to the one person who has it', () => {
    const hollis = source('00000000-0000-4000-8000-000000000004', 'Councillor Debra Hollis', 'person');
    const registry = [...REGISTRY, hollis];
    expect(matchSource(suggestion('Debra Hollis', 'person'), registry)).toEqual({ kind: 'existing', sourceId: hollis.id });
    expect(matchSource(suggestion('Dr. Debra Hollis', 'person'), registry)).toEqual({ kind: 'existing', sourceId: hollis.id });
    expect(matchSource(suggestion('Mr Hollis', 'person'), registry)).toEqual({ kind: 'existing', sourceId: hollis.id });
    // two people with the surname: which one is not guessed
    const other = source('00000000-0000-4000-8000-000000000005', 'Mark Hollis', 'person');
    expect(matchSource(suggestion('Mr Hollis', 'person'), [...registry, other])).toEqual({ kind: 'new', name: 'Mr Hollis', sourceKind: 'person' });
    expect(matchSource(suggestion('Peter Hollis', 'person'), registry)).toEqual({ kind: 'new', name: 'Peter Hollis', sourceKind: 'person' });
    // a new person is named without the titles before the name; a surname alone keeps its title
    expect(matchSource(suggestion('Director Anthony Fauci', 'person'), registry)).toEqual({ kind: 'new', name: 'Anthony Fauci', sourceKind: 'person' });
    expect(matchSource(suggestion('Prime Minister Mohammed Shia al-Sudani', 'person'), registry)).toEqual({ kind: 'new', name: 'Mohammed Shia al-Sudani', sourceKind: 'person' });
    expect(matchSource(suggestion('Professor Jean-Jacques Muyembe', 'person'), registry)).toEqual({ kind: 'new', name: 'Jean-Jacques Muyembe', sourceKind: 'person' });
  });
});

describe('RegistryKeys', () => {
  it('keyed once, matches many suggestions as the list does, the first source in the registry winning a shared name', () => {
    const twin = source('00000000-0000-4000-8000-000000000020', 'reuters', 'media');
    const registry = [...REGISTRY, twin];
    const keys = new RegistryKeys(registry, english);
    const names: Array<[string, string]> = [["Reuters'", 'other'], ['ministry', 'other'], ['Austin', 'person'], ['Associated Press', 'media'], ['US defense secretary', 'other']];
    for (const [name, kind] of names) expect(matchSource(suggestion(name, kind), keys), name).toEqual(matchSource(suggestion(name, kind), registry));
    expect(matchSource(suggestion('Reuters'), keys)).toEqual({ kind: 'existing', sourceId: REGISTRY[0]!.id });
  });
});

describe('matchSource within an article', () => {
  const kenya: SuggestionDocument = { title: 'Kenya: floods displace thousands as the long rains continue', citedSourceIds: new Set() };
  const police = source('00000000-0000-4000-8000-000000000010', 'police', 'government');
  const kenyanPolice = source('00000000-0000-4000-8000-000000000011', 'Kenyan police', 'government');

  it('gives a generic name a source of its own article, named with its title, not the same name from another article', () => {
    expect(matchSource(suggestion('Police', 'government'), [...REGISTRY, police], kenya)).toEqual({ kind: 'new', name: 'police (Kenya: floods displace thousands as the\u2026)', sourceKind: 'government', forArticle: true });
    expect(matchSource(suggestion('Officials', 'anonymous'), REGISTRY, kenya)).toEqual({ kind: 'new', name: 'officials (Kenya: floods displace thousands as the\u2026)', sourceKind: 'anonymous', forArticle: true });
    // an unnamed source is the article's own even with a name in it
    expect(matchSource(suggestion('US officials', 'anonymous'), REGISTRY, { title: 'Talks stall', citedSourceIds: new Set() })).toEqual({ kind: 'new', name: 'US officials (Talks stall)', sourceKind: 'anonymous', forArticle: true });
    expect(matchSource(suggestion('spokesman', 'person'), REGISTRY, { title: '', citedSourceIds: new Set() })).toEqual({ kind: 'new', name: 'spokesman (untitled)', sourceKind: 'person', forArticle: true });
    // words capitalised only because the sentence starts with them name no one in particular
    expect(matchSource(suggestion('Aid agencies', 'anonymous'), REGISTRY, kenya)).toEqual({ kind: 'new', name: 'aid agencies (Kenya: floods displace thousands as the\u2026)', sourceKind: 'anonymous', forArticle: true });
    expect(matchSource(suggestion('Human rights groups', 'organization'), REGISTRY, kenya)).toMatchObject({ kind: 'new', name: 'human rights groups (Kenya: floods displace thousands as the\u2026)', forArticle: true });
    // a named source is matched across the registry as ever
    expect(matchSource(suggestion('Reuters', 'media'), REGISTRY, kenya)).toEqual({ kind: 'existing', sourceId: REGISTRY[0]!.id });
    expect(matchSource(suggestion('Kenyan police', 'government'), [...REGISTRY, kenyanPolice], kenya)).toEqual({ kind: 'existing', sourceId: kenyanPolice.id });
  });

  it("finds the article's own source: by its title-named name, or the one source its claims cite whose name holds the words", () => {
    const own = source('00000000-0000-4000-8000-000000000012', 'police (Kenya: floods displace thousands as the\u2026)', 'government');
    expect(matchSource(suggestion('the police', 'government'), [police, own], kenya)).toEqual({ kind: 'existing', sourceId: own.id });
    const citing: SuggestionDocument = { ...kenya, citedSourceIds: new Set([kenyanPolice.id, REGISTRY[0]!.id]) };
    expect(matchSource(suggestion('Police', 'government'), [police, kenyanPolice, ...REGISTRY], citing)).toEqual({ kind: 'existing', sourceId: kenyanPolice.id });
    // two cited sources hold the words: neither is guessed
    const twoForces = source('00000000-0000-4000-8000-000000000013', 'Nairobi police', 'government');
    const both: SuggestionDocument = { ...kenya, citedSourceIds: new Set([kenyanPolice.id, twoForces.id]) };
    expect(matchSource(suggestion('police', 'government'), [kenyanPolice, twoForces], both)).toMatchObject({ kind: 'new' });
  });

  it("does not take a word of the article's title for a word of a source's name, and takes a capitalised body for a name", () => {
    const titled: SuggestionDocument = { title: 'Officials say police delayed response', citedSourceIds: new Set(['00000000-0000-4000-8000-000000000015']) };
    const titledPolice = source('00000000-0000-4000-8000-000000000015', 'police (Officials say police delayed response)', 'government');
    expect(matchSource(suggestion('officials', 'anonymous'), [titledPolice], titled)).toMatchObject({ kind: 'new', name: 'officials (Officials say police delayed response)' });
    const times = source('00000000-0000-4000-8000-000000000016', 'The Times', 'media');
    expect(matchSource(suggestion('Times', 'media', 'The Times'), [times], kenya)).toEqual({ kind: 'existing', sourceId: times.id });
  });

  it("follows an alias the user gave a source, in any article", () => {
    const service = source('00000000-0000-4000-8000-000000000014', 'Kenya Police Service', 'government', ['police']);
    expect(matchSource(suggestion('Police', 'government'), [police, service], kenya)).toEqual({ kind: 'existing', sourceId: service.id });
  });
});
