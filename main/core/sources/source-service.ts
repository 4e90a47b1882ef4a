// The source registry: editing a source, merging a duplicate into another (its claims follow,
// its names become aliases; and undoing that), deleting one (and putting it back), and each
// source's track record.
import type { DeletedSource, MergedSource, SourceStats } from '@shared/bridge/contract';
import type { Claim } from '@shared/domain/claim';
import type { StoredDocument } from '@shared/domain/document';
import { AppFailure } from '@shared/bridge/result';
import { findSourceByName, sourceNameKey, type Source, type SourceChanges } from '@shared/domain/source';
import type { ClaimCatalog } from '../catalog/claim-catalog';
import type { LibraryStore } from '../store/library-store';

/** A claim a change reached, with where the source stood among its sources, and its sources before. */
type ChangedClaim = DeletedSource['claims'][number] & { sourceIds: string[] };

function uniqueNames(names: readonly string[], except: string): string[] {
  const seen = new Set([sourceNameKey(except)]);
  return names.map((n) => n.trim()).filter((n) => n !== '' && !seen.has(sourceNameKey(n)) && seen.add(sourceNameKey(n)));
}

/** A claim's sources once `fromId` is merged into `intoId` (each named once). */
function mergedSourceIds(sourceIds: readonly string[], fromId: string, intoId: string): string[] {
  return [...new Set(sourceIds.map((id) => (id === fromId ? intoId : id)))];
}

const sameIds = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((id, i) => id === b[i]);

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
  async merge(fromId: string, intoId: string): Promise<{ source: Source; claimsUpdated: number; undo: MergedSource }> {
    if (fromId === intoId) throw new AppFailure('invalid-argument', 'A source cannot be merged into itself.');
    const from = this.find(fromId);
    const into = this.find(intoId);
    const names = (claim: { sourceIds: readonly string[] }) => claim.sourceIds.includes(fromId);
    const changed = await this.changeClaims(names, (claim) => ({ ...claim, sourceIds: mergedSourceIds(claim.sourceIds, fromId, intoId) }), await this.catalog.documentsWhere(names), fromId);
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
    // the count the user sees is of the library's claims, as the track record counts them
    const inLibrary = new Set(this.store.library.documents.map((d) => d.id));
    const claims = changed.map(({ documentId, claimId, sourceIds }) => ({ documentId, claimId, sourceIds }));
    return { source: merged, claimsUpdated: changed.filter((ref) => inLibrary.has(ref.documentId)).length, undo: { from, into, claims } };
  }

  /**
   * Undoes a merge: the source merged away comes back, the names and description the merge gave
   * the other leave it, and each claim the merge changed names it again, unless its sources have
   * changed since (then it is left as the user made it).
   */
  async unmerge({ from, into, claims }: MergedSource): Promise<Source> {
    const current = this.find(into.id);
    if (this.store.library.sources.some((s) => s.id === from.id)) throw new AppFailure('invalid-argument', `The source "${from.name}" is already in the registry.`);
    const given = new Set([from.name, ...from.aliases].map(sourceNameKey).filter((key) => ![into.name, ...into.aliases].some((n) => sourceNameKey(n) === key)));
    const unmerged: Source = {
      ...current,
      aliases: current.aliases.filter((alias) => !given.has(sourceNameKey(alias))),
      description: into.description === '' && current.description === from.description ? '' : current.description,
      updatedAt: this.clock(),
    };
    const others = this.store.library.sources.filter((s) => s.id !== into.id);
    const clash = [from.name, ...from.aliases].map((name) => findSourceByName([...others, unmerged], name)).find((s) => s !== undefined);
    if (clash) throw new AppFailure('invalid-argument', `"${from.name}" cannot be put back: the source "${clash.name}" has its name now.`);
    if (!this.store.library.taxonomy.sourceKinds.some((k) => k.id === from.kind)) throw new AppFailure('invalid-argument', `"${from.kind}" is not a source kind of this library.`);
    await this.store.updateLibrary((library) => ({ ...library, sources: [...library.sources.map((s) => (s.id === into.id ? unmerged : s)), from] }));
    const before = new Map(claims.map((ref) => [ref.claimId, ref.sourceIds]));
    const untouched = (claim: Claim) => {
      const sourceIds = before.get(claim.id);
      return sourceIds !== undefined && sameIds(claim.sourceIds, mergedSourceIds(sourceIds, from.id, into.id));
    };
    await this.changeClaims(untouched, (claim) => ({ ...claim, sourceIds: [...before.get(claim.id)!] }), this.inLibrary(claims), into.id);
    return from;
  }

  /**
   * Changes the claims `matches` selects, in the library's documents `documentIds` and in every
   * document in the trash (restored later, it must not name a source that is gone); returns the
   * claims changed, each with where the source stood among its sources.
   */
  private async changeClaims(matches: (claim: Claim) => boolean, change: (claim: Claim) => Claim, documentIds: Iterable<string>, sourceId: string): Promise<ChangedClaim[]> {
    const changed: ChangedClaim[] = [];
    const rewrite = (doc: StoredDocument): StoredDocument => ({
      ...doc,
      claims: doc.claims.map((claim) => {
        if (!matches(claim)) return claim;
        changed.push({ documentId: doc.id, claimId: claim.id, position: Math.max(0, claim.sourceIds.indexOf(sourceId)), sourceIds: claim.sourceIds });
        return { ...change(claim), updatedAt: this.clock() };
      }),
    });
    for (const documentId of documentIds) await this.store.updateDocument(documentId, rewrite);
    await this.store.exclusive(async () => {
      this.store.assertWritable();
      await this.store.trash.rewrite((doc) => (doc.claims.some(matches) ? rewrite(doc) : null));
    });
    return changed;
  }

  /**
   * Takes a source out of the registry and off every claim that names it (a typo, a name the
   * suggester offered that means nothing). The claims are changed first, so a crash between the
   * two steps leaves the source in the registry, never a claim naming a source that is gone.
   */
  async delete(sourceId: string): Promise<DeletedSource> {
    const source = this.find(sourceId);
    const names = (claim: { sourceIds: readonly string[] }) => claim.sourceIds.includes(sourceId);
    const claims = await this.changeClaims(names, (claim) => ({ ...claim, sourceIds: claim.sourceIds.filter((id) => id !== sourceId) }), await this.catalog.documentsWhere(names), sourceId);
    await this.store.updateLibrary((library) => ({ ...library, sources: library.sources.filter((s) => s.id !== sourceId) }));
    return { source, claims: claims.map(({ documentId, claimId, position }) => ({ documentId, claimId, position })) };
  }

  /** Puts a deleted source back (undo), on the claims it was taken off that still exist (in the library or the trash). */
  async restore(deleted: DeletedSource): Promise<Source> {
    const { source } = deleted;
    const { sources, taxonomy } = this.store.library;
    if (sources.some((s) => s.id === source.id)) throw new AppFailure('invalid-argument', `The source "${source.name}" is already in the registry.`);
    const clash = [source.name, ...source.aliases].map((name) => findSourceByName(sources, name)).find((s) => s !== undefined);
    if (clash) throw new AppFailure('invalid-argument', `"${source.name}" cannot be put back: the source "${clash.name}" has its name now.`);
    if (!taxonomy.sourceKinds.some((k) => k.id === source.kind)) throw new AppFailure('invalid-argument', `"${source.kind}" is not a source kind of this library.`);
    await this.store.updateLibrary((library) => ({ ...library, sources: [...library.sources, source] }));
    // back where it stood among each claim's sources (the first is the one shown and exported first)
    const positions = new Map(deleted.claims.map((ref) => [ref.claimId, ref.position]));
    const putBack = (claim: Claim) => ({ ...claim, sourceIds: claim.sourceIds.toSpliced(positions.get(claim.id)!, 0, source.id) });
    await this.changeClaims((claim) => positions.has(claim.id) && !claim.sourceIds.includes(source.id), putBack, this.inLibrary(deleted.claims), source.id);
    return source;
  }

  /** The documents of `claims` that are in the library (not in the trash, not gone). */
  private inLibrary(claims: readonly { documentId: string }[]): string[] {
    const documentIds = new Set(claims.map((ref) => ref.documentId));
    return this.store.library.documents.filter((d) => documentIds.has(d.id)).map((d) => d.id);
  }

  stats(): Promise<Record<string, SourceStats>> {
    return this.catalog.sourceStats();
  }
}
