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
  });
});
