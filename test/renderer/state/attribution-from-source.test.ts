// The attribution a claim made by hand (Unattributed) takes from its first source: by the source's
// kind and the claim's quotation marks; a library's own kinds, a chosen attribution, a claim that
// had a source and a type the library lacks leave it as it is.
import { describe, expect, it } from 'vitest';
import type { Claim } from '@shared/domain/claim';
import type { Source } from '@shared/domain/source';
import { defaultTaxonomy } from '@shared/domain/taxonomy';
import { sentenceAround, withAttributionFromSource } from '../../../renderer/state/attribution-from-source';

const source = (id: string, name: string, kind: string): Source => ({ id, name, kind, aliases: [], description: '', createdAt: '2026-12-03T00:00:00.000Z', updatedAt: '2026-12-03T00:00:00.000Z' });
const SOURCES = [source('a', 'Abu Alaa al-Walai', 'person'), source('b', 'the Pentagon', 'government'), source('c', 'a UN report', 'document'), source('d', 'informed sources', 'anonymous'), source('e', 'Our correspondent', 'media'), source('f', 'Jane', 'blogger')];
const claim = (exact: string, fields: Partial<Claim> = {}, around: { prefix?: string; suffix?: string } = {}) => ({ attribution: 'unattributed', sourceIds: [], target: { exact, prefix: around.prefix ?? 'the report adds that ', suffix: around.suffix ?? ' and more' }, ...fields }) as unknown as Claim;
const taxonomy = defaultTaxonomy();
const attributionWith = (c: Claim, sourceId: string) => withAttributionFromSource(c, { sourceIds: [sourceId] }, SOURCES, taxonomy).attribution;

describe('the attribution a first source gives', () => {
  it('follows the source’s kind, and quotation marks make a direct quote', () => {
    expect(attributionWith(claim('“We will respond to every attack,”'), 'a')).toBe('direct-quote');
    expect(attributionWith(claim('the strikes will go on'), 'a')).toBe('indirect-quote');
    expect(attributionWith(claim('the strikes will go on'), 'b')).toBe('official-statement');
    expect(attributionWith(claim('46 attacks since October'), 'c')).toBe('data-or-document');
    expect(attributionWith(claim('the base was hit'), 'd')).toBe('anonymous-source');
    expect(attributionWith(claim('the base was hit'), 'e')).toBe('reporter-observation');
  });

  it('makes a direct quote of the words inside quotation marks, the marks left out of the selection', () => {
    expect(attributionWith(claim('We have been patient for eighteen months', {}, { prefix: 'secretary. “', suffix: ',” said Joan Okafor' }), 'a')).toBe('direct-quote');
    expect(attributionWith(claim('patience has a limit', {}, { prefix: 'and ', suffix: '," said Joan Okafor' }), 'a')).toBe('indirect-quote');
  });

  it('makes an anonymous-source claim of a sentence that says its source is not named, whatever the source’s kind', () => {
    const sentence = 'Two former commissioners, speaking anonymously, said they had never seen such a deal.';
    const viaSentence = (sourceId: string) => withAttributionFromSource(claim('they had never seen such a deal'), { sourceIds: [sourceId] }, SOURCES, taxonomy, () => sentence).attribution;
    expect(viaSentence('b')).toBe('anonymous-source');
    expect(viaSentence('a')).toBe('anonymous-source');
    expect(withAttributionFromSource(claim('the strikes will go on'), { sourceIds: ['b'] }, SOURCES, taxonomy, () => 'The Pentagon said the strikes will go on.').attribution).toBe('official-statement');
  });

  it('finds the sentence a claim is in, within its paragraph', () => {
    const text = 'Headline\nThe port is shut. Two former commissioners, speaking anonymously, said "it was never funded." The mayor disagreed.\nNext paragraph.';
    const start = text.indexOf('it was never');
    expect(sentenceAround(text, start, start + 'it was never funded.'.length)).toBe('Two former commissioners, speaking anonymously, said "it was never funded." ');
    expect(sentenceAround(text, text.indexOf('mayor'), text.indexOf('mayor') + 5)).toBe('The mayor disagreed.');
    expect(sentenceAround(text, 0, 4)).toBe('Headline');
  });

  it('leaves the attribution alone when the user chose one, the claim had a source, or the kind is the library’s own', () => {
    expect(attributionWith(claim('the base was hit', { attribution: 'other' }), 'd')).toBeUndefined();
    expect(attributionWith(claim('the base was hit', { sourceIds: ['a'] }), 'd')).toBeUndefined();
    expect(attributionWith(claim('the base was hit'), 'f')).toBeUndefined();
    expect(withAttributionFromSource(claim('the base was hit'), { sourceIds: ['d'], attribution: 'other' }, SOURCES, taxonomy).attribution).toBe('other');
    const withoutAnonymous = { ...taxonomy, attributionTypes: taxonomy.attributionTypes.filter((t) => t.id !== 'anonymous-source') };
    expect(withAttributionFromSource(claim('the base was hit'), { sourceIds: ['d'] }, SOURCES, withoutAnonymous).attribution).toBeUndefined();
  });
});
