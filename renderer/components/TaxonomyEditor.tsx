// Edits one list of the taxonomy (statuses, attribution types or source kinds): rename, recolour,
// describe, reorder, add; and the key each maps to. Ids never change, so claims and exports
// keep their meaning; entries cannot be removed.
import type { TaxonomyEntry } from '@shared/domain/taxonomy';

interface TaxonomyEditorProps {
  title: string;
  entries: TaxonomyEntry[];
  withKeys: boolean;
  onChange: (entries: TaxonomyEntry[]) => void;
}

/** An id for a new entry, from its label, unique in the list. */
function newId(label: string, entries: readonly TaxonomyEntry[]): string {
  const base = label.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 30) || 'entry';
  const id = /^[a-z]/.test(base) ? base : `x-${base}`;
  let unique = id;
  for (let n = 2; entries.some((e) => e.id === unique); n++) unique = `${id}-${n}`;
  return unique;
}

export function TaxonomyEditor({ title, entries, withKeys, onChange }: TaxonomyEditorProps) {
  const set = (index: number, change: Partial<TaxonomyEntry>) => onChange(entries.map((e, i) => (i === index ? { ...e, ...change } : e)));
  const swap = (index: number, other: number) => {
    const next = [...entries];
    [next[index], next[other]] = [next[other]!, next[index]!];
    onChange(next);
  };
  return (
    <section className="taxonomy-editor" aria-label={title}>
      <h2 className="pane-title">{title}</h2>
      <table className="taxonomy-table">
        <thead>
          <tr>
            <th>Colour</th>
            <th>Label</th>
            <th>Description</th>
            {withKeys ? <th>Key</th> : null}
            <th>Order</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry, index) => (
            <tr key={entry.id}>
              <td>
                <input type="color" className="color-input" aria-label={`Colour of ${entry.label}`} value={entry.color} onChange={(e) => set(index, { color: e.target.value })} />
              </td>
              <td>
                <input className="input" aria-label={`Label of ${entry.id}`} value={entry.label} onChange={(e) => set(index, { label: e.target.value })} />
              </td>
              <td>
                <input className="input" aria-label={`Description of ${entry.label}`} value={entry.description} onChange={(e) => set(index, { description: e.target.value })} />
              </td>
              {withKeys ? (
                <td>
                  <input className="input input--key" aria-label={`Key of ${entry.label}`} maxLength={1} value={entry.key} onChange={(e) => set(index, { key: e.target.value.toLowerCase() })} />
                </td>
              ) : null}
              <td className="taxonomy-table__order">
                <button type="button" className="button button--small" aria-label={`Move ${entry.label} up`} disabled={index === 0} onClick={() => swap(index, index - 1)}>
                  ↑
                </button>
                <button type="button" className="button button--small" aria-label={`Move ${entry.label} down`} disabled={index === entries.length - 1} onClick={() => swap(index, index + 1)}>
                  ↓
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button
        type="button"
        className="button button--small"
        onClick={() => {
          const label = window.prompt(`Name of the new ${title.toLowerCase().replace(/s$/, '')}:`)?.trim();
          if (label) onChange([...entries, { id: newId(label, entries), label, color: '#0ea5e9', description: '', key: '' }]);
        }}
      >
        Add…
      </button>
    </section>
  );
}
