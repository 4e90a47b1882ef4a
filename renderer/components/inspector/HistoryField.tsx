// Every status change of the claim, with its time and note; the latest change can be given (or
// have changed) its note, to say why.
import { useState } from 'react';
import type { StatusChange } from '@shared/domain/claim';
import { taxonomyEntry, type TaxonomyEntry } from '@shared/domain/taxonomy';
import { INSPECTOR_FIELDS } from '../../workspace/inspector-fields';
import { formatLocalTime } from '../format-time';

interface HistoryFieldProps {
  history: readonly StatusChange[];
  statuses: readonly TaxonomyEntry[];
  onNote: (note: string) => void;
}

export function HistoryField({ history, statuses, onNote }: HistoryFieldProps) {
  const latest = history.at(-1);
  const [draft, setDraft] = useState<string | null>(null);
  const save = () => {
    if (draft !== null && draft !== latest?.note) onNote(draft);
    setDraft(null);
  };
  return (
    <section className="field history" aria-label="Status history">
      <span className="field__label">History</span>
      <ol className="history__list">
        {history.map((change, index) => (
          <li key={index} className="history__item">
            <span className="status-dot" data-status-color={change.status}>
              <span className="status-dot__swatch" aria-hidden="true" />
              <span className="status-dot__label">{taxonomyEntry(statuses, change.status).label}</span>
            </span>
            <time className="history__time" dateTime={change.at}>
              {formatLocalTime(change.at)}
            </time>
            {change.note && index < history.length - 1 ? <span className="history__note">{change.note}</span> : null}
          </li>
        ))}
      </ol>
      {latest ? (
        <input
          id={INSPECTOR_FIELDS.historyNote}
          className="input input--small"
          placeholder="Why this status? (a note on the latest change)"
          aria-label="Note on the latest status change"
          value={draft ?? latest.note}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={save}
          onKeyDown={(e) => e.key === 'Enter' && (e.currentTarget as HTMLInputElement).blur()}
        />
      ) : null}
    </section>
  );
}
