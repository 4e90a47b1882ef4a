// One entry of a taxonomy list in Settings: its colour, label, description, key and place in the
// order, and under it, when it has one, its problem (the field marked and described by it).
import type { TaxonomyEntry, TaxonomyName } from '@shared/domain/taxonomy';
import { FieldProblem, problemAttributes } from './FieldProblem';
import { problemOf, type TaxonomyProblem } from './taxonomy-problems';

interface TaxonomyEntryRowProps {
  list: TaxonomyName;
  entry: TaxonomyEntry;
  withKeys: boolean;
  problems: readonly TaxonomyProblem[];
  /** null at the top or the bottom of the list */
  onMoveUp: (() => void) | null;
  onMoveDown: (() => void) | null;
  onChange: (change: Partial<TaxonomyEntry>) => void;
  /** null for an entry that cannot be removed (the one new claims get) */
  onRemove: (() => void) | null;
}

export function TaxonomyEntryRow({ list, entry, withKeys, problems, onMoveUp, onMoveDown, onChange, onRemove }: TaxonomyEntryRowProps) {
  const labelProblem = problemOf(problems, list, entry.id, 'label');
  const keyProblem = problemOf(problems, list, entry.id, 'key');
  const labelProblemId = `taxonomy-${list}-${entry.id}-label-problem`;
  const keyProblemId = `taxonomy-${list}-${entry.id}-key-problem`;
  return (
    <>
      <tr>
        <td>
          <input type="color" className="color-input" aria-label={`Colour of ${entry.label}`} value={entry.color} onChange={(e) => onChange({ color: e.target.value })} />
        </td>
        <td>
          <input className="input" aria-label={`Label of ${entry.id}`} maxLength={60} value={entry.label} onChange={(e) => onChange({ label: e.target.value })} {...problemAttributes(labelProblemId, labelProblem)} />
        </td>
        <td>
          <input className="input" aria-label={`Description of ${entry.label}`} maxLength={500} value={entry.description} onChange={(e) => onChange({ description: e.target.value })} />
        </td>
        {withKeys ? (
          <td>
            <input
              className="input input--key"
              aria-label={`Key of ${entry.label}`}
              maxLength={1}
              value={entry.key}
              onChange={(e) => onChange({ key: e.target.value.toLowerCase() })}
              {...problemAttributes(keyProblemId, keyProblem)}
            />
          </td>
        ) : null}
        <td className="taxonomy-table__order">
          <button type="button" className="button button--small" aria-label={`Move ${entry.label} up`} disabled={!onMoveUp} onClick={onMoveUp ?? undefined}>
            ↑
          </button>
          <button type="button" className="button button--small" aria-label={`Move ${entry.label} down`} disabled={!onMoveDown} onClick={onMoveDown ?? undefined}>
            ↓
          </button>
        </td>
        <td>
          {onRemove ? (
            <button type="button" className="button button--small" aria-label={`Remove ${entry.label}`} title="Remove (only while no claim or source uses it)" onClick={onRemove}>
              Remove
            </button>
          ) : (
            <span className="visually-hidden">{`${entry.label} cannot be removed: new claims get it`}</span>
          )}
        </td>
      </tr>
      {labelProblem || keyProblem ? (
        <tr className="taxonomy-table__problem">
          <td />
          <td colSpan={withKeys ? 5 : 4}>
            <FieldProblem id={labelProblemId} problem={labelProblem} />
            <FieldProblem id={keyProblemId} problem={keyProblem} />
          </td>
        </tr>
      ) : null}
    </>
  );
}
