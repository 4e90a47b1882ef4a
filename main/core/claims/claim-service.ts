// Claim and source operations on the store: each runs a pure operation from shared/ on the
// current document and library, and resolves once the result is on disk.
import type { ParsedArgs } from '@shared/bridge/contract';
import { AppFailure } from '@shared/bridge/result';
import type { Claim } from '@shared/domain/claim';
import { applyClaimChanges, claimProblem, createClaim, type ClaimContext } from '@shared/domain/claim-operations';
import { withClaimDeleted, withClaimsPut, withDeletionsRemembered } from '@shared/domain/deleted-claims';
import type { StoredDocument } from '@shared/domain/document';
import { newId } from '@shared/domain/primitives';
import { SourceNames, type Source } from '@shared/domain/source';
import { projectText } from '@shared/text/projection';
import { inList } from '../item-in-list';
import type { LibraryStore } from '../store/library-store';

interface FoundSource {
  source: Source;
  /** whether this call made it (else the registry had it, or an earlier entry of the list made it) */
  created: boolean;
}

export class ClaimService {
  constructor(
    private readonly store: LibraryStore,
    private readonly clock: () => string,
  ) {}

  private context(doc: StoredDocument): ClaimContext {
    const { library } = this.store;
    return {
      text: projectText(doc.content),
      taxonomy: library.taxonomy,
      knownSourceIds: new Set(library.sources.map((s) => s.id)),
      at: this.clock(),
    };
  }

  async create({ documentId, ...draft }: ParsedArgs<'claims:create'>): Promise<Claim> {
    return (await this.createMany({ documentId, claims: [draft] }))[0]!;
  }

  /** Makes several claims in one write, all or none: a refused one is named by its place in the list. */
  async createMany(args: ParsedArgs<'claims:createMany'>): Promise<Claim[]> {
    let created: Claim[] = [];
    await this.store.updateDocument(args.documentId, (doc) => {
      const context = this.context(doc);
      created = args.claims.map((draft, index) => inList(args.claims.length, index, () => createClaim(draft.start, draft.end, draft.changes ?? {}, context)));
      return { ...doc, claims: [...doc.claims, ...created] };
    });
    return created;
  }

  async update(args: ParsedArgs<'claims:update'>): Promise<Claim> {
    let updated: Claim | undefined;
    await this.store.updateDocument(args.documentId, (doc) => {
      const claim = doc.claims.find((c) => c.id === args.claimId);
      if (!claim) throw new AppFailure('not-found', `There is no claim ${args.claimId} in document ${args.documentId}.`);
      const next = applyClaimChanges(claim, args.changes, this.context(doc));
      updated = next;
      return { ...doc, claims: doc.claims.map((c) => (c.id === claim.id ? next : c)) };
    });
    return updated!;
  }

  /** Puts back a whole claim record (undo and redo): added if missing, replaced if present. */
  async put({ documentId, claim }: ParsedArgs<'claims:put'>): Promise<Claim> {
    return (await this.putMany({ documentId, claims: [claim] }))[0]!;
  }

  /** Puts back several whole claim records in one write, all or none. */
  async putMany(args: ParsedArgs<'claims:putMany'>): Promise<Claim[]> {
    await this.store.updateDocument(args.documentId, (doc) => {
      const context = this.context(doc);
      args.claims.forEach((claim, index) =>
        inList(args.claims.length, index, () => {
          const problem = claimProblem(claim, context);
          if (problem) throw new AppFailure('invalid-argument', `This claim cannot be put back: ${problem}.`);
        }),
      );
      if (new Set(args.claims.map((c) => c.id)).size !== args.claims.length) throw new AppFailure('invalid-argument', 'A claim is listed twice.');
      return withClaimsPut(doc, args.claims);
    });
    return args.claims;
  }

  /**
   * Takes several claims out in one write (the undo of their making, or of an import); those
   * already gone count as taken out. They are not remembered as deleted (made again, or imported
   * again, they come back), except those `remember` names: the deletions an import had forgotten
   * as it brought them back. Answers how many were there.
   */
  async deleteMany(args: ParsedArgs<'claims:deleteMany'>): Promise<number> {
    const ids = new Set(args.claimIds);
    const remember = (args.remember ?? []).filter((d) => ids.has(d.id));
    let deleted = 0;
    await this.store.updateDocument(args.documentId, (doc) => {
      const claims = doc.claims.filter((c) => !ids.has(c.id));
      deleted = doc.claims.length - claims.length;
      if (deleted === 0 && remember.length === 0) return doc;
      return { ...doc, claims, deletedClaims: remember.length === 0 ? doc.deletedClaims : withDeletionsRemembered(doc.deletedClaims, remember) };
    });
    return deleted;
  }

  /** The user's deletion of a claim: the document remembers it, so an older copy imported later does not bring it back. */
  async delete(args: ParsedArgs<'claims:delete'>): Promise<void> {
    await this.store.updateDocument(args.documentId, (doc) => {
      if (!doc.claims.some((c) => c.id === args.claimId)) {
        throw new AppFailure('not-found', `There is no claim ${args.claimId} in document ${args.documentId}.`);
      }
      return withClaimDeleted(doc, args.claimId, this.clock());
    });
  }

  /** Creates a source, or returns the existing one with the same name or alias. */
  async createSource(args: ParsedArgs<'sources:create'>): Promise<Source> {
    return (await this.findOrCreateSource(args)).source;
  }

  /** The source with the name or alias (`created` false), or a new one made with it. */
  async findOrCreateSource(args: ParsedArgs<'sources:create'>): Promise<FoundSource> {
    return (await this.findOrCreateSources({ sources: [args] }))[0]!;
  }

  /**
   * Each source asked for: the registry's one with that name or alias, else one made with it (a
   * name asked twice is made once), all in one write, all or none.
   */
  async findOrCreateSources(args: ParsedArgs<'sources:createMany'>): Promise<FoundSource[]> {
    const known = new SourceNames(this.store.library.sources);
    if (args.sources.every(({ name }) => known.find(name))) return args.sources.map(({ name }) => ({ source: known.find(name)!, created: false }));
    const at = this.clock();
    let found: FoundSource[] = [];
    // looked up under the store's lock: a source of that name, or a removal of that kind, may have landed since
    await this.store.updateLibrary((library) => {
      const sources = [...library.sources];
      const names = new SourceNames(sources);
      found = args.sources.map(({ name, kind }, index) =>
        inList(args.sources.length, index, () => {
          const named = names.find(name);
          if (named) return { source: named, created: false };
          if (!library.taxonomy.sourceKinds.some((k) => k.id === kind)) throw new AppFailure('invalid-argument', `"${kind}" is not a source kind of this library.`);
          const source: Source = { id: newId(), name: name.trim(), kind, aliases: [], description: '', createdAt: at, updatedAt: at };
          sources.push(source);
          names.add(source);
          return { source, created: true };
        }),
      );
      return sources.length === library.sources.length ? library : { ...library, sources };
    });
    return found;
  }
}
