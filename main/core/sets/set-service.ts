// Saved sets: named claim filters kept in library.json, listed in the sidebar with live counts,
// and the unit an export can use.
import { AppFailure } from '@shared/bridge/result';
import { newId } from '@shared/domain/primitives';
import type { ClaimFilter, SavedSet } from '@shared/search/claim-filter';
import type { ClaimQueryService } from '../search/claim-query-service';
import type { LibraryStore } from '../store/library-store';

export class SetService {
  constructor(
    private readonly store: LibraryStore,
    private readonly queries: ClaimQueryService,
    private readonly clock: () => string,
  ) {}

  private find(setId: string): SavedSet {
    const set = this.store.library.sets.find((s) => s.id === setId);
    if (!set) throw new AppFailure('not-found', `There is no saved set ${setId}.`);
    return set;
  }

  private checkName(name: string, exceptId: string | null): void {
    const taken = this.store.library.sets.find((s) => s.id !== exceptId && s.name.toLocaleLowerCase() === name.trim().toLocaleLowerCase());
    if (taken) throw new AppFailure('invalid-argument', `There is already a set named "${taken.name}".`);
  }

  async create(name: string, filter: ClaimFilter): Promise<SavedSet> {
    this.checkName(name, null);
    const at = this.clock();
    const set: SavedSet = { id: newId(), name: name.trim(), filter, createdAt: at, updatedAt: at };
    await this.store.updateLibrary((library) => ({ ...library, sets: [...library.sets, set] }));
    return set;
  }

  async update(setId: string, changes: { name?: string | undefined; filter?: ClaimFilter | undefined }): Promise<SavedSet> {
    this.find(setId);
    if (changes.name !== undefined) this.checkName(changes.name, setId);
    const at = this.clock();
    // applied to the set as it is when written, so a rename and a new filter sent at once both land
    const change = (set: SavedSet): SavedSet => ({ ...set, ...(changes.name !== undefined ? { name: changes.name.trim() } : {}), ...(changes.filter ? { filter: changes.filter } : {}), updatedAt: at });
    const library = await this.store.updateLibrary((current) => ({ ...current, sets: current.sets.map((s) => (s.id === setId ? change(s) : s)) }));
    return library.sets.find((s) => s.id === setId)!;
  }

  async delete(setId: string): Promise<SavedSet> {
    const set = this.find(setId);
    await this.store.updateLibrary((library) => ({ ...library, sets: library.sets.filter((s) => s.id !== setId) }));
    return set;
  }

  /** Puts back a deleted set (undo). */
  async restore(set: SavedSet): Promise<SavedSet> {
    if (this.store.library.sets.some((s) => s.id === set.id)) return set;
    this.checkName(set.name, set.id);
    await this.store.updateLibrary((library) => ({ ...library, sets: [...library.sets, set] }));
    return set;
  }

  /** How many claims each set selects now. */
  async counts(): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    for (const set of this.store.library.sets) counts[set.id] = await this.queries.count(set.filter);
    return counts;
  }

  /** The set with this name (the command line's --set), ignoring case. */
  named(name: string): SavedSet {
    const set = this.store.library.sets.find((s) => s.name.toLocaleLowerCase() === name.trim().toLocaleLowerCase());
    if (!set) throw new AppFailure('not-found', `There is no saved set named "${name}". Sets: ${this.store.library.sets.map((s) => s.name).join(', ') || 'none yet'}.`);
    return set;
  }
}
