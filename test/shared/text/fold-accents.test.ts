// Searching without accents: words fold to lower case without Latin, Greek and Cyrillic accents,
// and a folded term finds its accented spellings in a text; other scripts' marks stay.
import { describe, expect, it } from 'vitest';
import { accentInsensitiveSource, foldAccents } from '@shared/text/fold-accents';

describe('foldAccents', () => {
  it('drops Latin, Greek and Cyrillic accents and lowers the case', () => {
    expect(foldAccents('Café Réfugiés ÅNGSTRÖM Łódź Ἀθῆναι й')).toBe('cafe refugies angstrom łodz αθηναι и');
    expect(foldAccents('cafe\u0301')).toBe('cafe');
  });

  it('keeps the marks other scripts write their words with', () => {
    expect(foldAccents('كَتَبَ')).toBe('كَتَبَ');
    expect(foldAccents('किताब')).toBe('किताब');
  });
});

describe('accentInsensitiveSource', () => {
  it('finds the folded term however its letters are accented, composed or not', () => {
    const pattern = new RegExp(accentInsensitiveSource('cafe'), 'giu');
    expect('Café, CAFÉ, cafe\u0301, cafe, caff'.match(pattern)).toEqual(['Café', 'CAFÉ', 'cafe\u0301', 'cafe']);
  });

  it('escapes what a regular expression would read, and makes valid unicode patterns of every sign a word may hold', () => {
    expect(new RegExp(accentInsensitiveSource('a.b(c)'), 'iu').test('axb(c)')).toBe(false);
    expect(new RegExp(accentInsensitiveSource('a.b(c)'), 'iu').test('á.b(c)')).toBe(true);
    // "-" escaped outside a class is an error under the u flag ("cease-fire", "COVID-19", "al-Assad")
    expect(new RegExp(accentInsensitiveSource('cease-fire'), 'iu').test('a cease-fire held')).toBe(true);
    for (const term of ['covid-19', 'al-assad', 'a/b', 'x^y', 'it’s', '[1]', '$5', 'a|b', 'a\\b']) expect(() => new RegExp(accentInsensitiveSource(term), 'iu')).not.toThrow();
  });

  it('folds as the index does: Greek with its breathings and accents, a dotted capital I', () => {
    expect(new RegExp(accentInsensitiveSource(foldAccents('Ἀθῆναι')), 'iu').test('στην Ἀθῆναι')).toBe(true);
    expect(new RegExp(accentInsensitiveSource(foldAccents('İstanbul')), 'iu').test('in İstanbul')).toBe(true);
  });
});
