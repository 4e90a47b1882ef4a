// The detector's contract: offsets that cut out the texts they carry, sorted output, direct quotes
// with their marks, a quote resumed after its cue kept as one attribution, and the types of GUIDE.md.
import { describe, expect, it } from 'vitest';
import { detectAttributions } from '../../../shared/suggest/detect-attributions';

const ARTICLE = [
  'Talks collapse',
  '"We will not be intimidated," the minister said. "They cannot stop us."',
  'Officials said that the border would stay closed until Monday.',
  'According to UN figures, 4,000 people fled the city last week.',
  'The talks will fail, a diplomat who asked not to be named told Reuters.',
  'The army said in a statement that two soldiers were wounded.',
].join('\n');

describe('detectAttributions', () => {
  const suggestions = detectAttributions(ARTICLE);

  it('gives offsets that cut out each span, sorted by content start', () => {
    for (const s of suggestions) {
      for (const range of [s.content, s.source, s.cue]) if (range !== null) expect(ARTICLE.slice(range.start, range.end)).toBe(range.text);
      expect(s.confidence).toBeGreaterThan(0);
      expect(s.confidence).toBeLessThanOrEqual(1);
    }
    expect(suggestions.map((s) => s.content.start)).toEqual([...suggestions.map((s) => s.content.start)].sort((a, b) => a - b));
  });

  it('finds each attribution with its span, source, cue and type', () => {
    expect(suggestions.map((s) => [s.content.text, s.source?.text, s.cue?.text, s.attribution])).toEqual([
      ['"We will not be intimidated," the minister said. "They cannot stop us."', 'the minister', 'said', 'direct-quote'],
      ['that the border would stay closed until Monday', 'Officials', 'said', 'anonymous-source'],
      ['4,000 people fled the city last week', 'UN figures', 'According to', 'data-or-document'],
      ['The talks will fail', 'a diplomat who asked not to be named', 'told', 'anonymous-source'],
      ['that two soldiers were wounded', 'The army', 'said', 'official-statement'],
    ]);
  });

  it('resolves a pronoun source to the nearest named source', () => {
    const [first, second] = detectAttributions('Jane Doe, the mayor, said that taxes would rise.\n"It is the only way," she said.');
    expect(first?.sourceName).toBe('Jane Doe');
    expect(second).toMatchObject({ source: { text: 'she' }, sourceName: 'Jane Doe', sourceKind: 'person', attribution: 'direct-quote' });
  });

  it('suggests nothing for an empty text or an unsupported language', () => {
    expect(detectAttributions('')).toEqual([]);
    expect(detectAttributions(ARTICLE, { language: 'xx' })).toEqual([]);
  });

  it('suggests nothing, and does not fail, when a text ends right after a cue and its addressee', () => {
    for (const text of ['Police told them', 'Police told me', 'The ministry called on', 'It was reported last']) expect(detectAttributions(text)).toEqual([]);
  });
});
