// The source registry: editing a source, merging a duplicate into another (its claims follow,
// its names become aliases), and each source's track record across the library.
import type { SourceStats } from '@shared/bridge/contract';
import { AppFailure } from '@shared/bridge/result';
import { findSourceByName, sourceNameKey, type Source, type SourceChanges } from '@shared/domain/source';
import type { ClaimCatalog } from '../catalog/claim-catalog';
import type { LibraryStore } from '../store/library-store';

function uniqueNames(names: readonly string[], except: string): string[] {
  const seen = new Set([sourceNameKey(except)]);
  return names.map((n) => n.trim()).filter((n) => n !== '' && !seen.has(sourceNameKey(n)) && seen.add(sourceNameKey(n)));
}

export class SourceService {
  constructor(
    private readonly store: LibraryStore,
    private readonly catalog: ClaimCatalog,
    private readonly clock: () => string,
  ) {}

  private find(id: string): Source {
    const source = this.store.library.sources.find((s) => s.id === id);
    if (!source) throw new AppFailure('not-found', `There is no source ${id} in the registry.`);
    return source;
  }

  async update(sourceId: string, changes: SourceChanges): Promise<Source> {
    const source = this.find(sourceId);
    const { taxonomy, sources } = this.store.library;
    if (changes.kind !== undefined && !taxonomy.sourceKinds.some((k) => k.id === changes.kind)) {
      throw new AppFailure('invalid-argument', `"${changes.kind}" is not a source kind of this library.`);
    }
    const name = changes.name?.trim() ?? source.name;
    const clash = findSourceByName(
      sources.filter((s) => s.id !== sourceId),
      name,
    );
    if (clash) throw new AppFailure('invalid-argument', `"${name}" is already the name or an alias of the source "${clash.name}": merge the two instead.`);
    const next: Source = {
      ...source,
      ...changes,
      name,
      aliases: uniqueNames(changes.aliases ?? source.aliases, name),
      updatedAt: this.clock(),
    };
    await this.store.updateLibrary((library) => ({ ...library, sources: library.sources.map((s) => (s.id === sourceId ? next : s)) }));
    return next;
  }

  /** Merges one source into another: every claim citing it cites the other, and it leaves the registry. */
  async merge(fromId: string, intoId: string): Promise<{ source: Source; claimsUpdated: number }> {
    if (fromId === intoId) throw new AppFailure('invalid-argument', 'A source cannot be merged into itself.');
    const from = this.find(fromId);
    const into = this.find(intoId);
    let claimsUpdated = 0;
    for (const documentId of await this.catalog.documentsWhere((c) => c.sourceIds.includes(fromId))) {
      await this.store.updateDocument(documentId, (doc) => ({
        ...doc,
        claims: doc.claims.map((claim) => {
          if (!claim.sourceIds.includes(fromId)) return claim;
          claimsUpdated++;
          const sourceIds = [...new Set(claim.sourceIds.map((id) => (id === fromId ? intoId : id)))];
          return { ...claim, sourceIds, updatedAt: this.clock() };
        }),
      }));
    }
    const merged: Source = {
      ...into,
      aliases: uniqueNames([...into.aliases, from.name, ...from.aliases], into.name),
      description: into.description || from.description,
      updatedAt: this.clock(),
    };
    await this.store.updateLibrary((library) => ({
      ...library,
      sources: library.sources.filter((s) => s.id !== fromId).map((s) => (s.id === intoId ? merged : s)),
    }));
    return { source: merged, claimsUpdated };
  }

  stats(): Promise<Record<string, SourceStats>> {
    return this.catalog.sourceStats();
  }
}
