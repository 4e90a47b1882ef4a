// The user's taxonomy (statuses, attribution types, source kinds) and settings. Ids are stable:
// entries can be renamed, recoloured, described, reordered and added, never removed, so exports
// and old files keep their meaning.
import { AppFailure } from '@shared/bridge/result';
import type { Settings } from '@shared/domain/library';
import type { Taxonomy, TaxonomyName } from '@shared/domain/taxonomy';
import type { LibraryStore } from '../store/library-store';

const LISTS: Record<TaxonomyName, string> = { statuses: 'status', attributionTypes: 'attribution type', sourceKinds: 'source kind' };

export async function updateTaxonomy(store: LibraryStore, taxonomy: Taxonomy): Promise<Taxonomy> {
  const current = store.library.taxonomy;
  for (const list of Object.keys(LISTS) as TaxonomyName[]) {
    const kept = new Set(taxonomy[list].map((e) => e.id));
    const removed = current[list].find((e) => !kept.has(e.id));
    if (removed) throw new AppFailure('invalid-argument', `The ${LISTS[list]} "${removed.label}" (${removed.id}) cannot be removed: ids stay so that claims and exports keep their meaning.`);
  }
  await store.updateLibrary((library) => ({ ...library, taxonomy }));
  return taxonomy;
}

/** Changes some settings; the others are kept as they are when the change is written (so two changes sent at once both land). */
export async function updateSettings(store: LibraryStore, changes: Partial<Settings>): Promise<Settings> {
  const library = await store.updateLibrary((current) => ({ ...current, settings: { ...current.settings, ...changes } }));
  return library.settings;
}
