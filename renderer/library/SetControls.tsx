// Saving the claims table's filter as a named set, or the changes made to the open set. When the
// name's form closes (saved, or cancelled), focus goes back to the button that opened it.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { SavedSet } from '@shared/search/claim-filter';
import { useActions } from '../state/app-context';
import { refocusIfLost } from '../components/refocus';

interface SetControlsProps {
  active: SavedSet | null;
  /** the filter differs from the open set's */
  changed: boolean;
  /** no search and no filter: a set of it would be All claims again, so there is nothing to save */
  filterEmpty: boolean;
}

export function SetControls({ active, changed, filterEmpty }: SetControlsProps) {
  const actions = useActions();
  // naming a new set, or renaming the open one
  const [naming, setNaming] = useState<'new' | 'rename' | null>(null);
  const [name, setName] = useState('');
  const opener = useRef<HTMLButtonElement>(null);
  const renamer = useRef<HTMLButtonElement>(null);
  const openedFor = useRef<'new' | 'rename' | null>(null);
  useEffect(() => {
    if (naming === null && openedFor.current !== null) {
      const button = openedFor.current === 'rename' ? renamer.current : opener.current;
      if (button && !button.disabled) button.focus();
      else refocusIfLost();
    }
    openedFor.current = naming;
  }, [naming]);
  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') return;
    const done = naming === 'rename' && active ? await actions.across.renameSet(active.id, name.trim()) : await actions.across.saveSet(name.trim());
    if (done) {
      setNaming(null);
      setName('');
    }
  };
  if (naming) {
    return (
      <form className="set-controls" onSubmit={(e) => void save(e)}>
        <input className="input" autoFocus aria-label={naming === 'rename' ? 'New name of the set' : 'Name of the new set'} placeholder="Name this set" value={name} maxLength={200} onChange={(e) => setName(e.target.value)} onKeyDown={(e) => e.key === 'Escape' && setNaming(null)} />
        <button type="submit" className="button button--primary button--small" disabled={name.trim() === ''}>
          {naming === 'rename' ? 'Rename' : 'Save set'}
        </button>
        <button type="button" className="button button--small" onClick={() => setNaming(null)}>
          Cancel
        </button>
      </form>
    );
  }
  return (
    <div className="set-controls">
      {active && changed ? (
        <button type="button" className="button button--small" onClick={() => void actions.across.updateSet(active.id)}>
          Save changes to “{active.name}”
        </button>
      ) : null}
      <button ref={opener} type="button" className="button button--small" disabled={filterEmpty} title={filterEmpty ? 'Search or choose a filter first: a set keeps them under a name' : undefined} onClick={() => setNaming('new')}>
        {active ? 'Save as a new set…' : 'Save as a set…'}
      </button>
      {active ? (
        <>
          <button
            ref={renamer}
            type="button"
            className="button button--small"
            onClick={() => {
              setName(active.name);
              setNaming('rename');
            }}
          >
            Rename set…
          </button>
          <button type="button" className="button button--small button--danger" onClick={() => void actions.across.deleteSet(active.id)}>
            Delete set
          </button>
        </>
      ) : null}
    </div>
  );
}
