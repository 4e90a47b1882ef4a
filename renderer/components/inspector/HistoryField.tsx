// Every status change of the claim, with its time and note (and the records of versions an import
// did not keep); the change to the current status can be given (or have changed) its note, to say why.
import type { StatusChange } from '@shared/domain/claim';
import { currentChangeIndex, isImportRecord } from '@shared/domain/status-history';
import { taxonomyEntry, type TaxonomyEntry } from '@shared/domain/taxonomy';
import { INSPECTOR_FIELDS } from '../../workspace/inspector-fields';
import { formatLocalTime } from '../format-time';
import { useTextDraft } from '../use-text-draft';

interface HistoryFieldProps {
  history: StatusChange[];
  /** the claim's current status */
  status: string;
  statuses: readonly TaxonomyEntry[];
  onNote: (note: string) => void;
}

export function HistoryField({ history, status, statuses, onNote }: HistoryFieldProps) {
  const currentIndex = currentChangeIndex({ status, statusHistory: history });
  const latest = history[currentIndex];
  const note = useTextDraft(latest?.note ?? '', onNote);
  return (
    <section className="field history" aria-label="Status history">
      <span className="field__label">History</span>
      <ol className="history__list">
        {history.map((change, index) => (
          <li key={index} className="history__item">
            {isImportRecord(change) ? (
              // not a status the claim had: a version an import did not keep, said so in its note
              <span className="history__record">Version not kept</span>
            ) : (
              <span className="status-dot" data-status-color={change.status}>
                <span className="status-dot__swatch" aria-hidden="true" />
                <span className="status-dot__label">{taxonomyEntry(statuses, change.status).label}</span>
              </span>
            )}
            <time className="history__time" dateTime={change.at}>
              {formatLocalTime(change.at)}
            </time>
            {change.note && index !== currentIndex ? <span className="history__note">{change.note}</span> : null}
          </li>
        ))}
      </ol>
      {latest ? (
        <input
          id={INSPECTOR_FIELDS.historyNote}
          className="input input--small"
          placeholder="Why this status? (a note on the latest change)"
          aria-label="Note on the latest status change"
          value={note.value}
          onChange={(e) => note.edit(e.target.value)}
          onBlur={note.finish}
          onKeyDown={(e) => e.key === 'Enter' && (e.currentTarget as HTMLInputElement).blur()}
        />
      ) : null}
    </section>
  );
}
