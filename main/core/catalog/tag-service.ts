// Tags across the library: every tag with its count, renaming (a rename onto an existing tag
// merges the two), and deleting a tag from every claim.
import type { TagCount } from '@shared/bridge/contract';
import type { Claim } from '@shared/domain/claim';
import type { LibraryStore } from '../store/library-store';
import type { ClaimCatalog } from './claim-catalog';

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

  /** Changes the tags of every claim carrying `tag`; returns how many claims changed. */
  private async retag(tag: string, change: (tags: readonly string[]) => string[]): Promise<number> {
    let changed = 0;
    for (const documentId of await this.catalog.documentsWhere((c) => c.tags.some((t) => same(t, tag)))) {
      await this.store.updateDocument(documentId, (doc) => ({
        ...doc,
        claims: doc.claims.map((claim): Claim => {
          if (!claim.tags.some((t) => same(t, tag))) return claim;
          changed++;
          return { ...claim, tags: change(claim.tags), updatedAt: this.clock() };
        }),
      }));
    }
    return changed;
  }

  /** Renames a tag on every claim; onto another tag that differs only in case, the existing spelling is kept (one tag, not "water" and "Water"). */
  async rename(from: string, to: string): Promise<number> {
    const typed = to.trim();
    const existing = (await this.catalog.tags()).find((t) => same(t.tag, typed) && !same(t.tag, from));
    const target = existing?.tag ?? typed;
    return this.retag(from, (tags) => {
      const renamed = tags.map((t) => (same(t, from) ? target : t));
      return renamed.filter((t, i) => renamed.findIndex((u) => same(u, t)) === i);
    });
  }

  delete(tag: string): Promise<number> {
    return this.retag(tag, (tags) => tags.filter((t) => !same(t, tag)));
  }
}
