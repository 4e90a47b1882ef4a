// An import's changes to the library (taxonomy entries, sources and saved sets it adds, the settings
// an archive restores) laid over the library as it is when they are written, under the store's
// lock: what the user changed while the file was read (a status renamed, a source added) stays, and
// the import is refused, with nothing changed, when something its claims name is gone meanwhile.
import { AppFailure } from '@shared/bridge/result';
import type { Claim } from '@shared/domain/claim';
import type { LibraryFile } from '@shared/domain/library';
import { findSourceByName } from '@shared/domain/source';
import type { Taxonomy, TaxonomyEntry, TaxonomyName } from '@shared/domain/taxonomy';

const TAXONOMY_NAMES: readonly TaxonomyName[] = ['statuses', 'attributionTypes', 'sourceKinds'];
const AGAIN = 'that the file’s claims use was removed from this library while the file was read: import it again.';

const withoutIds = <T extends { id: string }>(items: readonly T[], ids: ReadonlySet<string>) => items.filter((item) => !ids.has(item.id));
const idsOf = (items: readonly { id: string }[]) => new Set(items.map((item) => item.id));

/** The taxonomy now, with the entries the plan added to the one it read (a key someone took meanwhile left off). */
function mergedTaxonomy(now: Taxonomy, read: Taxonomy, planned: Taxonomy): Taxonomy {
  if (now === read) return planned;
  const merged = { ...now };
  for (const name of TAXONOMY_NAMES) {
    const added = withoutIds(withoutIds(planned[name], idsOf(read[name])), idsOf(now[name]));
    const keys = new Set([...merged.statuses, ...merged.attributionTypes].map((e) => e.key).filter((key) => key !== ''));
    merged[name] = [...now[name], ...added.map((entry): TaxonomyEntry => (keys.has(entry.key) ? { ...entry, key: '' } : entry))];
  }
  return merged;
}

/** The library as it will be written: `now` (under the lock) with what the plan, made from `read`, adds to it. */
export function withPlannedChanges(now: LibraryFile, read: LibraryFile, planned: LibraryFile): LibraryFile {
  const addedSources = withoutIds(withoutIds(planned.sources, idsOf(read.sources)), idsOf(now.sources));
  for (const source of addedSources) {
    const clash = findSourceByName(now.sources, source.name);
    if (clash) throw new AppFailure('invalid-argument', `The source “${clash.name}” was added while the file was read, and the file adds one of that name: import it again.`);
  }
  return {
    ...now,
    taxonomy: mergedTaxonomy(now.taxonomy, read.taxonomy, planned.taxonomy),
    settings: now.settings === read.settings ? planned.settings : now.settings,
    sources: [...now.sources, ...addedSources],
    sets: [...now.sets, ...withoutIds(withoutIds(planned.sets, idsOf(read.sets)), idsOf(now.sets))],
  };
}

/** Refuses the import when a claim it writes, or a source it adds, names what the library no longer has. */
export function assertNamesKnown(library: LibraryFile, claims: Iterable<Claim>): void {
  const { taxonomy } = library;
  const has = (name: TaxonomyName, id: string) => taxonomy[name].some((entry) => entry.id === id);
  const sources = idsOf(library.sources);
  for (const claim of claims) {
    if (!has('statuses', claim.status)) throw new AppFailure('invalid-argument', `The status “${claim.status}” ${AGAIN}`);
    if (!has('attributionTypes', claim.attribution)) throw new AppFailure('invalid-argument', `The attribution type “${claim.attribution}” ${AGAIN}`);
    const gone = claim.sourceIds.find((id) => !sources.has(id));
    if (gone !== undefined) throw new AppFailure('invalid-argument', `The source ${gone} ${AGAIN}`);
  }
  const kindless = library.sources.find((source) => !has('sourceKinds', source.kind));
  if (kindless) throw new AppFailure('invalid-argument', `The source kind “${kindless.kind}” was removed from this library while the file was read: import it again.`);
}
