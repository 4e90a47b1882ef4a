// How the text attributes the claim: the attribution types of the taxonomy, with their keys.
import type { TaxonomyEntry } from '@shared/domain/taxonomy';
import { INSPECTOR_FIELDS } from '../../workspace/inspector-fields';

interface AttributionFieldProps {
  types: readonly TaxonomyEntry[];
  value: string;
  onChange: (attribution: string) => void;
}

export function AttributionField({ types, value, onChange }: AttributionFieldProps) {
  return (
    <div className="field">
      <label className="field__label" htmlFor={INSPECTOR_FIELDS.attribution}>
        Attribution
      </label>
      <select id={INSPECTOR_FIELDS.attribution} className="select" value={value} onChange={(e) => onChange(e.target.value)}>
        {types.map((t) => (
          <option key={t.id} value={t.id} title={t.description}>
            {t.label}
            {t.key ? ` (${t.key})` : ''}
          </option>
        ))}
      </select>
    </div>
  );
}
