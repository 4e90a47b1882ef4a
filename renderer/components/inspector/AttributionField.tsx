// How the text attributes the claim: the attribution types of the taxonomy, with their keys.
import type { TaxonomyEntry } from '@shared/domain/taxonomy';
import { INSPECTOR_FIELDS } from '../../workspace/inspector-fields';
import { TaxonomySelect } from '../TaxonomySelect';

interface AttributionFieldProps {
  types: readonly TaxonomyEntry[];
  value: string;
  onChange: (attribution: string) => void;
  /** the select's id (the claim inspector's by default) */
  inputId?: string;
}

export function AttributionField({ types, value, onChange, inputId = INSPECTOR_FIELDS.attribution }: AttributionFieldProps) {
  return (
    <div className="field">
      <label className="field__label" htmlFor={inputId}>
        Attribution
      </label>
      <TaxonomySelect id={inputId} entries={types} value={value} onChange={onChange} withKeys />
    </div>
  );
}
