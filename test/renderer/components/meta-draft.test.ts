// The details form's draft: what cannot be saved yet, what is saved (trimmed, normalised, a bad
// field held back without holding back the rest), and how an Undo made elsewhere reaches it.
import { describe, expect, it } from 'vitest';
import type { DocumentMeta } from '@shared/domain/document';
import { metaChanges, metaDraft, metaProblems, rebaseMetaDraft } from '../../../renderer/components/meta-draft';

const meta: DocumentMeta = {
  title: 'Bridge report',
  byline: '',
  outlet: 'City Herald',
  published: '',
  url: '',
  language: 'en',
  dir: 'ltr',
  credit: '',
  license: '',
  importedFrom: { fileName: 'bridge.txt', format: 'text' },
  contentHash: 'a'.repeat(64),
  importedAt: '2026-12-03T10:00:00.000Z',
  updatedAt: '2026-12-03T10:00:00.000Z',
};

describe('the details draft', () => {
  it('keeps a language as its tag, a name typed included, and names a language it does not know', () => {
    const named = { ...metaDraft(meta), language: ' French ' };
    expect(metaProblems(named, meta)).toEqual({});
    expect(metaChanges(named, meta, {})).toEqual({ language: 'fr' });
    expect(metaChanges({ ...metaDraft(meta), language: 'PT-br' }, meta, {})).toEqual({ language: 'pt-BR' });
    const misspelt = { ...metaDraft(meta), language: 'Englsh', title: 'Bridge report, updated' };
    const problems = metaProblems(misspelt, meta);
    expect(problems).toEqual({ language: '“Englsh” is not a language this app knows: write its code (en, fr, ar, pt-BR) or its English name (English, French).' });
    // the title goes through without it
    expect(metaChanges(misspelt, meta, problems)).toEqual({ title: 'Bridge report, updated' });
    // a language the file gave, unknown to the app, stays as it is while other fields change
    const stored = { ...meta, language: 'x-klingon' };
    expect(metaProblems({ ...metaDraft(stored), title: 'New title' }, stored)).toEqual({});
  });

  it('has no problem and no change as it comes', () => {
    expect(metaProblems(metaDraft(meta), meta)).toEqual({});
    expect(metaChanges(metaDraft(meta), meta, {})).toEqual({});
  });

  it('names what cannot be saved: an empty title, an address that is not http or https', () => {
    const draft = { ...metaDraft(meta), title: '  ', url: 'herald report' };
    expect(metaProblems(draft, meta)).toEqual({
      title: 'A document needs a title (it was “Bridge report”).',
      url: "“herald report” is not a web address such as https://example.org/page. Give the article's web address, or leave it empty.",
    });
    expect(metaProblems({ ...draft, url: 'javascript:alert(1)' }, meta).url).toBeDefined();
  });

  it('saves the fields without a problem, the title trimmed and the address as the core keeps it', () => {
    const draft = { ...metaDraft(meta), title: ' Bridge closure ', url: 'https://Herald.example', byline: 'A. Writer' };
    expect(metaChanges(draft, meta, metaProblems(draft, meta))).toEqual({ title: 'Bridge closure', url: 'https://herald.example/', byline: 'A. Writer' });
    const bad = { ...draft, url: 'herald report' };
    // a bare address is kept with https:// before it, as in the evidence field
    expect(metaChanges({ ...metaDraft(meta), url: 'herald.example/x' }, meta, {})).toEqual({ url: 'https://herald.example/x' });
    expect(metaChanges(bad, meta, metaProblems(bad, meta))).toEqual({ title: 'Bridge closure', byline: 'A. Writer' });
    // a field typed back to what is stored is no change
    expect(metaChanges({ ...metaDraft(meta), outlet: 'City Herald' }, meta, {})).toEqual({});
  });

  it('follows a change made elsewhere in the fields the user has not touched', () => {
    const after = { ...meta, title: 'Undone title', outlet: 'Other outlet' };
    const draft = { ...metaDraft(meta), outlet: 'Typed outlet' };
    expect(rebaseMetaDraft(draft, meta, after)).toMatchObject({ title: 'Undone title', outlet: 'Typed outlet' });
  });
});
