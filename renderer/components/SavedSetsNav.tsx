// The saved sets in the sidebar, each with how many claims it selects now; a click opens it in
// the claims screen, "New set" starts one from the claims screen's filter.
import { useEffect, useState } from 'react';
import type { LibraryView } from '@shared/bridge/contract';
import { useActions } from '../state/app-context';

export function SavedSetsNav({ library, activeSetId }: { library: LibraryView; activeSetId: string | null }) {
  const actions = useActions();
  const [counts, setCounts] = useState<Record<string, number>>({});
  useEffect(() => {
    let current = true;
    if (library.sets.length > 0) void actions.across.counts().then((c) => current && setCounts(c));
    return () => {
      current = false;
    };
  }, [actions, library]);
  return (
    <div className="sidebar__sets">
      <h2 className="sidebar__heading">Sets</h2>
      <ul className="set-list">
        {library.sets.map((set) => (
          <li key={set.id}>
            <button type="button" className="sidebar__link" title={set.name} aria-current={set.id === activeSetId ? 'page' : undefined} onClick={() => actions.across.openSet(set)}>
              <bdi className="set-list__name">{set.name}</bdi>
              <span className="sidebar__count">{counts[set.id]?.toLocaleString('en') ?? '…'}</span>
            </button>
          </li>
        ))}
      </ul>
      {library.sets.length === 0 ? <p className="sidebar__hint">Filter the claims, then save the filter as a set.</p> : null}
      <button type="button" className="sidebar__link sidebar__link--quiet" onClick={() => actions.across.showClaims()}>
        + New set
      </button>
    </div>
  );
}
