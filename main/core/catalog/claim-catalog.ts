// A compact in-memory table of every claim in the library (document, status, attribution,
// sources, tags), built from the documents the first time it is needed and kept up to date by
// the store's change events. It answers the questions that span the library: which documents
// cite a source or use a tag, each source's track record, every tag with its count.
import type { SourceStats, TagCount } from '@shared/bridge/contract';
import type { AnchorState } from '@shared/domain/claim';
import type { StoredDocument } from '@shared/domain/document';
import type { LibraryStore } from '../store/library-store';
import type { StoreChange } from '../store/store-changes';

export interface CatalogClaim {
  id: string;
  documentId: string;
  status: string;
  attribution: string;
  sourceIds: readonly string[];
  tags: readonly string[];
  anchor: AnchorState;
}

function entriesOf(doc: StoredDocument): CatalogClaim[] {
  return doc.claims.map((c) => ({ id: c.id, documentId: doc.id, status: c.status, attribution: c.attribution, sourceIds: c.sourceIds, tags: c.tags, anchor: c.anchor }));
}

export class ClaimCatalog {
  private byDocument: Map<string, CatalogClaim[]> | null = null;
  private building: Promise<Map<string, CatalogClaim[]>> | null = null;

  constructor(private readonly store: LibraryStore) {
    store.onChange((change) => this.apply(change));
  }

  private apply(change: StoreChange): void {
    if (change.kind === 'reloaded') {
      this.byDocument = null;
      this.building = null;
    } else if (this.byDocument) {
      if (change.kind === 'document') this.byDocument.set(change.document.id, entriesOf(change.document));
      else this.byDocument.delete(change.documentId);
    }
  }

  /** Every claim, by document; built on first use (a document that cannot be read is left out). */
  private async table(): Promise<Map<string, CatalogClaim[]>> {
    if (this.byDocument) return this.byDocument;
    this.building ??= (async () => {
      const table = new Map<string, CatalogClaim[]>();
      for (const summary of this.store.documentSummaries()) {
        const doc = await this.store.getDocument(summary.id).catch(() => null);
        if (doc) table.set(doc.id, entriesOf(doc));
      }
      this.byDocument = table;
      return table;
    })();
    return this.building;
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
    for (const claim of await this.claims()) for (const tag of claim.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
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
