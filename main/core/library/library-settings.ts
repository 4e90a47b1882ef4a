// The user's taxonomy (statuses, attribution types, source kinds) and settings. Ids are stable:
// entries can be renamed, recoloured, described, reordered and added; one is removed only while
// nothing uses it (taxonomy-usage.ts), so exports and old files keep their meaning.
import { AppFailure } from '@shared/bridge/result';
import type { Settings } from '@shared/domain/library';
import { isEntryNewClaimsGet, TAXONOMY_LISTS, TAXONOMY_NOUNS, type Taxonomy } from '@shared/domain/taxonomy';
import type { LibraryStore } from '../store/library-store';
import { usesOf } from './taxonomy-usage';


/**
 * Saves the taxonomy. An entry left out is removed only when no claim (in the library or the
 * trash) or source uses it, and never the status or attribution type new claims get.
 */
export async function updateTaxonomy(store: LibraryStore, taxonomy: Taxonomy): Promise<Taxonomy> {
  // checked under the store's lock, so no claim can take a removed entry between the check and the write
  await store.updateLibrary((library) => ({ ...library, taxonomy }), async (library, read) => {
    const current = library.taxonomy;
    const removed = TAXONOMY_LISTS.flatMap((list) => {
      const kept = new Set(taxonomy[list].map((e) => e.id));
      return current[list].filter((e) => !kept.has(e.id)).map((entry) => ({ list, id: entry.id, label: entry.label }));
    });
    const isDefault = removed.find((r) => isEntryNewClaimsGet(r.list, r.id));
    if (isDefault) throw new AppFailure('invalid-argument', `The ${TAXONOMY_NOUNS[isDefault.list].one} "${isDefault.label}" cannot be removed: new claims get it.`);
    if (removed.length === 0) return;
    const used = (await usesOf(library, read, removed)).find((u) => u.count > 0);
    if (used) {
      const { label } = removed.find((r) => r.list === used.list && r.id === used.id)!;
      const users = used.list === 'sourceKinds' ? (used.count === 1 ? '1 source is' : `${used.count} sources are`) : used.count === 1 ? '1 claim has' : `${used.count} claims have`;
      throw new AppFailure('invalid-argument', `The ${TAXONOMY_NOUNS[used.list].one} "${label}" cannot be removed: ${users} ${used.list === 'sourceKinds' ? 'of that kind' : 'it'} (in the library or its trash). Change ${used.count === 1 ? 'it' : 'them'} first.`);
    }
  });
  return taxonomy;
}

/** Changes some settings; the others are kept as they are when the change is written (so two changes sent at once both land). */
export async function updateSettings(store: LibraryStore, changes: Partial<Settings>): Promise<Settings> {
  const library = await store.updateLibrary((current) => ({ ...current, settings: { ...current.settings, ...changes } }));
  return library.settings;
}
