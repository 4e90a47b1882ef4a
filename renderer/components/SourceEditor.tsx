// One source: its name, kind, aliases and description, saved as the user types (and when a field
// or the source is left); its track record; and merging a duplicate into another source. An edit
// that cannot be saved stays on screen with its problem, and is kept if the user moves away.
import { useRef, useState } from 'react';
import type { SourceStats } from '@shared/bridge/contract';
import type { Source } from '@shared/domain/source';
import type { Taxonomy } from '@shared/domain/taxonomy';
import { counted } from '@shared/text/counted';
import { useActions } from '../state/app-context';
import { FieldProblem, LabelledField } from './FieldProblem';
import { changedFields, rebaseDraft, MAX_SOURCE_DESCRIPTION, MAX_SOURCE_NAME, savableChanges, sourceDraft, sourceProblems } from './source-draft';
import { SourceTrackRecord } from './SourceTrackRecord';
import { TaxonomySelect } from './TaxonomySelect';
import { useDraftEditor } from './use-draft-editor';
import { TextArea } from './TextArea';

interface SourceEditorProps {
  source: Source;
  sources: readonly Source[];
  stats: SourceStats | undefined;
  taxonomy: Taxonomy;
  /** the source left the registry: merged into another (the one to show now), or deleted (null) */
  onRemoved: (next: string | null) => void;
  /** takes the focus to the name as the editor opens (the source kept by a merge) */
  focusName?: boolean;
}

export function SourceEditor({ source, sources, stats, taxonomy, onRemoved, focusName = false }: SourceEditorProps) {
  const actions = useActions();
  const [mergeInto, setMergeInto] = useState('');
  // merged away or deleted: no edit of it is left to save or keep
  const removed = useRef(false);
  const leave = (next: string | null) => {
    removed.current = true;
    onRemoved(next);
  };
  const { draft, refusal, edit, flush } = useDraftEditor({
    key: `source:${source.id}`,
    stored: source,
    toDraft: sourceDraft,
    rebase: rebaseDraft,
    changes: (d) => savableChanges(d, source, sourceProblems(d, source, sources)),
    problemFields: (d) => Object.keys(sourceProblems(d, source, sources)),
    send: async (changes, refused) => (await actions.registry.updateSource(source.id, changes, refused)) !== null,
    whose: `the source “${source.name}”`,
    reopen: 'open the source again',
    gone: () => removed.current,
  });
  // the name as it was when its field took the focus: left with another, the old one may become an alias
  const nameAtFocus = useRef<string | null>(null);
  const leaveName = () => {
    const old = nameAtFocus.current;
    nameAtFocus.current = null;
    if (old === null || draft.name.trim() === old) return;
    flush();
    void actions.registry.offerOldNameAsAlias(source.id, old);
  };
  const problems = sourceProblems(draft, source, sources);
  const nameProblem = problems.name ?? (refusal && changedFields(draft, source).includes('name') ? refusal : null);
  const formProblem = refusal && !nameProblem ? refusal : null;

  const merge = () => {
    const target = sources.find((s) => s.id === mergeInto);
    if (target) void actions.registry.mergeSources(source.id, target.id).then((merged) => merged && leave(target.id));
  };
  return (
    <form className="source-editor" aria-label={`Source ${source.name}`} onSubmit={(e) => (e.preventDefault(), flush())} onBlur={flush}>
      <LabelledField id="source-name" label="Name" problem={nameProblem}>
        {(control) => <input {...control} className="input" autoFocus={focusName} maxLength={MAX_SOURCE_NAME} value={draft.name} onChange={(e) => edit({ name: e.target.value })} onFocus={() => (nameAtFocus.current = source.name)} onBlur={leaveName} />}
      </LabelledField>
      <LabelledField id="source-kind" label="Kind">
        {({ id }) => <TaxonomySelect id={id} entries={taxonomy.sourceKinds} value={draft.kind} onChange={(kind) => edit({ kind }, 0)} />}
      </LabelledField>
      <LabelledField id="source-aliases" label="Aliases (comma-separated)" problem={problems.aliases}>
        {(control) => <input {...control} className="input" value={draft.aliases} onChange={(e) => edit({ aliases: e.target.value })} />}
      </LabelledField>
      <LabelledField id="source-description" label="Description" problem={problems.description}>
        {(control) => <TextArea {...control} className="textarea" rows={3} maxLength={MAX_SOURCE_DESCRIPTION} value={draft.description} onValueChange={(description) => edit({ description })} />}
      </LabelledField>
      <FieldProblem id="source-problem" problem={formProblem} />
      <p className="field__hint">Changes are saved as you type.</p>
      <SourceTrackRecord stats={stats} taxonomy={taxonomy} />
      {stats && stats.claims > 0 ? (
        <button type="button" className="button button--small" onClick={() => actions.across.showClaims({ query: '', facets: { sourceIds: [source.id] } })}>
          Show its {counted(stats.claims, 'claim')} in the claims table
        </button>
      ) : null}
      <section className="merge" aria-label="Merge">
        <h2 className="pane-title">Merge into another source</h2>
        <p className="field__hint">
          If “{source.name}” is a duplicate, choose the source to keep: its claims will cite that one, and its names become aliases of it. Undo takes them apart again.
        </p>
        <div className="merge__row">
          <select className="select" aria-label="Source to keep" value={mergeInto} onChange={(e) => setMergeInto(e.target.value)}>
            <option value="">Choose the source to keep…</option>
            {/* by name, as the registry lists them: a long registry is searched by eye */}
            {sources
              .filter((s) => s.id !== source.id)
              .sort((a, b) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base', numeric: true }))
              .map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
          </select>
          <button type="button" className="button" disabled={!mergeInto} onClick={merge}>
            Merge into it
          </button>
        </div>
      </section>
      <section className="merge" aria-label="Delete">
        <h2 className="pane-title">Delete</h2>
        <p className="field__hint">Takes the source out of the registry and off every claim that names it (a typo, a name that means nothing). Undo puts it back.</p>
        <button type="button" className="button button--danger" onClick={() => void actions.registry.deleteSource(source.id).then((deleted) => deleted && leave(null))}>
          Delete source
        </button>
      </section>
    </form>
  );
}
