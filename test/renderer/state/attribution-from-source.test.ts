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
const claim = (exact: string, fields: Partial<Claim> = {}) => ({ attribution: 'unattributed', sourceIds: [], target: { exact, prefix: 'the report adds that ', suffix: ' and more' }, ...fields }) as unknown as Claim;
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

  /** The attribution a first source gives the claim of `words` in `paragraph`. */
  const inParagraph = (paragraph: string, words: string, sourceId: string) => {
    const start = paragraph.indexOf(words);
    return withAttributionFromSource(claim(words), { sourceIds: [sourceId] }, SOURCES, taxonomy, () => ({ text: paragraph, start, end: start + words.length })).attribution;
  };

  it('makes a direct quote of words inside a quotation, its marks in the selection or just outside it', () => {
    const paragraph = '“We have been patient for eighteen months, and patience has a limit,” said Joan Okafor. She said "talks must resume" soon.';
    expect(inParagraph(paragraph, 'We have been patient for eighteen months', 'a')).toBe('direct-quote');
    expect(inParagraph(paragraph, 'talks must resume', 'a')).toBe('direct-quote');
    expect(inParagraph(paragraph, 'said Joan Okafor', 'a')).toBe('indirect-quote');
  });

  it('does not take words between two quotations for a quotation', () => {
    expect(inParagraph('“We are done.” The strike ended on Tuesday. “Good riddance,” said the mayor.', 'The strike ended on Tuesday.', 'a')).toBe('indirect-quote');
  });

  it('makes an anonymous-source claim of a sentence that says its source is not named, unless the source is a named person', () => {
    const paragraph = 'Two former commissioners, speaking anonymously, said they had never seen such a deal. The Pentagon said the strikes will go on.';
    expect(inParagraph(paragraph, 'they had never seen such a deal', 'b')).toBe('anonymous-source');
    expect(inParagraph(paragraph, 'they had never seen such a deal', 'a')).toBe('indirect-quote');
    expect(inParagraph(paragraph, 'the strikes will go on', 'b')).toBe('official-statement');
  });

  it('reads only unmistakable words as saying a source is unnamed ("close to", "informed" are not)', () => {
    expect(inParagraph('The Ministry of Finance said inflation will stay close to 5% this year.', 'inflation will stay close to 5% this year', 'b')).toBe('official-statement');
    expect(inParagraph('The ministry informed parliament that the budget would pass.', 'the budget would pass', 'b')).toBe('official-statement');
    expect(inParagraph('An official, who asked not to be identified, said the budget would pass.', 'the budget would pass', 'b')).toBe('anonymous-source');
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
