// The language a text reads as, for files that name none.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { guessLanguage } from '../../../../main/core/documents/guess-language';
import { SEED_FILE } from '../../../helpers/fixtures';

describe('guessLanguage', () => {
  it('names the language of an article in BCP 47, a macrolanguage by its two-letter code', () => {
    expect(guessLanguage(readFileSync(SEED_FILE, 'utf8'))).toBe('en');
    expect(guessLanguage("Le ministère de l'Intérieur a annoncé lundi que les manifestations seraient interdites dans la capitale, selon un communiqué publié en fin de journée.")).toBe('fr');
    expect(guessLanguage('Das Innenministerium teilte am Montag mit, dass die Gespräche in der Hauptstadt gescheitert seien, hieß es in einer Erklärung der Regierung.')).toBe('de');
    // franc names Standard Arabic "arb", which has no two-letter code; other tools know it as "ar"
    expect(guessLanguage('قال مسؤولون في وزارة الداخلية يوم الاثنين إن المحادثات التي جرت في العاصمة قد فشلت، وفقا لبيان صدر عن الوزارة في وقت متأخر من المساء.')).toBe('ar');
  });

  it('says nothing rather than guess on a headline or a list of names', () => {
    expect(guessLanguage('Floods hit the north')).toBe('');
    expect(guessLanguage('')).toBe('');
    expect(guessLanguage('12 345 678 — 2024-01-02 — 98.6%')).toBe('');
  });
});
