// Chooses a claim's sources from the registry: type to filter by name or alias, arrows and Enter
// to pick, or create a new source from what was typed, with its kind chosen just below the name
// (the suggestions open under the kind, so it stays in sight and a Tab away). What is offered, and the
// kind guessed for a new name: source-matches.ts.
import { useId, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { sourceNameKey, type Source } from '@shared/domain/source';
import { taxonomyEntry, type Taxonomy } from '@shared/domain/taxonomy';
import { TaxonomySelect } from './TaxonomySelect';
import { guessSourceKind, matchSources } from './source-matches';

interface SourcePickerProps {
  sources: readonly Source[];
  selectedIds: readonly string[];
  taxonomy: Taxonomy;
  onChange: (sourceIds: string[]) => void;
  onCreate: (name: string, kind: string) => Promise<Source | null>;
  inputId?: string;
}

const MAX_SUGGESTIONS = 8;

export function SourcePicker({ sources, selectedIds, taxonomy, onChange, onCreate, inputId }: SourcePickerProps) {
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  // the kind a new source gets: the user's choice, else a guess from the name typed
  const [chosenKind, setChosenKind] = useState<string | null>(null);
  // closes the suggestions a moment after the field is left; coming back in time cancels it
  const closeTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const listId = useId();
  const byId = useMemo(() => new Map(sources.map((s) => [s.id, s])), [sources]);

  const key = sourceNameKey(query);
  const { containing, sharingWords } = useMemo(() => matchSources(sources, query, selectedIds, MAX_SUGGESTIONS), [sources, selectedIds, query]);
  const newKind = useMemo(() => chosenKind ?? guessSourceKind(query, taxonomy, sources), [chosenKind, query, taxonomy, sources]);
  const exact = sources.some((s) => [s.name, ...s.aliases].some((n) => sourceNameKey(n) === key));
  const creatable = key !== '' && !exact;
  // a source that only shares the words typed ("Alcantara" for "Teresa Alcantara") comes after Create, so Enter still creates
  const asOption = (partial: boolean) => (source: Source) => ({ type: 'source' as const, source, partial });
  const options = [...containing.map(asOption(false)), ...(creatable ? [{ type: 'create' as const }] : []), ...sharingWords.map(asOption(true))];
  const kindLabel = (kind: string) => taxonomyEntry(taxonomy.sourceKinds, kind).label;

  const choose = async (index: number) => {
    const option = options[index];
    if (!option) return;
    if (option.type === 'source') onChange([...selectedIds, option.source.id]);
    else {
      const created = await onCreate(query.trim(), newKind);
      if (created && !selectedIds.includes(created.id)) onChange([...selectedIds, created.id]);
    }
    setQuery('');
    setActive(0);
    setChosenKind(null);
  };

  const handleKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(a + 1, options.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      void choose(active);
    } else if (event.key === 'Backspace' && query === '' && selectedIds.length > 0) {
      onChange(selectedIds.slice(0, -1));
    } else if (event.key === 'Escape' && open && query !== '') {
      event.stopPropagation();
      setQuery('');
      setOpen(false);
    }
  };

  // Back from the kind (Shift+Tab), the caret goes after the name typed, which the browser would
  // otherwise select whole for the next key to replace.
  const handleFocus = (event: FocusEvent<HTMLInputElement>) => {
    clearTimeout(closeTimer.current);
    const end = event.currentTarget.value.length;
    event.currentTarget.setSelectionRange(end, end);
    setOpen(true);
  };

  const expanded = open && options.length > 0;
  return (
    <div className="source-picker">
      <ul className="chips" aria-label="Sources">
        {selectedIds.map((id) => (
          <li key={id} className="chip">
            <span>{byId.get(id)?.name ?? 'unknown source'}</span>
            <button type="button" className="chip__remove" aria-label={`Remove ${byId.get(id)?.name ?? 'source'}`} onClick={() => onChange(selectedIds.filter((x) => x !== id))}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <div className="combobox">
        <input
          id={inputId}
          className="input"
          role="combobox"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={expanded ? `${listId}-${active}` : undefined}
          placeholder={selectedIds.length ? 'Add another source…' : 'Who says it? Type a name…'}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
            setOpen(true);
          }}
          onFocus={handleFocus}
          onBlur={() => (closeTimer.current = setTimeout(() => setOpen(false), 150))}
          onKeyDown={handleKeyDown}
        />
        {creatable ? (
          <label className="source-picker__kind">
            New source kind
            <TaxonomySelect entries={taxonomy.sourceKinds} value={newKind} onChange={setChosenKind} small />
          </label>
        ) : null}
        {expanded ? (
          <ul id={listId} role="listbox" className="combobox__list">
            {options.map((option, index) => (
              <li
                key={option.type === 'source' ? option.source.id : 'create'}
                id={`${listId}-${index}`}
                role="option"
                aria-selected={index === active}
                className="combobox__option"
                onMouseDown={(e) => {
                  e.preventDefault();
                  void choose(index);
                }}
              >
                {option.type === 'source' ? (
                  <>
                    {option.source.name} <span className="combobox__hint">{kindLabel(option.source.kind)}{option.partial ? ' · the same one?' : ''}</span>
                  </>
                ) : (
                  <>
                    Create source “{query.trim()}” <span className="combobox__hint">as {kindLabel(newKind)}</span>
                  </>
                )}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </div>
  );
}
