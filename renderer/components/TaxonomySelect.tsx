// A drop-down of one taxonomy's entries (attribution types, source kinds), optionally with their
// shortcut keys, shared by the inspectors, the source picker and the source editor.
import type { TaxonomyEntry } from '@shared/domain/taxonomy';

interface TaxonomySelectProps {
  entries: readonly TaxonomyEntry[];
  value: string;
  onChange: (id: string) => void;
  id?: string;
  small?: boolean;
  /** show each entry's key after its label: "Direct quote (1)" */
  withKeys?: boolean;
}

export function TaxonomySelect({ entries, value, onChange, id, small = false, withKeys = false }: TaxonomySelectProps) {
  return (
    <select id={id} className={small ? 'select select--small' : 'select'} value={value} onChange={(e) => onChange(e.target.value)}>
      {entries.map((t) => (
        <option key={t.id} value={t.id} title={t.description || undefined}>
          {t.label}
          {withKeys && t.key ? ` (${t.key})` : ''}
        </option>
      ))}
    </select>
  );
}
