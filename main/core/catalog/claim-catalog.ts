// An in-memory table of every claim in the library (its text fields, document, status,
// attribution, sources, tags), built from the documents the first time it is needed and kept up
// to date by the store's change events. It answers the questions that span the library (which
// documents cite a source or use a tag, each source's track record, every tag with its count) and
// tells those who keep derived views (the search index) what changed.
import type { SourceStats, TagCount } from '@shared/bridge/contract';
import { TagSpellings } from '@shared/domain/claim-operations';
import type { AnchorState } from '@shared/domain/claim';
import type { StoredDocument } from '@shared/domain/document';
import type { LibraryStore } from '../store/library-store';
import type { StoreChange } from '../store/store-changes';

export interface CatalogClaim {
  id: string;
  documentId: string;
  quote: string;
  cue: string;
  note: string;
  evidenceTitles: string;
  status: string;
  attribution: string;
  sourceIds: readonly string[];
  tags: readonly string[];
  anchor: AnchorState;
  /** where the claim starts in its document's text, to keep a document's claims in reading order */
  start: number;
  updatedAt: string;
}

function entriesOf(doc: StoredDocument): CatalogClaim[] {
  return doc.claims.map((c) => ({
    id: c.id,
    documentId: doc.id,
    quote: c.target.exact,
    cue: c.cue?.exact ?? '',
    note: c.note,
    evidenceTitles: c.evidence.map((e) => e.title).join(' · '),
    status: c.status,
    attribution: c.attribution,
    sourceIds: c.sourceIds,
    tags: c.tags,
    anchor: c.anchor,
    start: c.target.start,
    updatedAt: c.updatedAt,
  }));
}

/** What one change did to the table: a document's claims before and after (empty when none). */
export interface CatalogChange {
  documentId: string;
  before: readonly CatalogClaim[];
  after: readonly CatalogClaim[];
}

/** Document files read at once while the table is built. */
const PARALLEL_READS = 8;

export class ClaimCatalog {
  private byDocument: Map<string, CatalogClaim[]> | null = null;
  private building: Promise<Map<string, CatalogClaim[]>> | null = null;
  private changedWhileBuilding: StoreChange[] | null = null;
  private byId = new Map<string, CatalogClaim>();
  private readonly listeners = new Set<(change: CatalogChange | 'rebuilt') => void>();
  /** counts every change, so that views can tell a stale answer from a fresh one */
  version = 0;

  constructor(private readonly store: LibraryStore) {
    store.onChange((change) => this.apply(change));
  }

  /** Calls `listener` with each change to a built table, or 'rebuilt' when it is built afresh. */
  onChange(listener: (change: CatalogChange | 'rebuilt') => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private apply(change: StoreChange): void {
    this.version++;
    if (change.kind === 'reloaded') {
      this.changedWhileBuilding?.push(change);
      this.byDocument = null;
      this.building = null;
      for (const listener of this.listeners) listener('rebuilt');
      return;
    }
    if (!this.byDocument) {
      // a change that lands while the table is being built is applied once it is built
      this.changedWhileBuilding?.push(change);
      return;
    }
    const documentId = change.kind === 'document' ? change.document.id : change.documentId;
    const before = this.byDocument.get(documentId) ?? [];
    const after = change.kind === 'document' ? entriesOf(change.document) : [];
    if (change.kind === 'document') this.byDocument.set(documentId, after);
    else this.byDocument.delete(documentId);
    for (const claim of before) this.byId.delete(claim.id);
    for (const claim of after) this.byId.set(claim.id, claim);
    for (const listener of this.listeners) listener({ documentId, before, after });
  }

  /** Every claim, by document; built on first use (a document that cannot be read is left out). */
  private async table(): Promise<Map<string, CatalogClaim[]>> {
    if (this.byDocument) return this.byDocument;
    this.building ??= (async () => {
      const changed: StoreChange[] = [];
      this.changedWhileBuilding = changed;
      const table = new Map<string, CatalogClaim[]>();
      const ids = this.store.documentSummaries().map((d) => d.id);
      // a few files at a time: reading overlaps with parsing, and memory holds a few documents only
      for (let at = 0; at < ids.length; at += PARALLEL_READS) {
        const docs = await Promise.all(ids.slice(at, at + PARALLEL_READS).map((id) => this.store.peekDocument(id).catch(() => null)));
        for (const doc of docs) if (doc) table.set(doc.id, entriesOf(doc));
      }
      this.changedWhileBuilding = null;
      if (changed.some((c) => c.kind === 'reloaded')) {
        this.building = null;
        return this.table();
      }
      for (const change of changed) {
        if (change.kind === 'document') table.set(change.document.id, entriesOf(change.document));
        else if (change.kind === 'removed') table.delete(change.documentId);
      }
      this.byId = new Map([...table.values()].flat().map((c) => [c.id, c]));
      this.byDocument = table;
      this.version++;
      for (const listener of this.listeners) listener('rebuilt');
      return table;
    })();
    return this.building;
  }

  /** One claim by id, once the table is built (for the search index's matches). */
  claim(id: string): CatalogClaim | undefined {
    return this.byId.get(id);
  }

  /** Every claim, grouped by document (the table itself: callers must not change it). */
  async byDocuments(): Promise<ReadonlyMap<string, readonly CatalogClaim[]>> {
    return this.table();
  }

  async claims(): Promise<CatalogClaim[]> {
    return [...(await this.table()).values()].flat();
  }

  /** The documents holding at least one claim that `matches`. */
  async documentsWhere(matches: (claim: CatalogClaim) => boolean): Promise<string[]> {
    const found: string[] = [];
    for (const [documentId, claims] of await this.table()) if (claims.some(matches)) found.push(documentId);
    return found;
  }

  async tags(): Promise<TagCount[]> {
    const counts = new Map<string, number>();
    // one tag whatever its case, under the first spelling met
    const spellings = new TagSpellings();
    for (const claim of await this.claims()) for (const tag of new Set(claim.tags.map((t) => spellings.of(t)))) counts.set(tag, (counts.get(tag) ?? 0) + 1);
    return [...counts].map(([tag, claims]) => ({ tag, claims })).sort((a, b) => b.claims - a.claims || a.tag.localeCompare(b.tag));
  }

  async sourceStats(): Promise<Record<string, SourceStats>> {
    const stats: Record<string, SourceStats> = {};
    const documents = new Map<string, Set<string>>();
    for (const claim of await this.claims()) {
      for (const sourceId of claim.sourceIds) {
        const entry = (stats[sourceId] ??= { claims: 0, documents: 0, byStatus: {}, byAttribution: {} });
        entry.claims++;
        entry.byStatus[claim.status] = (entry.byStatus[claim.status] ?? 0) + 1;
        entry.byAttribution[claim.attribution] = (entry.byAttribution[claim.attribution] ?? 0) + 1;
        const seen = documents.get(sourceId) ?? new Set<string>();
        seen.add(claim.documentId);
        documents.set(sourceId, seen);
        entry.documents = seen.size;
      }
    }
    return stats;
  }
}
