import { describe, expect, it } from 'vitest';
import { defaultTaxonomy } from '@shared/domain/taxonomy';
import { taxonomyCss } from '../../../renderer/styles/taxonomy-styles';

describe('taxonomy colours', () => {
  it('colours highlights by status, or by attribution type when asked', () => {
    const byStatus = taxonomyCss(defaultTaxonomy(), 'status');
    expect(byStatus).toContain('.claim-hl[data-status="false"] { --hl: #dc2626; }');
    expect(byStatus).not.toContain('.claim-hl[data-attribution=');
    const byAttribution = taxonomyCss(defaultTaxonomy(), 'attribution');
    expect(byAttribution).toContain('.claim-hl[data-attribution="direct-quote"] { --hl: #0e7490; }');
    expect(byAttribution).toContain('[data-status-color="false"] { --swatch: #dc2626; }');
    // a swatch too dark for the dark theme's panes is lightened there only
    expect(byAttribution).toContain('[data-attribution-color="official-statement"] { --swatch: light-dark(#4338ca, #6960d5); }');
  });

  it('draws "unverifiable" hatched with a dashed underline and a hollow dot, as grey as "unverified" though it is', () => {
    const byStatus = taxonomyCss(defaultTaxonomy(), 'status');
    expect(byStatus).toContain('.claim-hl[data-status="unverifiable"] { --hl: #374151; --hl-pattern: var(--hl-hatching); --hl-line: dashed; }');
    expect(byStatus).toContain('.claim-hl[data-status="unverified"] { --hl: #6b7280; }');
    expect(byStatus).toContain('[data-status-color="unverifiable"] { --swatch: light-dark(#374151, #69717d); --swatch-fill: transparent; }');
    // coloured by attribution, a highlight's pattern would say nothing the legend explains
    expect(taxonomyCss(defaultTaxonomy(), 'attribution')).not.toContain('--hl-pattern');
  });
});
