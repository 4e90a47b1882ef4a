// Each save of the taxonomy is named for what it did, and only typing in one entry joins a step.
import { describe, expect, it } from 'vitest';
import { defaultTaxonomy } from '@shared/domain/taxonomy';
import { taxonomyStep } from '../../../renderer/state/taxonomy-step';

describe('the step of a taxonomy save', () => {
  const before = defaultTaxonomy();
  it('names an entry added, removed, edited, and a new order; only an edit of one entry joins', () => {
    const added = { id: 'misleading', label: 'Misleading', color: '#0ea5e9', description: '', key: 'm' };
    expect(taxonomyStep(before, { ...before, statuses: [...before.statuses, added] })).toEqual({ label: 'Add the status “Misleading”', joinKey: null });
    expect(taxonomyStep(before, { ...before, statuses: before.statuses.filter((s) => s.id !== 'false') })).toEqual({ label: 'Remove the status “False”', joinKey: null });
    const renamed = { ...before, attributionTypes: before.attributionTypes.map((a) => (a.id === 'other' ? { ...a, label: 'Something else' } : a)) };
    expect(taxonomyStep(before, renamed)).toEqual({ label: 'Edit the attribution type “Something else”', joinKey: 'taxonomy:attributionTypes:other' });
    expect(taxonomyStep(before, { ...before, sourceKinds: [...before.sourceKinds].reverse() })).toEqual({ label: 'Reorder the source kinds', joinKey: null });
    // two things at once (a draft held back by a problem, then saved whole): one step that joins nothing
    expect(taxonomyStep(before, { ...renamed, statuses: [...before.statuses, added] })).toEqual({ label: 'Edit the taxonomy', joinKey: null });
  });
});
