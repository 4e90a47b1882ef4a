// The taxonomy in Settings (statuses, attribution types, source kinds), saved as the user edits
// it (each save a step of the history): a pause in typing, a field left or the screen left saves it. A problem (a key the workspace
// uses, a key taken twice, an empty name) stays on screen beside its field; the rest is saved
// meanwhile, and the edit with the problem is kept if the user leaves the screen.
import { useEffect, useMemo, useState } from 'react';
import type { Taxonomy, TaxonomyEntry, TaxonomyName } from '@shared/domain/taxonomy';
import { useActions } from '../state/app-context';
import { forgetDraft, keepDraft, keptDraft, saveKeepingDraft } from '../state/kept-drafts';
import { rebaseTaxonomyDraft, savableTaxonomy, taxonomyProblems, withRemovedPutBack } from './taxonomy-problems';
import { TaxonomyEditor } from './TaxonomyEditor';
import { useAutosave } from './use-autosave';

const sameTaxonomy = (a: Taxonomy, b: Taxonomy) => JSON.stringify(a) === JSON.stringify(b);

export function TaxonomySettings({ saved }: { saved: Taxonomy }) {
  const actions = useActions();
  // the taxonomy as edited, until the core has all of it; null when it is the saved one
  const [draft, setDraft] = useState<Taxonomy | null>(() => keptDraft<Taxonomy>('taxonomy') ?? null);
  useEffect(() => forgetDraft('taxonomy'), []);
  // the saved taxonomy the draft was last brought up to date with: an Undo reaches the entries not touched
  const [base, setBase] = useState(saved);
  if (base !== saved) {
    setBase(saved);
    if (draft) setDraft(rebaseTaxonomyDraft(draft, base, saved));
  }
  const taxonomy = draft ?? saved;
  const problems = useMemo(() => taxonomyProblems(taxonomy, saved), [taxonomy, saved]);

  const save = (closing: boolean) => {
    if (!draft) return;
    const savable = savableTaxonomy(draft, saved);
    if (savable && !sameTaxonomy(savable, saved)) {
      void saveKeepingDraft('taxonomy', closing ? { ...draft } : null, () => actions.registry.updateTaxonomy(savable)).then((done) => {
        if (done) setDraft((current) => (current && sameTaxonomy(current, savable) ? null : current));
        // a removal refused (the entry is in use, as the toast says) shows the entry again
        else setDraft((current) => (current ? withRemovedPutBack(current, saved) : current));
      });
    }
    if (closing && problems.length > 0) {
      keepDraft('taxonomy', draft);
      actions.toast('error', `Your edit of the taxonomy is not saved: ${problems[0]!.message} It is kept: go back to Settings to finish it.`);
    }
  };
  const autosave = useAutosave(save);
  const editor = (title: string, list: TaxonomyName, withKeys: boolean) => (
    <TaxonomyEditor
      title={title}
      list={list}
      entries={taxonomy[list]}
      withKeys={withKeys}
      problems={problems}
      onChange={(entries: TaxonomyEntry[]) => {
        setDraft({ ...taxonomy, [list]: entries });
        // typing waits for a pause; a new entry or a new order is saved at once
        autosave.changed(entries.length !== taxonomy[list].length || entries.some((e, i) => e.id !== taxonomy[list][i]?.id) ? 0 : undefined);
      }}
    />
  );
  return (
    <div className="taxonomy-settings" onBlur={autosave.flush}>
      <p className="field__hint">Changes to the statuses, attribution types and source kinds are saved as you make them.</p>
      {editor('Statuses', 'statuses', true)}
      {editor('Attribution types', 'attributionTypes', true)}
      {editor('Source kinds', 'sourceKinds', false)}
    </div>
  );
}
