// The claim's verification status: one button per status, in the taxonomy's colours, each with
// its key.
import type { TaxonomyEntry } from '@shared/domain/taxonomy';

interface StatusFieldProps {
  statuses: readonly TaxonomyEntry[];
  value: string;
  onChange: (status: string) => void;
}

export function StatusField({ statuses, value, onChange }: StatusFieldProps) {
  return (
    <fieldset className="field status-field">
      <legend className="field__label">Status</legend>
      <div className="status-field__options" role="radiogroup" aria-label="Status">
        {statuses.map((status) => (
          <button
            key={status.id}
            type="button"
            role="radio"
            aria-checked={status.id === value}
            className="status-option"
            data-status-color={status.id}
            title={status.description}
            onClick={() => onChange(status.id)}
          >
            <span className="status-dot__swatch" aria-hidden="true" />
            {status.label}
            {status.key ? <kbd>{status.key.toUpperCase()}</kbd> : null}
          </button>
        ))}
      </div>
    </fieldset>
  );
}
