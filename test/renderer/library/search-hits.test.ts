// Search hits in the claims table: words starting with a term are hits, and a long quote whose first
// hit is out of its two lines is shown from a few words before it.
import { describe, expect, it } from 'vitest';
import { fromFirstHit, hitPattern } from '../../../renderer/library/search-hits';

const LONG = 'The ministry said on Tuesday that the convoy had reached the northern districts after a delay of several days, and that the drones seen over the border were not its own.';

describe('search hits', () => {
  it('marks words that start with a term, in any case, and no others', () => {
    const parts = 'Drones, drone strikes and the undrone'.split(hitPattern(['drone'])!);
    expect(parts.filter((_, i) => i % 2 === 1)).toEqual(['Drones', 'drone']);
    expect(hitPattern([])).toBeNull();
  });

  it('marks a word whatever its accents, as the index found it without them', () => {
    const text = 'Le Café des Réfugiés, cafe\u0301 decomposed, and CAFÉS; not caftan';
    expect(text.split(hitPattern(['cafe', 'refugies'])!).filter((_, i) => i % 2 === 1)).toEqual(['Café', 'Réfugiés', 'cafe\u0301', 'CAFÉS']);
  });

  it('marks an Arabic word with its definite article, as the index found it without it', () => {
    const text = 'ارتفع سعر الخبز والخبز بالخبز، وبقي خبز الأمس وخبزهم';
    expect(text.split(hitPattern(['خبز'])!).filter((_, i) => i % 2 === 1)).toEqual(['الخبز', 'والخبز', 'بالخبز', 'خبز']);
  });

  it('shows a long quote from a few words before a hit that is out of view', () => {
    const shown = fromFirstHit(LONG, hitPattern(['drones']));
    expect(shown.startsWith('…')).toBe(true);
    expect(shown.endsWith('were not its own.')).toBe(true);
    const hitAt = shown.indexOf('drones');
    expect(hitAt).toBeGreaterThan(10);
    expect(hitAt).toBeLessThan(45);
    // it starts at a word
    expect(LONG.includes(` ${shown.slice(1)}`)).toBe(true);
  });

  it('leaves a quote whole when its first hit is in view, or when nothing matches', () => {
    expect(fromFirstHit(LONG, hitPattern(['ministry']))).toBe(LONG);
    expect(fromFirstHit(LONG, hitPattern(['tanks']))).toBe(LONG);
    expect(fromFirstHit(LONG, null)).toBe(LONG);
    // a long word near the start (an address): cutting before it would gain nothing
    const address = 'See https://example.org/reports/2024/very-long-path-to-the-annual-drone-report for the figures.';
    expect(fromFirstHit(address, hitPattern(['https']))).toBe(address);
  });

  it('shows a one-line snippet (a note under the quote) from its hit sooner, with fewer words before it', () => {
    const note = '…No independent confirmation; checked with CENTCOM press office on Friday.';
    expect(fromFirstHit(note, hitPattern(['centcom']), 2)).toBe(note);
    const shown = fromFirstHit(note, hitPattern(['centcom']), 1);
    expect(shown).toBe('…checked with CENTCOM press office on Friday.');
  });
});
