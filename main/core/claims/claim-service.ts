// Claim and source operations on the store: each runs a pure operation from shared/ on the
// current document and library, and resolves once the result is on disk.
import type { ParsedArgs } from '@shared/bridge/contract';
import { AppFailure } from '@shared/bridge/result';
import type { Claim } from '@shared/domain/claim';
import { applyClaimChanges, claimProblem, createClaim, type ClaimContext } from '@shared/domain/claim-operations';
import type { StoredDocument } from '@shared/domain/document';
import { newId } from '@shared/domain/primitives';
import { findSourceByName, type Source } from '@shared/domain/source';
import { projectText } from '@shared/text/projection';
import type { LibraryStore } from '../store/library-store';

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

  async create(args: ParsedArgs<'claims:create'>): Promise<Claim> {
    let created: Claim | undefined;
    await this.store.updateDocument(args.documentId, (doc) => {
      created = createClaim(args.start, args.end, args.changes ?? {}, this.context(doc));
      return { ...doc, claims: [...doc.claims, created] };
    });
    return created!;
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
  async put(args: ParsedArgs<'claims:put'>): Promise<Claim> {
    await this.store.updateDocument(args.documentId, (doc) => {
      const problem = claimProblem(args.claim, this.context(doc));
      if (problem) throw new AppFailure('invalid-argument', `This claim cannot be put back: ${problem}.`);
      const exists = doc.claims.some((c) => c.id === args.claim.id);
      return { ...doc, claims: exists ? doc.claims.map((c) => (c.id === args.claim.id ? args.claim : c)) : [...doc.claims, args.claim] };
    });
    return args.claim;
  }

  async delete(args: ParsedArgs<'claims:delete'>): Promise<void> {
    await this.store.updateDocument(args.documentId, (doc) => {
      if (!doc.claims.some((c) => c.id === args.claimId)) {
        throw new AppFailure('not-found', `There is no claim ${args.claimId} in document ${args.documentId}.`);
      }
      return { ...doc, claims: doc.claims.filter((c) => c.id !== args.claimId) };
    });
  }

  /** Creates a source, or returns the existing one with the same name or alias. */
  async createSource(args: ParsedArgs<'sources:create'>): Promise<Source> {
    return (await this.findOrCreateSource(args)).source;
  }

  /** The source with the name or alias (`created` false), or a new one made with it. */
  async findOrCreateSource(args: ParsedArgs<'sources:create'>): Promise<{ source: Source; created: boolean }> {
    const existing = findSourceByName(this.store.library.sources, args.name);
    if (existing) return { source: existing, created: false };
    const at = this.clock();
    let source: Source = { id: newId(), name: args.name.trim(), kind: args.kind, aliases: [], description: '', createdAt: at, updatedAt: at };
    let created = true;
    // checked again under the store's lock: a source of that name, or a removal of that kind, may have landed since
    await this.store.updateLibrary((library) => {
      const named = findSourceByName(library.sources, args.name);
      if (named) {
        source = named;
        created = false;
        return library;
      }
      if (!library.taxonomy.sourceKinds.some((k) => k.id === args.kind)) {
        throw new AppFailure('invalid-argument', `"${args.kind}" is not a source kind of this library.`);
      }
      return { ...library, sources: [...library.sources, source] };
    });
    return { source, created };
  }
}
