// The selected claim, every field of it: sources, attribution, status with its history, cue,
// note, evidence and tags. Each change is saved at once (text a moment after typing pauses) and can
// be undone.
import type { Claim, ClaimChanges } from '@shared/domain/claim';
import type { Source } from '@shared/domain/source';
import type { Taxonomy } from '@shared/domain/taxonomy';
import { INSPECTOR_FIELDS } from '../workspace/inspector-fields';
import { AttributionField } from './inspector/AttributionField';
import { CueField } from './inspector/CueField';
import { EvidenceField } from './inspector/EvidenceField';
import { HistoryField } from './inspector/HistoryField';
import { StatusField } from './inspector/StatusField';
import { TagsField } from './inspector/TagsField';
import { SourcePicker } from './SourcePicker';
import { TextArea } from './TextArea';
import { useTextDraft } from './use-text-draft';

interface ClaimInspectorProps {
  claim: Claim;
  sources: readonly Source[];
  taxonomy: Taxonomy;
  knownTags: readonly string[];
  onChange: (changes: ClaimChanges, label: string) => void;
  onCreateSource: (name: string, kind: string) => Promise<Source | null>;
  onDelete: () => void;
  onOpenLink: (url: string) => void;
}

export function ClaimInspector({ claim, sources, taxonomy, knownTags, onChange, onCreateSource, onDelete, onOpenLink }: ClaimInspectorProps) {
  const note = useTextDraft(claim.note, (text) => onChange({ note: text }, 'Edit note'));

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
      <blockquote className="inspector__quote" dir="auto">
        {claim.target.exact}
      </blockquote>
      {claim.anchor === 'orphan' ? (
        <p className="inspector__orphan" role="note">
          This claim lost its place when the text changed. Select its words in the text and press <kbd>R</kbd> to attach it again.
        </p>
      ) : null}

      <div className="field">
        <label className="field__label" htmlFor={INSPECTOR_FIELDS.source}>
          Source{' '}
          <kbd aria-hidden="true" title="S or Enter opens this field from the text">
            S
          </kbd>
        </label>
        <SourcePicker inputId={INSPECTOR_FIELDS.source} sources={sources} selectedIds={claim.sourceIds} taxonomy={taxonomy} onChange={(sourceIds) => onChange({ sourceIds }, 'Set sources')} onCreate={onCreateSource} />
      </div>
      <AttributionField types={taxonomy.attributionTypes} value={claim.attribution} onChange={(attribution) => onChange({ attribution }, 'Set attribution')} />
      <StatusField statuses={taxonomy.statuses} value={claim.status} onChange={(status) => onChange({ status }, 'Set status')} />
      <HistoryField history={claim.statusHistory} status={claim.status} statuses={taxonomy.statuses} onNote={(statusHistoryNote) => onChange({ statusHistoryNote }, 'Note status change')} />
      <CueField cue={claim.cue} onClear={() => onChange({ cue: null }, 'Clear cue')} />

      <div className="field">
        <label className="field__label" htmlFor={INSPECTOR_FIELDS.note}>
          Note{' '}
          <kbd aria-hidden="true" title="N opens this field from the text">
            N
          </kbd>
        </label>
        <TextArea id={INSPECTOR_FIELDS.note} className="textarea" rows={3} value={note.value} onValueChange={note.edit} onBlur={note.finish} />
      </div>
      <EvidenceField evidence={claim.evidence} onChange={(evidence) => onChange({ evidence }, 'Edit evidence')} onOpenLink={onOpenLink} />
      <TagsField tags={claim.tags} known={knownTags} onChange={(tags) => onChange({ tags }, 'Set tags')} />

      <div className="inspector__actions">
        <button type="button" className="button button--danger" onClick={onDelete}>
          Delete claim <kbd>Del</kbd>
        </button>
      </div>
    </section>
  );
}
