// A language typed in Edit details: a BCP 47 tag or an English language name, kept as the
// canonical tag; anything else refused.
import { describe, expect, it } from 'vitest';
import { languageTagOf, unknownLanguageMessage } from '../../../shared/text/language-tag';

describe('languageTagOf', () => {
  it('keeps a known tag in its canonical form', () => {
    expect(languageTagOf('en')).toBe('en');
    expect(languageTagOf(' EN-gb ')).toBe('en-GB');
    expect(languageTagOf('ar')).toBe('ar');
    expect(languageTagOf('zh-Hant-TW')).toBe('zh-Hant-TW');
  });

  it("takes a language's English name, in any case, as its two-letter code", () => {
    expect(languageTagOf('English')).toBe('en');
    expect(languageTagOf('french')).toBe('fr');
    expect(languageTagOf('ARABIC')).toBe('ar');
  });

  it('gives nothing for nothing, and null for what is neither a tag nor a name', () => {
    expect(languageTagOf('  ')).toBe('');
    expect(languageTagOf('Englsh')).toBeNull();
    expect(languageTagOf('english language')).toBeNull();
    expect(languageTagOf('qq')).toBeNull();
    expect(languageTagOf('en_GB!')).toBeNull();
    expect(unknownLanguageMessage(' Englsh ')).toBe('“Englsh” is not a language this app knows: write its code (en, fr, ar, pt-BR) or its English name (English, French).');
  });
});
