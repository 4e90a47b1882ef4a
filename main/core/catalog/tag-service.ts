// Tags across the library: every tag with its count, renaming (a rename onto an existing tag
// merges the two), deleting a tag from every claim, and putting claims' tags back (undo).
import type { ClaimTags, TagCount } from '@shared/bridge/contract';
import type { Claim } from '@shared/domain/claim';
import type { LibraryStore } from '../store/library-store';
import type { ClaimCatalog } from './claim-catalog';

/** What a rename or a deletion changed: how many claims, and their tags before (for Undo). */
type Retagged = { claimsUpdated: number; before: ClaimTags };

const same = (a: string, b: string) => a.toLocaleLowerCase() === b.toLocaleLowerCase();

export class TagService {
  constructor(
    private readonly store: LibraryStore,
    private readonly catalog: ClaimCatalog,
    private readonly clock: () => string,
  ) {}

  list(): Promise<TagCount[]> {
    return this.catalog.tags();
  }

  /** Changes the tags of every claim carrying `tag`; returns how many claims changed, and their tags before. */
  private async retag(tag: string, change: (tags: readonly string[]) => string[]): Promise<Retagged> {
    const before: ClaimTags = [];
    for (const documentId of await this.catalog.documentsWhere((c) => c.tags.some((t) => same(t, tag)))) {
      await this.store.updateDocument(documentId, (doc) => ({
        ...doc,
        claims: doc.claims.map((claim): Claim => {
          if (!claim.tags.some((t) => same(t, tag))) return claim;
          before.push({ documentId, claimId: claim.id, tags: claim.tags });
          return { ...claim, tags: change(claim.tags), updatedAt: this.clock() };
        }),
      }));
    }
    return { claimsUpdated: before.length, before };
  }

  /** Renames a tag on every claim; onto another tag that differs only in case, the existing spelling is kept (one tag, not "water" and "Water"). */
  async rename(from: string, to: string): Promise<Retagged> {
    const typed = to.trim();
    const existing = (await this.catalog.tags()).find((t) => same(t.tag, typed) && !same(t.tag, from));
    const target = existing?.tag ?? typed;
    return this.retag(from, (tags) => {
      const renamed = tags.map((t) => (same(t, from) ? target : t));
      return renamed.filter((t, i) => renamed.findIndex((u) => same(u, t)) === i);
    });
  }

  delete(tag: string): Promise<Retagged> {
    return this.retag(tag, (tags) => tags.filter((t) => !same(t, tag)));
  }

  /** Puts back the tags claims had before a rename or a deletion (undo), on the claims that still exist; returns how many. */
  async restore(before: ClaimTags): Promise<number> {
    const tagsOf = new Map(before.map((ref) => [ref.claimId, ref.tags]));
    const inLibrary = new Set(this.store.library.documents.map((d) => d.id));
    let restored = 0;
    for (const documentId of new Set(before.map((ref) => ref.documentId))) {
      if (!inLibrary.has(documentId)) continue;
      await this.store.updateDocument(documentId, (doc) => ({
        ...doc,
        claims: doc.claims.map((claim): Claim => {
          const tags = tagsOf.get(claim.id);
          if (!tags) return claim;
          restored++;
          return { ...claim, tags: [...tags], updatedAt: this.clock() };
        }),
      }));
    }
    return restored;
  }
}
