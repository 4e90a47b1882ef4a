// Settings: the theme, how highlights are coloured, and the taxonomy (statuses, attribution types,
// source kinds) with their colours, descriptions, order and keys. Taxonomy edits are a draft
// until saved; a problem (a key used twice) is shown before anything is written.
import { useState } from 'react';
import { TaxonomySchema, type Taxonomy } from '@shared/domain/taxonomy';
import { describeZodError } from '@shared/bridge/result';
import type { Settings } from '@shared/domain/library';
import { useActions, useAppState } from '../state/app-context';
import { TaxonomyEditor } from './TaxonomyEditor';

export function SettingsPanel() {
  const actions = useActions();
  const { library } = useAppState();
  const [draft, setDraft] = useState<Taxonomy | null>(null);
  if (!library) return null;
  const taxonomy = draft ?? library.taxonomy;
  const check = TaxonomySchema.safeParse(taxonomy);
  const problem = check.success ? null : describeZodError(check.error);
  const setting = (changes: Partial<Settings>) => void actions.registry.updateSettings(changes);

  return (
    <section className="panel" aria-labelledby="settings-title">
      <header className="panel__header">
        <h1 id="settings-title" className="panel__title">
          Settings
        </h1>
      </header>
      <section className="settings-group" aria-label="Appearance">
        <h2 className="pane-title">Appearance</h2>
        <label className="field field--inline">
          <span className="field__label">Theme</span>
          <select className="select" value={library.settings.theme} onChange={(e) => setting({ theme: e.target.value as Settings['theme'] })}>
            <option value="system">As the system</option>
            <option value="light">Light</option>
            <option value="dark">Dark</option>
          </select>
        </label>
        <label className="field field--inline">
          <span className="field__label">Colour highlights by</span>
          <select className="select" value={library.settings.colorBy} onChange={(e) => setting({ colorBy: e.target.value as Settings['colorBy'] })}>
            <option value="status">Verification status</option>
            <option value="attribution">Attribution type</option>
            <option value="sourceKind">Kind of source</option>
          </select>
        </label>
      </section>
      <TaxonomyEditor title="Statuses" entries={taxonomy.statuses} withKeys onChange={(statuses) => setDraft({ ...taxonomy, statuses })} />
      <TaxonomyEditor title="Attribution types" entries={taxonomy.attributionTypes} withKeys onChange={(attributionTypes) => setDraft({ ...taxonomy, attributionTypes })} />
      <TaxonomyEditor title="Source kinds" entries={taxonomy.sourceKinds} withKeys={false} onChange={(sourceKinds) => setDraft({ ...taxonomy, sourceKinds })} />
      <div className="settings-actions" role="group" aria-label="Taxonomy changes">
        {problem ? (
          <p className="field__error" role="alert">
            {problem}
          </p>
        ) : null}
        <button type="button" className="button" disabled={!draft} onClick={() => setDraft(null)}>
          Discard changes
        </button>
        <button type="button" className="button button--primary" disabled={!draft || problem !== null} onClick={() => void actions.registry.updateTaxonomy(taxonomy).then((saved) => saved && setDraft(null))}>
          Save taxonomy
        </button>
      </div>
    </section>
  );
}
