import { describe, expect, it } from 'vitest';
import { ClaimSchema } from '@shared/domain/claim';
import { DocContentSchema } from '@shared/domain/content';
import { defaultTaxonomy, TaxonomySchema } from '@shared/domain/taxonomy';
import { safeLinkUrl } from '@shared/domain/safe-url';

describe('taxonomy', () => {
  it('has the default statuses, attribution types and source kinds of the design', () => {
    const taxonomy = defaultTaxonomy();
    expect(taxonomy.statuses.map((s) => s.id)).toEqual(['unverified', 'in-progress', 'verified', 'partly-true', 'disputed', 'false', 'unverifiable']);
    expect(taxonomy.attributionTypes.map((s) => s.id)).toEqual([
      'direct-quote',
      'indirect-quote',
      'anonymous-source',
      'official-statement',
      'data-or-document',
      'reporter-observation',
      'unattributed',
      'other',
    ]);
    expect(taxonomy.sourceKinds.map((s) => s.id)).toEqual(['person', 'organization', 'government', 'media', 'anonymous', 'document', 'other']);
    expect(TaxonomySchema.safeParse(taxonomy).success).toBe(true);
  });

  it('rejects duplicate ids and ids that are not lower-case words', () => {
    const taxonomy = defaultTaxonomy();
    taxonomy.statuses.push({ ...taxonomy.statuses[0]! });
    expect(TaxonomySchema.safeParse(taxonomy).success).toBe(false);
    const bad = defaultTaxonomy();
    bad.statuses[0]!.id = 'Bad Id';
    expect(TaxonomySchema.safeParse(bad).success).toBe(false);
  });
});

describe('document content', () => {
  it('accepts the schema of the design', () => {
    const doc = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2, dir: null }, content: [{ type: 'text', text: 'Head' }] },
        { type: 'paragraph', attrs: { dir: 'rtl' }, content: [{ type: 'text', text: 'link', marks: [{ type: 'link', attrs: { href: 'https://example.org/', title: null } }] }] },
        { type: 'ordered_list', attrs: { order: 3 }, content: [{ type: 'list_item', content: [{ type: 'paragraph' }] }] },
      ],
    };
    expect(DocContentSchema.safeParse(doc).success).toBe(true);
  });

  it('refuses unknown nodes, unsafe links and line breaks inside text', () => {
    const para = (node: unknown) => ({ type: 'doc', content: [node] });
    expect(DocContentSchema.safeParse(para({ type: 'script', content: [] })).success).toBe(false);
    expect(
      DocContentSchema.safeParse(para({ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)', title: null } }] }] })).success,
    ).toBe(false);
    expect(DocContentSchema.safeParse(para({ type: 'paragraph', content: [{ type: 'text', text: 'a\nb' }] })).success).toBe(false);
    expect(DocContentSchema.safeParse(para({ type: 'paragraph', attrs: { dir: 'ltr', onclick: 'x' } })).success).toBe(false);
  });
});

describe('safe links', () => {
  it('keeps http, https and mailto only', () => {
    expect(safeLinkUrl(' https://example.org/a ')).toBe('https://example.org/a');
    expect(safeLinkUrl('mailto:desk@example.org')).toBe('mailto:desk@example.org');
    for (const bad of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html,x', 'file:///etc/passwd', '/relative', 'vbscript:x', 'http://']) {
      expect(safeLinkUrl(bad), bad).toBeNull();
    }
  });
});

describe('claims', () => {
  it('refuses a claim that is missing fields or carries unknown ones', () => {
    expect(ClaimSchema.safeParse({ id: 'x' }).success).toBe(false);
  });
});
