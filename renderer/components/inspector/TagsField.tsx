// The claim's tags: chips, with the library's tags offered as you type (Enter, comma or leaving
// the field adds; Escape drops what was typed and leaves, as in the Source field).
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { tagKey } from '@shared/domain/claim-operations';
import { INSPECTOR_FIELDS } from '../../workspace/inspector-fields';

interface TagsFieldProps {
  tags: readonly string[];
  known: readonly string[];
  onChange: (tags: string[]) => void;
}

export function TagsField({ tags, known, onChange }: TagsFieldProps) {
  const [draft, setDraft] = useState('');
  // set by Escape, which leaves the field: the blur that follows must not add the dropped draft
  const dropDraft = useRef(false);
  const listId = useId();
  const add = (tag: string) => {
    // a tag the library has in another case is added as the library spells it: one tag, not two
    const clean = known.find((k) => tagKey(k) === tagKey(tag)) ?? tag.trim();
    if (clean && !tags.some((t) => tagKey(t) === tagKey(clean))) onChange([...tags, clean]);
    setDraft('');
  };
  const handleKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' || event.key === ',') {
      event.preventDefault();
      add(draft);
    } else if (event.key === 'Backspace' && draft === '' && tags.length > 0) onChange(tags.slice(0, -1));
    else if (event.key === 'Escape') {
      dropDraft.current = true;
      setDraft('');
      event.currentTarget.blur();
    }
  };
  const handleBlur = () => {
    if (!dropDraft.current && draft.trim()) add(draft);
    dropDraft.current = false;
  };
  return (
    <div className="field">
      <label className="field__label" htmlFor={INSPECTOR_FIELDS.tags}>
        Tags
      </label>
      <ul className="chips" aria-label="Tags">
        {tags.map((tag) => (
          <li key={tag} className="chip chip--tag">
            <span>{tag}</span>
            <button type="button" className="chip__remove" aria-label={`Remove tag ${tag}`} onClick={() => onChange(tags.filter((t) => t !== tag))}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <input
        id={INSPECTOR_FIELDS.tags}
        className="input"
        list={listId}
        placeholder="Add a tag…"
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={handleKeyDown}
        onBlur={handleBlur}
      />
      <datalist id={listId}>
        {known
          .filter((t) => !tags.includes(t))
          .slice(0, 50)
          .map((tag) => (
            <option key={tag} value={tag} />
          ))}
      </datalist>
    </div>
  );
}
