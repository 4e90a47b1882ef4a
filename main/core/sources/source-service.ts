// The source registry: editing a source, merging a duplicate into another (its claims follow,
// its names become aliases; and undoing that), deleting one (and putting it back), and each
// source's track record. A merge or a deletion reaches the claims of documents in the trash too;
// one a write failure stops part-way is put back where it was written (made everywhere or nowhere).
import { claimKey, sameList } from '@shared/domain/claim-ref';
import type { DeletedSource, MergedSource, SourceStats } from '@shared/bridge/contract';
import type { Claim } from '@shared/domain/claim';
import type { StoredDocument } from '@shared/domain/document';
import { AppFailure } from '@shared/bridge/result';
import { findSourceByName, sourceNameKey, type Source, type SourceChanges } from '@shared/domain/source';
import type { ClaimCatalog } from '../catalog/claim-catalog';
import { ClaimRewrites } from '../claims/claim-rewrites';
import { inLibrary } from '../store/in-library';
import type { LibraryStore } from '../store/library-store';
import type { LibraryFile } from '@shared/domain/library';

/** A claim a change reached, with where the source stood among its sources, and its sources before. */
type ChangedClaim = DeletedSource['claims'][number] & { sourceIds: string[] };
/** The claims a change reached, and how to put them back as they were (for a caller whose next write fails). */
interface ClaimsChange {
  changed: ChangedClaim[];
  putBack: (failure: unknown) => Promise<void>;
}
/** Selects a claim of a document (claim ids are unique within a document, not across the library). */
type ClaimMatch = (claim: Claim, documentId: string) => boolean;

/** One key for a claim across the library. */

function uniqueNames(names: readonly string[], except: string): string[] {
  const seen = new Set([sourceNameKey(except)]);
  return names.map((n) => n.trim()).filter((n) => n !== '' && !seen.has(sourceNameKey(n)) && seen.add(sourceNameKey(n)));
}

/** A claim's sources once `fromId` is merged into `intoId` (each named once). */
function mergedSourceIds(sourceIds: readonly string[], fromId: string, intoId: string): string[] {
  return [...new Set(sourceIds.map((id) => (id === fromId ? intoId : id)))];
}


/** The first of `names` that a source of `sources` already has as its name or an alias. */
function firstClash(names: readonly string[], sources: readonly Source[]): { name: string; source: Source } | null {
  for (const name of names) {
    const source = findSourceByName(sources, name);
    if (source) return { name, source };
  }
  return null;
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
    this.find(sourceId);
    let next: Source | undefined;
    // checked under the store's lock, against the registry and taxonomy as they are when it is written
    await this.store.updateLibrary((library) => {
      next = this.updated(library, sourceId, changes);
      return { ...library, sources: library.sources.map((s) => (s.id === sourceId ? next! : s)) };
    });
    return next!;
  }

  /** The source with `changes`, refused when its kind is not the library's, or a name or alias is another source's. */
  private updated(library: LibraryFile, sourceId: string, changes: SourceChanges): Source {
    const { taxonomy, sources } = library;
    const source = sources.find((s) => s.id === sourceId);
    if (!source) throw new AppFailure('not-found', `There is no source ${sourceId} in the registry.`);
    if (changes.kind !== undefined && !taxonomy.sourceKinds.some((k) => k.id === changes.kind)) {
      throw new AppFailure('invalid-argument', `"${changes.kind}" is not a source kind of this library.`);
    }
    const name = changes.name?.trim() ?? source.name;
    const clash = findSourceByName(
      sources.filter((s) => s.id !== sourceId),
      name,
    );
    if (clash) throw new AppFailure('invalid-argument', `"${name}" is already the name or an alias of the source "${clash.name}": merge the two instead.`);
    const aliases = uniqueNames(changes.aliases ?? source.aliases, name);
    // an alias added that another source answers to would make a name mean two sources
    const added = aliases.filter((alias) => !source.aliases.some((a) => sourceNameKey(a) === sourceNameKey(alias)));
    const aliasClash = firstClash(
      added,
      sources.filter((s) => s.id !== sourceId),
    );
    if (aliasClash) throw new AppFailure('invalid-argument', `The alias "${aliasClash.name}" is already the name or an alias of the source "${aliasClash.source.name}": merge the two instead.`);
    return { ...source, ...changes, name, aliases, updatedAt: this.clock() };
  }

  /** Merges one source into another: every claim citing it cites the other, and it leaves the registry. */
  async merge(fromId: string, intoId: string): Promise<{ source: Source; claimsUpdated: number; undo: MergedSource }> {
    if (fromId === intoId) throw new AppFailure('invalid-argument', 'A source cannot be merged into itself.');
    const from = this.find(fromId);
    const into = this.find(intoId);
    const fromPosition = this.store.library.sources.indexOf(from);
    const names = (claim: { sourceIds: readonly string[] }) => claim.sourceIds.includes(fromId);
    const { changed, putBack } = await this.changeClaims(names, (claim) => ({ ...claim, sourceIds: mergedSourceIds(claim.sourceIds, fromId, intoId) }), await this.catalog.documentsWhere(names), fromId);
    let merged = into;
    await this.orPutBack(putBack, () => this.store.updateLibrary((library) => {
      // from the registry as it is now: an edit of the other source saved meanwhile is kept
      const current = library.sources.find((s) => s.id === intoId) ?? into;
      merged = {
        ...current,
        aliases: uniqueNames([...current.aliases, from.name, ...from.aliases], current.name),
        description: current.description || from.description,
        updatedAt: this.clock(),
      };
      return { ...library, sources: library.sources.filter((s) => s.id !== fromId).map((s) => (s.id === intoId ? merged : s)) };
    }));
    const claims = changed.map(({ documentId, claimId, sourceIds }) => ({ documentId, claimId, sourceIds }));
    return { source: merged, claimsUpdated: this.countInLibrary(changed), undo: { from, into, fromPosition, claims } };
  }

  /**
   * Undoes a merge: the source merged away comes back where it stood in the registry, the names
   * and description the merge gave the other leave it, and each claim the merge changed names it
   * again, unless its sources have changed since (then it is left as the user made it). Run again
   * after a failure part way, it finishes the job.
   */
  async unmerge({ from, into, fromPosition, claims }: MergedSource): Promise<Source> {
    this.find(into.id);
    const back = this.store.library.sources.find((s) => s.id === from.id);
    if (back && back.name !== from.name) throw new AppFailure('invalid-argument', `The source "${back.name}" is already in the registry.`);
    if (!back) {
      const others = this.store.library.sources.filter((s) => s.id !== into.id);
      const clash = firstClash([from.name, ...from.aliases], others);
      if (clash) throw new AppFailure('invalid-argument', `"${from.name}" cannot be put back: the source "${clash.source.name}" has its name now.`);
      this.assertKind(from.kind);
      // the names the merge gave the other source: not those it had already
      const given = new Set([from.name, ...from.aliases].map(sourceNameKey).filter((key) => ![into.name, ...into.aliases].some((n) => sourceNameKey(n) === key)));
      const restored: Source = { ...from, aliases: uniqueNames(from.aliases, from.name) };
      await this.store.updateLibrary((library) => {
        const sources = library.sources.map((s): Source => {
          if (s.id !== into.id) return s;
          const description = into.description === '' && s.description === from.description ? '' : s.description;
          return { ...s, aliases: s.aliases.filter((alias) => !given.has(sourceNameKey(alias))), description, updatedAt: this.clock() };
        });
        return { ...library, sources: sources.toSpliced(Math.min(fromPosition, sources.length), 0, restored) };
      });
    }
    const known = new Set(this.store.library.sources.map((s) => s.id));
    // only sources as they were that can stand again: each once, all in the registry, this one among them
    const before = new Map(claims.filter(({ sourceIds }) => sourceIds.includes(from.id) && new Set(sourceIds).size === sourceIds.length && sourceIds.every((id) => known.has(id))).map((ref) => [claimKey(ref.documentId, ref.claimId), ref.sourceIds]));
    const untouched: ClaimMatch = (claim, documentId) => {
      const sourceIds = before.get(claimKey(documentId, claim.id));
      return sourceIds !== undefined && sameList(claim.sourceIds, mergedSourceIds(sourceIds, from.id, into.id));
    };
    await this.changeClaims(untouched, (claim, documentId) => ({ ...claim, sourceIds: [...before.get(claimKey(documentId, claim.id))!] }), inLibrary(this.store, claims.map((c) => c.documentId)), into.id);
    return this.find(from.id);
  }

  private assertKind(kind: string): void {
    if (!this.store.library.taxonomy.sourceKinds.some((k) => k.id === kind)) throw new AppFailure('invalid-argument', `"${kind}" is not a source kind of this library.`);
  }

  /**
   * Changes the claims `matches` selects, in the library's documents `documentIds` and in every
   * document in the trash (restored later, it must not name a source that is gone); returns the
   * claims changed, each with where the source stood among its sources and its sources before.
   */
  private async changeClaims(matches: ClaimMatch, change: (claim: Claim, documentId: string) => Claim, documentIds: readonly string[], sourceId: string): Promise<ClaimsChange> {
    for (const documentId of documentIds) this.store.assertWritable(documentId);
    const changed: ChangedClaim[] = [];
    const rewrites = new ClaimRewrites(this.store);
    const rewrite = (doc: StoredDocument): StoredDocument => ({
      ...doc,
      claims: doc.claims.map((claim) => {
        if (!matches(claim, doc.id)) return claim;
        changed.push({ documentId: doc.id, claimId: claim.id, position: Math.max(0, claim.sourceIds.indexOf(sourceId)), sourceIds: claim.sourceIds });
        const after = { ...change(claim, doc.id), updatedAt: this.clock() };
        rewrites.note(doc.id, claim, after);
        return after;
      }),
    });
    const putBack = (failure: unknown) => rewrites.putBack(failure, "Putting the claims' sources back as they were", { trash: true });
    try {
      for (const documentId of documentIds) {
        await this.store.updateDocument(documentId, rewrite);
        rewrites.wrote(documentId);
      }
      await this.store.exclusive(async () => {
        this.store.assertWritable();
        await this.store.trash.rewrite((doc) => (doc.claims.some((claim) => matches(claim, doc.id)) ? rewrite(doc) : null));
      });
    } catch (error) {
      await putBack(error);
      throw error;
    }
    return { changed, putBack };
  }

  /** Runs the registry's write that finishes a change of claims; when it fails, the claims are put back as they were. */
  private async orPutBack(putBack: ClaimsChange['putBack'], write: () => Promise<unknown>): Promise<void> {
    try {
      await write();
    } catch (error) {
      await putBack(error);
      throw error;
    }
  }

  /** How many of `claims` are in the library's documents (the count the user sees, as the track record counts them). */
  private countInLibrary(claims: readonly { documentId: string }[]): number {
    const documentIds = new Set(this.store.library.documents.map((d) => d.id));
    return claims.filter((ref) => documentIds.has(ref.documentId)).length;
  }

  /**
   * Takes a source out of the registry and off every claim that names it (a typo, a name the
   * suggester offered that means nothing). The claims are changed first, so a crash between the
   * two steps leaves the source in the registry, never a claim naming a source that is gone.
   */
  async delete(sourceId: string): Promise<DeletedSource & { claimsInLibrary: number }> {
    const source = this.find(sourceId);
    const names = (claim: { sourceIds: readonly string[] }) => claim.sourceIds.includes(sourceId);
    const { changed, putBack } = await this.changeClaims(names, (claim) => ({ ...claim, sourceIds: claim.sourceIds.filter((id) => id !== sourceId) }), await this.catalog.documentsWhere(names), sourceId);
    await this.orPutBack(putBack, () => this.store.updateLibrary((library) => ({ ...library, sources: library.sources.filter((s) => s.id !== sourceId) })));
    return { source, claims: changed.map(({ documentId, claimId, position }) => ({ documentId, claimId, position })), claimsInLibrary: this.countInLibrary(changed) };
  }

  /**
   * Puts a deleted source back (undo), on the claims it was taken off that still exist (in the
   * library or the trash). Run again after a failure part way, it finishes the job.
   */
  async restore(deleted: DeletedSource): Promise<Source> {
    const { source } = deleted;
    const back = this.store.library.sources.find((s) => s.id === source.id);
    if (back && back.name !== source.name) throw new AppFailure('invalid-argument', `The source "${back.name}" is already in the registry.`);
    if (!back) {
      const clash = firstClash([source.name, ...source.aliases], this.store.library.sources);
      if (clash) throw new AppFailure('invalid-argument', `"${source.name}" cannot be put back: the source "${clash.source.name}" has its name now.`);
      this.assertKind(source.kind);
      await this.store.updateLibrary((library) => ({ ...library, sources: [...library.sources, { ...source, aliases: uniqueNames(source.aliases, source.name) }] }));
    }
    // back where it stood among each claim's sources (the first is the one shown and exported first)
    const positions = new Map(deleted.claims.map((ref) => [claimKey(ref.documentId, ref.claimId), ref.position]));
    const putBack = (claim: Claim, documentId: string) => ({ ...claim, sourceIds: claim.sourceIds.toSpliced(positions.get(claimKey(documentId, claim.id))!, 0, source.id) });
    const named: ClaimMatch = (claim, documentId) => positions.has(claimKey(documentId, claim.id)) && !claim.sourceIds.includes(source.id) && claim.sourceIds.length < 20;
    await this.changeClaims(named, putBack, inLibrary(this.store, deleted.claims.map((c) => c.documentId)), source.id);
    return this.find(source.id);
  }

  stats(): Promise<Record<string, SourceStats>> {
    return this.catalog.sourceStats();
  }
}
