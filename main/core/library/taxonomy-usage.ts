// Which claims or sources still use a taxonomy entry: an entry may leave the taxonomy only when
// nothing in the library or its trash uses it, so that no claim, export or restored document is
// left naming a status, attribution type or source kind that is gone.
import type { TaxonomyName } from '@shared/domain/taxonomy';
import type { LibraryFile } from '@shared/domain/library';
import type { LockedReader } from '../store/locked-reader';

export interface EntryUse {
  list: TaxonomyName;
  id: string;
  /** claims (statuses, attribution types) or sources (source kinds) that use it */
  count: number;
}

/**
 * How many claims or sources use each of `entries`, reading the documents only when an attribution
 * type is asked about. A claim's past statuses do not count: its history keeps the id it had.
 */
export async function usesOf(library: LibraryFile, read: LockedReader, entries: readonly { list: TaxonomyName; id: string }[]): Promise<EntryUse[]> {
  const uses = entries.map((entry) => ({ ...entry, count: 0 }));
  const wanted = (list: TaxonomyName) => uses.filter((u) => u.list === list);
  for (const use of wanted('sourceKinds')) use.count = library.sources.filter((s) => s.kind === use.id).length;
  const statuses = wanted('statuses');
  const attributions = wanted('attributionTypes');
  const count = (claims: readonly { status: string; attribution: string }[]) => {
    for (const claim of claims) {
      for (const use of statuses) if (claim.status === use.id) use.count++;
      for (const use of attributions) if (claim.attribution === use.id) use.count++;
    }
  };
  if (attributions.length > 0) {
    for (const summary of read.documentSummaries()) count((await read.document(summary.id)).claims);
  } else {
    // statuses alone: the index's counts say it without reading a document
    for (const summary of read.documentSummaries()) for (const use of statuses) use.count += summary.claimCounts[use.id] ?? 0;
  }
  if (statuses.length > 0 || attributions.length > 0) {
    for (const id of await read.trash.ids()) count((await read.trash.read(id))?.claims ?? []);
  }
  return uses;
}
