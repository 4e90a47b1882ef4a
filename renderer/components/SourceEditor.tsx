// One source: its name, kind, aliases and description, its track record (claims by status and
// by attribution type across the library), and merging a duplicate into another source.
import { useState } from 'react';
import type { SourceStats } from '@shared/bridge/contract';
import type { Source } from '@shared/domain/source';
import type { Taxonomy, TaxonomyEntry } from '@shared/domain/taxonomy';
import { useActions } from '../state/app-context';
import { TaxonomySelect } from './TaxonomySelect';

interface SourceEditorProps {
  source: Source;
  sources: readonly Source[];
  stats: SourceStats | undefined;
  taxonomy: Taxonomy;
  onMerged: () => void;
}

function Breakdown({ title, counts, entries, attribute }: { title: string; counts: Record<string, number>; entries: readonly TaxonomyEntry[]; attribute: string }) {
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  return (
    <div className="breakdown">
      <h3 className="field__label">{title}</h3>
      <table className="breakdown__table">
        <tbody>
          {entries
            .filter((e) => counts[e.id])
            .map((entry) => (
              <tr key={entry.id}>
                <th scope="row">
                  <span className="status-dot" {...{ [attribute]: entry.id }}>
                    <span className="status-dot__swatch" aria-hidden="true" />
                    <span className="status-dot__label">{entry.label}</span>
                  </span>
                </th>
                <td className="breakdown__count">{counts[entry.id]}</td>
                <td className="breakdown__bar" aria-hidden="true">
                  <span {...{ [attribute]: entry.id }} style={{ width: `${Math.round((100 * counts[entry.id]!) / Math.max(1, total))}%` }} />
                </td>
              </tr>
            ))}
        </tbody>
      </table>
    </div>
  );
}

export function SourceEditor({ source, sources, stats, taxonomy, onMerged }: SourceEditorProps) {
  const actions = useActions();
  const [draft, setDraft] = useState({ name: source.name, kind: source.kind, aliases: source.aliases.join(', '), description: source.description });
  const [mergeInto, setMergeInto] = useState('');
  const save = () =>
    void actions.registry.updateSource(source.id, {
      name: draft.name,
      kind: draft.kind,
      aliases: draft.aliases.split(',').map((a) => a.trim()).filter(Boolean),
      description: draft.description,
    });
  const merge = () => {
    const target = sources.find((s) => s.id === mergeInto);
    if (target && window.confirm(`Merge "${source.name}" into "${target.name}"? Its claims will cite "${target.name}", and "${source.name}" becomes one of its aliases.`)) {
      void actions.registry.mergeSources(source.id, target.id).then((merged) => merged && onMerged());
    }
  };
  return (
    <form className="source-editor" aria-label={`Source ${source.name}`} onSubmit={(e) => (e.preventDefault(), save())}>
      <label className="field">
        <span className="field__label">Name</span>
        <input className="input" value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} />
      </label>
      <label className="field">
        <span className="field__label">Kind</span>
        <TaxonomySelect entries={taxonomy.sourceKinds} value={draft.kind} onChange={(kind) => setDraft({ ...draft, kind })} />
      </label>
      <label className="field">
        <span className="field__label">Aliases (comma-separated)</span>
        <input className="input" value={draft.aliases} onChange={(e) => setDraft({ ...draft, aliases: e.target.value })} />
      </label>
      <label className="field">
        <span className="field__label">Description</span>
        <textarea className="textarea" rows={3} value={draft.description} onChange={(e) => setDraft({ ...draft, description: e.target.value })} />
      </label>
      <div className="source-editor__actions">
        <button type="submit" className="button button--primary">
          Save source
        </button>
      </div>
      <section className="track-record" aria-label="Track record">
        <h2 className="pane-title">Track record</h2>
        {stats ? (
          <>
            <p>
              {stats.claims === 1 ? '1 claim' : `${stats.claims} claims`} in {stats.documents === 1 ? '1 document' : `${stats.documents} documents`}.
            </p>
            <Breakdown title="By status" counts={stats.byStatus} entries={taxonomy.statuses} attribute="data-status-color" />
            <Breakdown title="By attribution" counts={stats.byAttribution} entries={taxonomy.attributionTypes} attribute="data-attribution-color" />
          </>
        ) : (
          <p className="field__hint">No claim cites this source yet.</p>
        )}
      </section>
      <section className="merge" aria-label="Merge">
        <h2 className="pane-title">Merge a duplicate</h2>
        <div className="merge__row">
          <select className="select" aria-label="Merge into" value={mergeInto} onChange={(e) => setMergeInto(e.target.value)}>
            <option value="">Merge this source into…</option>
            {sources
              .filter((s) => s.id !== source.id)
              .map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
          </select>
          <button type="button" className="button" disabled={!mergeInto} onClick={merge}>
            Merge
          </button>
        </div>
      </section>
    </form>
  );
}
