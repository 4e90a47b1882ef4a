import { describe, expect, it } from 'vitest';
import { defaultTaxonomy, TaxonomySchema, type Taxonomy, type TaxonomyName } from '@shared/domain/taxonomy';
import { problemOf, rebaseTaxonomyDraft, savableTaxonomy, taxonomyProblems, withRemovedPutBack } from '../../../renderer/components/taxonomy-problems';

/** The default taxonomy with one entry's fields changed. */
function edited(list: TaxonomyName, id: string, change: { label?: string; key?: string }, from: Taxonomy = defaultTaxonomy()): Taxonomy {
  return { ...from, [list]: from[list].map((e) => (e.id === id ? { ...e, ...change } : e)) };
}

describe('taxonomy problems', () => {
  it('names the entry and the key a workspace key would take, and what the workspace does with it', () => {
    const problems = taxonomyProblems(edited('statuses', 'partly-true', { key: 'k' }), defaultTaxonomy());
    expect(problems).toEqual([
      { list: 'statuses', entryId: 'partly-true', field: 'key', message: 'Shortcut K for “Partly true” is already used by the workspace (J and K move between claims).' },
    ]);
  });

  it('tells the entry that takes a key another already has, naming that entry, and leaves the other alone', () => {
    const saved = defaultTaxonomy();
    const problems = taxonomyProblems(edited('attributionTypes', 'other', { key: 'd' }), saved);
    expect(problems).toHaveLength(1);
    expect(problemOf(problems, 'attributionTypes', 'other', 'key')).toBe('Shortcut D for “Other” is already used by the status “Disputed”.');
    expect(problemOf(problems, 'statuses', 'disputed', 'key')).toBeUndefined();
  });

  it('says what a shortcut may be, and that a name cannot be empty, naming what it was', () => {
    const draft = edited('statuses', 'verified', { key: '-', label: ' ' });
    expect(taxonomyProblems(draft, defaultTaxonomy()).map((p) => p.message)).toEqual([
      'A status needs a name (it was “Verified”).',
      'Shortcut - for “ ” cannot be used: a shortcut is one letter (a–z) or digit.',
    ]);
  });

  it('finds nothing wrong in the defaults or in a valid edit', () => {
    expect(taxonomyProblems(defaultTaxonomy(), defaultTaxonomy())).toEqual([]);
    expect(taxonomyProblems(edited('statuses', 'verified', { key: 'y', label: 'Checked' }), defaultTaxonomy())).toEqual([]);
  });
});

describe('the part of an edit that can be saved', () => {
  it('keeps a renamed status while a bad key goes back to the saved one', () => {
    const saved = defaultTaxonomy();
    const draft = edited('statuses', 'partly-true', { key: 'k', label: 'Half true' });
    const savable = savableTaxonomy(draft, saved)!;
    expect(savable.statuses.find((e) => e.id === 'partly-true')).toMatchObject({ label: 'Half true', key: 't' });
    expect(TaxonomySchema.safeParse(savable).success).toBe(true);
  });

  it('settles keys that clash once one of them is put back', () => {
    // Verified asks for K (the workspace's), In progress for V, free while Verified asks for K
    const saved = defaultTaxonomy();
    const draft = edited('statuses', 'in-progress', { key: 'v' }, edited('statuses', 'verified', { key: 'k' }));
    expect(taxonomyProblems(draft, saved).map((p) => p.entryId)).toEqual(['verified']);
    const savable = savableTaxonomy(draft, saved)!;
    expect(TaxonomySchema.safeParse(savable).success).toBe(true);
    expect(savable.statuses.filter((e) => ['verified', 'in-progress'].includes(e.id)).map((e) => e.key)).toEqual(['p', 'v']);
  });

  it('is the draft itself when nothing is wrong', () => {
    const draft = edited('statuses', 'verified', { label: 'Checked' });
    expect(savableTaxonomy(draft, defaultTaxonomy())).toEqual(draft);
  });
});

describe('a removal the core refused', () => {
  it('puts the entries back where they were, keeping the rest of the edit', () => {
    const saved = defaultTaxonomy();
    const draft = { ...saved, statuses: saved.statuses.filter((s) => s.id !== 'disputed' && s.id !== 'unverified').map((s) => (s.id === 'false' ? { ...s, label: 'Wrong' } : s)) };
    const back = withRemovedPutBack(draft, saved);
    expect(back.statuses.map((s) => s.id)).toEqual(saved.statuses.map((s) => s.id));
    expect(back.statuses.find((s) => s.id === 'false')!.label).toBe('Wrong');
    expect(back.sourceKinds).toEqual(saved.sourceKinds);
  });
});

describe('a draft when the saved taxonomy changes elsewhere (an Undo)', () => {
  it('follows the saved taxonomy in the entries the user has not touched, and keeps what the user did', () => {
    const before = defaultTaxonomy();
    const added = { id: 'needs-context', label: 'Needs context', color: '#0ea5e9', description: '', key: 'm' };
    // saved before: "Disputed" renamed and a status added; the Undo puts both back
    const savedBefore = { ...before, statuses: [...before.statuses.map((s) => (s.id === 'disputed' ? { ...s, label: 'Contested' } : s)), added] };
    // the draft: "False" renamed (not saved yet: an empty key elsewhere holds it), "Verified" removed, one more added
    const mine = { id: 'satire', label: 'Satire', color: '#111111', description: '', key: '' };
    const draft = { ...savedBefore, statuses: [...savedBefore.statuses.filter((s) => s.id !== 'verified').map((s) => (s.id === 'false' ? { ...s, label: 'Wrong' } : s)), mine] };
    const rebased = rebaseTaxonomyDraft(draft, savedBefore, before);
    const labels = rebased.statuses.map((s) => s.label);
    expect(labels).toContain('Disputed');
    expect(labels).not.toContain('Contested');
    expect(labels).not.toContain('Needs context');
    expect(labels).toContain('Wrong');
    expect(labels).not.toContain('Verified');
    expect(labels.at(-1)).toBe('Satire');
    expect(rebased.sourceKinds).toEqual(before.sourceKinds);
  });
});
