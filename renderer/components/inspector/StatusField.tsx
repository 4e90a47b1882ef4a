// The claim's verification status: one button per status, in the taxonomy's colours, each with
// its key. The group is one Tab stop (the status checked); the arrows move among the statuses and
// Space or Enter sets one. Arrows do not set it: each status set is a step of the claim's history.
import type { KeyboardEvent } from 'react';
import type { TaxonomyEntry } from '@shared/domain/taxonomy';

const STEPS: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

/** Moves the focus among the group's statuses with the arrows (wrapping round), Home and End. */
function moveAmongStatuses(event: KeyboardEvent<HTMLDivElement>): void {
  const options = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('[role="radio"]')];
  const at = options.indexOf(document.activeElement as HTMLButtonElement);
  if (at === -1 || event.altKey || event.ctrlKey || event.metaKey) return;
  const step = STEPS[event.key];
  const to = event.key === 'Home' ? 0 : event.key === 'End' ? options.length - 1 : step === undefined ? null : (at + step + options.length) % options.length;
  if (to === null) return;
  event.preventDefault();
  options[to]!.focus();
}

interface StatusFieldProps {
  statuses: readonly TaxonomyEntry[];
  value: string;
  onChange: (status: string) => void;
}

export function StatusField({ statuses, value, onChange }: StatusFieldProps) {
  return (
    <fieldset className="field status-field">
      <legend className="field__label">Status</legend>
      <div className="status-field__options" role="radiogroup" aria-label="Status" onKeyDown={moveAmongStatuses}>
        {statuses.map((status, index) => (
          <button
            key={status.id}
            type="button"
            role="radio"
            aria-checked={status.id === value}
            tabIndex={status.id === value || (index === 0 && !statuses.some((s) => s.id === value)) ? 0 : -1}
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
