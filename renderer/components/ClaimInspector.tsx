// The selected claim's fields: sources, attribution, status, note; and deleting it. Each change is
// saved at once; the note is saved when the field loses focus.
import { useState } from 'react';
import type { Claim, ClaimChanges } from '@shared/domain/claim';
import type { Source } from '@shared/domain/source';
import type { Taxonomy } from '@shared/domain/taxonomy';
import { SourcePicker } from './SourcePicker';

interface ClaimInspectorProps {
  claim: Claim;
  sources: readonly Source[];
  taxonomy: Taxonomy;
  onChange: (changes: ClaimChanges) => void;
  onCreateSource: (name: string, kind: string) => Promise<Source | null>;
  onDelete: () => void;
}


export function ClaimInspector({ claim, sources, taxonomy, onChange, onCreateSource, onDelete }: ClaimInspectorProps) {
  // The note being typed; null when the field shows the saved note.
  const [noteDraft, setNoteDraft] = useState<string | null>(null);
  const saveNote = () => {
    if (noteDraft !== null && noteDraft !== claim.note) onChange({ note: noteDraft });
    setNoteDraft(null);
  };

  return (
    <section className="inspector" aria-labelledby="inspector-title">
      <header className="pane-header">
        <h2 id="inspector-title" className="pane-title">
          Inspector
        </h2>
        <span className={`anchor-badge anchor-badge--${claim.anchor}`} title="Where the claim is anchored in the text">
          {claim.anchor}
        </span>
      </header>
      <blockquote className="inspector__quote">{claim.target.exact}</blockquote>

      <div className="field">
        <label className="field__label" htmlFor="claim-source-input">
          Source
        </label>
        <SourcePicker
          inputId="claim-source-input"
          sources={sources}
          selectedIds={claim.sourceIds}
          taxonomy={taxonomy}
          onChange={(sourceIds) => onChange({ sourceIds })}
          onCreate={onCreateSource}
        />
      </div>

      <div className="field">
        <label className="field__label" htmlFor="claim-attribution">
          Attribution
        </label>
        <select id="claim-attribution" className="select" value={claim.attribution} onChange={(e) => onChange({ attribution: e.target.value })}>
          {taxonomy.attributionTypes.map((t) => (
            <option key={t.id} value={t.id} title={t.description}>
              {t.label}
            </option>
          ))}
        </select>
      </div>

      <div className="field">
        <label className="field__label" htmlFor="claim-status">
          Status
        </label>
        <select id="claim-status" className="select" data-status-color={claim.status} value={claim.status} onChange={(e) => onChange({ status: e.target.value })}>
          {taxonomy.statuses.map((s) => (
            <option key={s.id} value={s.id} title={s.description}>
              {s.label}
            </option>
          ))}
        </select>
      </div>

      {claim.cue ? (
        <div className="field">
          <span className="field__label">Cue</span>
          <span className="inspector__cue">“{claim.cue.exact}”</span>
        </div>
      ) : null}

      <div className="field">
        <label className="field__label" htmlFor="claim-note">
          Note
        </label>
        <textarea id="claim-note" className="textarea" rows={3} value={noteDraft ?? claim.note} onChange={(e) => setNoteDraft(e.target.value)} onBlur={saveNote} />
      </div>

      <div className="inspector__actions">
        <button type="button" className="button button--danger" onClick={onDelete}>
          Delete claim
        </button>
      </div>
    </section>
  );
}
