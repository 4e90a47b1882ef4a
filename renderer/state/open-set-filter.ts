// The claims screen's filter when the library's saved sets change under it (a tag renamed, or its
// rename undone, rewrites the sets that filter on it): an open set shown as saved shows its new
// filter; one the user has changed on screen keeps what they typed.
import type { LibraryView } from '@shared/bridge/contract';
import type { ClaimFilter } from '@shared/search/claim-filter';

const sameFilter = (a: ClaimFilter, b: ClaimFilter) => JSON.stringify(a) === JSON.stringify(b);

/** The filter to show with the next library view, when the open set's filter changed in it; else nothing. */
export function openSetFilter(state: { library: LibraryView | null; activeSetId: string | null; claimsFilter: ClaimFilter }, next: LibraryView): { claimsFilter: ClaimFilter } | Record<string, never> {
  if (state.activeSetId === null) return {};
  const was = state.library?.sets.find((s) => s.id === state.activeSetId);
  const now = next.sets.find((s) => s.id === state.activeSetId);
  if (!was || !now || sameFilter(was.filter, now.filter) || !sameFilter(state.claimsFilter, was.filter)) return {};
  return { claimsFilter: now.filter };
}
