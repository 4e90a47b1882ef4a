// The claims screen follows its open set's filter when the library's sets change under it (a
// renamed tag, or the rename undone), unless the user changed the filter on screen.
import { describe, expect, it } from 'vitest';
import type { LibraryView } from '@shared/bridge/contract';
import { openSetFilter } from '../../../renderer/state/open-set-filter';

const at = '2026-12-04T10:00:00.000Z';
const libraryWith = (query: string) => ({ sets: [{ id: 'a1b2c3d4-0000-4000-8000-000000000001', name: 'Follow up', filter: { query, facets: {} }, createdAt: at, updatedAt: at }] }) as unknown as LibraryView;
const setId = 'a1b2c3d4-0000-4000-8000-000000000001';

describe('openSetFilter', () => {
  it('shows the open set’s new filter when the screen showed it as saved', () => {
    const state = { library: libraryWith('tag:casualties'), activeSetId: setId, claimsFilter: { query: 'tag:casualties', facets: {} } };
    expect(openSetFilter(state, libraryWith('tag:"killed or wounded"'))).toEqual({ claimsFilter: { query: 'tag:"killed or wounded"', facets: {} } });
  });

  it('keeps a filter the user changed on screen, and changes nothing when no set is open or the set did not change', () => {
    const changedOnScreen = { library: libraryWith('tag:casualties'), activeSetId: setId, claimsFilter: { query: 'tag:casualties drone', facets: {} } };
    expect(openSetFilter(changedOnScreen, libraryWith('tag:killed'))).toEqual({});
    expect(openSetFilter({ ...changedOnScreen, activeSetId: null }, libraryWith('tag:killed'))).toEqual({});
    const saved = { library: libraryWith('tag:casualties'), activeSetId: setId, claimsFilter: { query: 'tag:casualties', facets: {} } };
    expect(openSetFilter(saved, libraryWith('tag:casualties'))).toEqual({});
  });
});
