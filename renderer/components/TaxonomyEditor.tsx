// Edits one list of the taxonomy (statuses, attribution types or source kinds): rename, recolour,
// describe, reorder, add, remove (the core refuses while a claim or source uses the entry, and
// keeps the status and attribution type new claims get); and the key each maps to, with a problem
// shown under its entry. Ids never change, so claims and exports keep their meaning.
import { useRef, useState } from 'react';
import { isEntryNewClaimsGet, TAXONOMY_NOUNS, type TaxonomyEntry, type TaxonomyName } from '@shared/domain/taxonomy';
import type { TaxonomyProblem } from './taxonomy-problems';
import { TaxonomyEntryRow } from './TaxonomyEntryRow';

interface TaxonomyEditorProps {
  title: string;
  list: TaxonomyName;
  entries: TaxonomyEntry[];
  withKeys: boolean;
  problems: readonly TaxonomyProblem[];
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


/** The row that adds an entry: its name typed in place (Enter or Add), then coloured and described in its own row. */
function NewEntry({ name, onAdd }: { name: string; onAdd: (label: string) => void }) {
  const [label, setLabel] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const add = () => {
    const typed = label.trim().slice(0, 60);
    if (!typed) return;
    onAdd(typed);
    setLabel('');
    // the Add button is disabled once the field is empty: the focus stays in the field, for the next one
    input.current?.focus();
  };
  return (
    <div className="taxonomy-new">
      <input
        ref={input}
        className="input"
        aria-label={`Name of a new ${name}`}
        placeholder={`New ${name}…`}
        maxLength={60}
        value={label}
        onChange={(e) => setLabel(e.target.value)}
        onKeyDown={(e) => {
          if (e.key !== 'Enter' || e.nativeEvent.isComposing) return;
          e.preventDefault();
          add();
        }}
      />
      <button type="button" className="button button--small" disabled={!label.trim()} onClick={add}>
        Add
      </button>
    </div>
  );
}

export function TaxonomyEditor({ title, list, entries, withKeys, problems, onChange }: TaxonomyEditorProps) {
  const set = (index: number, change: Partial<TaxonomyEntry>) => onChange(entries.map((e, i) => (i === index ? { ...e, ...change } : e)));
  const swap = (index: number, other: number) => {
    const next = [...entries];
    [next[index], next[other]] = [next[other]!, next[index]!];
    onChange(next);
  };
  const section = useRef<HTMLElement>(null);
  // the row and its button go: the focus goes to the list's "New …" field rather than to the page
  const remove = (index: number) => {
    onChange(entries.filter((_, i) => i !== index));
    requestAnimationFrame(() => section.current?.querySelector<HTMLInputElement>('.taxonomy-new input')?.focus());
  };
  return (
    <section ref={section} className="taxonomy-editor" aria-label={title}>
      <h2 className="pane-title">{title}</h2>
      <table className="taxonomy-table">
        <thead>
          <tr>
            <th>Colour</th>
            <th>Label</th>
            <th>Description</th>
            {withKeys ? <th>Key</th> : null}
            <th>Order</th>
            <th>
              <span className="visually-hidden">Remove</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry, index) => (
            <TaxonomyEntryRow
              key={entry.id}
              list={list}
              entry={entry}
              withKeys={withKeys}
              problems={problems}
              onMoveUp={index === 0 ? null : () => swap(index, index - 1)}
              onMoveDown={index === entries.length - 1 ? null : () => swap(index, index + 1)}
              onChange={(change) => set(index, change)}
              onRemove={isEntryNewClaimsGet(list, entry.id) ? null : () => remove(index)}
            />
          ))}
        </tbody>
      </table>
      <NewEntry name={TAXONOMY_NOUNS[list].one} onAdd={(label) => onChange([...entries, { id: newId(label, entries), label, color: '#0ea5e9', description: '', key: '' }])} />
    </section>
  );
}
