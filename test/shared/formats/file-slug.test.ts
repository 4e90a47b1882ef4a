// Export file names: a title as a slug of lower-case ASCII words, cut at a word's end when long.
import { describe, expect, it } from 'vitest';
import { fileSlug } from '@shared/formats/export-scope';

describe('file slugs', () => {
  it('keeps words whole when a long title is cut', () => {
    const slug = fileSlug('Finance minister defends fuel tax hike as unions threaten strike');
    expect(slug).toBe('finance-minister-defends-fuel-tax-hike-as-unions-threaten');
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(fileSlug('US Occupation Forces Attacked in Northeast Syria')).toBe('us-occupation-forces-attacked-in-northeast-syria');
  });

  it('cuts a word only when it alone would leave too little, and falls back when nothing is left', () => {
    const long = `a-${'x'.repeat(80)}`;
    expect(fileSlug(long)).toBe(long.slice(0, 60));
    expect(fileSlug('Émeutes à Dakar : « 12 morts »')).toBe('emeutes-a-dakar-12-morts');
    expect(fileSlug('لماذا')).toBe('corroborate-export');
  });
});
