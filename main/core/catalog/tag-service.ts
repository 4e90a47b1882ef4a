// Tags across the library: every tag with its count, renaming (a rename onto an existing tag
// merges the two; saved sets that filter on it follow), deleting a tag from every claim, and
// putting claims' tags and sets' filters back (undo). A rename or deletion that cannot be written
// everywhere is put back where it was written: it happens everywhere or nowhere.
import { claimKey, sameList } from '@shared/domain/claim-ref';
import type { ClaimTags, SetFilters, TagCount } from '@shared/bridge/contract';
import type { Claim } from '@shared/domain/claim';
import { tagKey, uniqueTags } from '@shared/domain/claim-operations';
import type { StoredDocument } from '@shared/domain/document';
import { filterWithTagRenamed } from '@shared/search/tag-in-filter';
import { ClaimRewrites } from '../claims/claim-rewrites';
import { inLibrary } from '../store/in-library';
import type { LibraryStore } from '../store/library-store';
import type { ClaimCatalog } from './claim-catalog';

/** What a rename or a deletion changed: how many claims, their tags before and after, and the saved sets' filters (for Undo). */
type Retagged = { claimsUpdated: number; before: ClaimTags; sets: SetFilters };
const PUTTING_BACK = 'Putting the tags back as they were';

const same = (a: string, b: string) => tagKey(a) === tagKey(b);

export class TagService {
  constructor(
    private readonly store: LibraryStore,
    private readonly catalog: ClaimCatalog,
    private readonly clock: () => string,
  ) {}

  list(): Promise<TagCount[]> {
    return this.catalog.tags();
  }

  /**
   * Changes the tags of every claim carrying `tag`; returns how many claims changed, their tags
   * before and after, and what was rewritten. When a document's write fails, the documents already
   * written are put back and the failure is thrown: a change is made everywhere or nowhere.
   */
  private async retag(tag: string, change: (tags: readonly string[]) => string[]): Promise<Retagged & { rewrites: ClaimRewrites }> {
    const before: ClaimTags = [];
    const rewrites = new ClaimRewrites(this.store);
    try {
      for (const documentId of await this.catalog.documentsWhere((c) => c.tags.some((t) => same(t, tag)))) {
        await this.store.updateDocument(documentId, (doc) => ({
          ...doc,
          claims: doc.claims.map((claim): Claim => {
            if (!claim.tags.some((t) => same(t, tag))) return claim;
            const changedTo = change(claim.tags);
            before.push({ documentId, claimId: claim.id, tags: claim.tags, changedTo });
            const after = { ...claim, tags: changedTo, updatedAt: this.clock() };
            rewrites.note(documentId, claim, after);
            return after;
          }),
        }));
        rewrites.wrote(documentId);
      }
    } catch (error) {
      await rewrites.putBack(error, PUTTING_BACK, { trash: false });
      throw error;
    }
    return { claimsUpdated: before.length, before, sets: [], rewrites };
  }

  /**
   * Renames a tag on every claim; onto another tag that differs only in case, the existing
   * spelling is kept (one tag, not "water" and "Water"). When the saved sets cannot be written,
   * the claims are put back: nothing is renamed.
   */
  async rename(from: string, to: string): Promise<Retagged> {
    const typed = to.trim();
    const existing = (await this.catalog.tags()).find((t) => same(t.tag, typed) && !same(t.tag, from));
    const target = existing?.tag ?? typed;
    const { rewrites, ...retagged } = await this.retag(from, (tags) => {
      const renamed = tags.map((t) => (same(t, from) ? target : t));
      return renamed.filter((t, i) => renamed.findIndex((u) => same(u, t)) === i);
    });
    try {
      return { ...retagged, sets: await this.renameInSets(from, target) };
    } catch (error) {
      await rewrites.putBack(error, PUTTING_BACK, { trash: false });
      throw error;
    }
  }

  /** Saved sets that filter on the tag name it as renamed, so they keep selecting the same claims. */
  private async renameInSets(from: string, to: string): Promise<SetFilters> {
    const changed: SetFilters = [];
    if (!this.store.library.sets.some((set) => filterWithTagRenamed(set.filter, from, to))) return changed;
    await this.store.updateLibrary((library) => {
      changed.length = 0;
      const sets = library.sets.map((set) => {
        const filter = filterWithTagRenamed(set.filter, from, to);
        if (filter === null) return set;
        changed.push({ setId: set.id, filter: set.filter, changedTo: filter });
        return { ...set, filter, updatedAt: this.clock() };
      });
      return { ...library, sets };
    });
    return changed;
  }

  /** Puts back saved sets' filters a rename changed (undo), on the sets whose filter is still as it left it. */
  private async restoreSets(sets: SetFilters): Promise<void> {
    const due = new Map(sets.map((entry) => [entry.setId, entry]));
    // the filter to put back on a set still as the rename left it, else undefined
    const filterBefore = (set: { id: string; filter: unknown }) => {
      const entry = due.get(set.id);
      return entry !== undefined && JSON.stringify(set.filter) === JSON.stringify(entry.changedTo) ? entry.filter : undefined;
    };
    if (!this.store.library.sets.some((set) => filterBefore(set) !== undefined)) return;
    await this.store.updateLibrary((library) => ({
      ...library,
      sets: library.sets.map((set) => {
        const filter = filterBefore(set);
        return filter === undefined ? set : { ...set, filter, updatedAt: this.clock() };
      }),
    }));
  }

  async delete(tag: string): Promise<Retagged> {
    const { rewrites: _rewrites, ...retagged } = await this.retag(tag, (tags) => tags.filter((t) => !same(t, tag)));
    return retagged;
  }

  /**
   * Puts back the tags claims had before a rename or a deletion (undo), on the claims that still
   * exist, in the library or the trash, and whose tags are as the change left them, and the saved
   * sets' filters a rename changed; returns how many claims.
   */
  async restore(before: ClaimTags, sets: SetFilters = []): Promise<number> {
    await this.restoreSets(sets);
    const entries = new Map(before.map((entry) => [claimKey(entry.documentId, entry.claimId), entry]));
    const libraryDocuments = inLibrary(this.store, before.map((entry) => entry.documentId));
    for (const documentId of libraryDocuments) this.store.assertWritable(documentId);
    // the entry for a claim whose tags are still as the change left them
    const due = (documentId: string, claim: Claim) => {
      const entry = entries.get(claimKey(documentId, claim.id));
      return entry && sameList(claim.tags, entry.changedTo) ? entry : undefined;
    };
    let restored = 0;
    const putBack = (doc: StoredDocument): StoredDocument => ({
      ...doc,
      claims: doc.claims.map((claim): Claim => {
        const entry = due(doc.id, claim);
        if (!entry) return claim;
        restored++;
        return { ...claim, tags: uniqueTags(entry.tags), updatedAt: this.clock() };
      }),
    });
    for (const documentId of libraryDocuments) await this.store.updateDocument(documentId, putBack);
    await this.store.exclusive(async () => {
      this.store.assertWritable();
      await this.store.trash.rewrite((doc) => (doc.claims.some((claim) => due(doc.id, claim)) ? putBack(doc) : null));
    });
    return restored;
  }
}
