// The sources one step made (accepting suggestions makes one per new name), taken back when the
// step is undone and put back when it is redone, each in one write of library.json: a step that
// made hundreds of sources took a write (and a search of the library) per source.
import { AppFailure } from '@shared/bridge/result';
import { SourceNames, type Source } from '@shared/domain/source';
import type { ClaimCatalog } from '../catalog/claim-catalog';
import { inList } from '../item-in-list';
import type { LibraryStore } from '../store/library-store';

export class CreatedSources {
  constructor(
    private readonly store: LibraryStore,
    private readonly catalog: ClaimCatalog,
  ) {}

  /**
   * Takes out of the registry those of `sourceIds` that no claim names, in the library or the
   * trash (a source a claim has been given since stays); answers the ones taken out.
   */
  async takeBack(sourceIds: readonly string[]): Promise<Source[]> {
    const asked = new Set(sourceIds);
    const named = new Set<string>();
    const note = (claim: { sourceIds: readonly string[] }) => {
      for (const id of claim.sourceIds) if (asked.has(id)) named.add(id);
    };
    for (const claim of await this.catalog.claims()) note(claim);
    let taken: Source[] = [];
    await this.store.exclusive(async () => {
      for (const id of await this.store.trash.ids()) (await this.store.trash.read(id))?.claims.forEach(note);
    });
    await this.store.updateLibrary((library) => {
      taken = library.sources.filter((s) => asked.has(s.id) && !named.has(s.id));
      const gone = new Set(taken.map((s) => s.id));
      return taken.length === 0 ? library : { ...library, sources: library.sources.filter((s) => !gone.has(s.id)) };
    });
    return taken;
  }

  /**
   * Puts back sources taken back, with their ids (so the claims put back name them again); one
   * already in the registry is left as it is. All or none: refused, with the item named, when a
   * name is another source's now or a kind is no longer the library's.
   */
  async putBack(sources: readonly Source[]): Promise<Source[]> {
    await this.store.updateLibrary((library) => {
      const registry = [...library.sources];
      const names = new SourceNames(registry);
      sources.forEach((source, index) =>
        inList(sources.length, index, () => {
          const back = registry.find((s) => s.id === source.id);
          if (back && back.name !== source.name) throw new AppFailure('invalid-argument', `The source "${back.name}" is already in the registry.`);
          if (back) return;
          const clash = [source.name, ...source.aliases].map((name) => names.find(name)).find((found) => found !== undefined);
          if (clash) throw new AppFailure('invalid-argument', `"${source.name}" cannot be put back: the source "${clash.name}" has its name now.`);
          if (!library.taxonomy.sourceKinds.some((k) => k.id === source.kind)) throw new AppFailure('invalid-argument', `"${source.kind}" is not a source kind of this library.`);
          registry.push(source);
          names.add(source);
        }),
      );
      return registry.length === library.sources.length ? library : { ...library, sources: registry };
    });
    return sources.map((s) => this.store.library.sources.find((x) => x.id === s.id)!);
  }
}
