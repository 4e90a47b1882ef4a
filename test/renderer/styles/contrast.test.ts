// Taxonomy colours on the theme's panes: every default, and a user's near-black or near-white,
// stands 3:1 in both themes, changed no more than it takes.
import { describe, expect, it } from 'vitest';
import { defaultTaxonomy } from '@shared/domain/taxonomy';
import { contrastRatio, THEME_BACKGROUNDS, themedColor, visibleOn } from '../../../renderer/styles/contrast';

describe('colours made visible on the theme', () => {
  it('computes WCAG contrast ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#ffffff', '#777777')).toBeCloseTo(contrastRatio('#777777', '#ffffff'), 10);
  });

  it('leaves a colour that already stands out as it is, and brings every default to 3:1 in both themes', () => {
    expect(visibleOn('dark', '#dc2626')).toBe('#dc2626');
    expect(visibleOn('light', '#374151')).toBe('#374151');
    const { statuses, attributionTypes, sourceKinds } = defaultTaxonomy();
    for (const { color } of [...statuses, ...attributionTypes, ...sourceKinds]) {
      for (const theme of ['light', 'dark'] as const) expect(contrastRatio(visibleOn(theme, color), THEME_BACKGROUNDS[theme])).toBeGreaterThanOrEqual(3);
    }
  });

  it('reaches 3:1 for the extremes a user may pick', () => {
    expect(contrastRatio(visibleOn('dark', '#000000'), THEME_BACKGROUNDS.dark)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(visibleOn('light', '#ffffff'), THEME_BACKGROUNDS.light)).toBeGreaterThanOrEqual(3);
    expect(themedColor('#374151')).toBe('light-dark(#374151, #69717d)');
    expect(themedColor('#dc2626')).toBe('#dc2626');
  });
});
