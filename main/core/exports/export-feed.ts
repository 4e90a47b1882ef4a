// What an export reads: the registries, and the documents one at a time (so an export of the
// whole library never holds every document in memory), with what it needs to know up front.
import type { StoredDocument } from '@shared/domain/document';
import type { ExportScope } from '@shared/formats/export-scope';

export interface ExportFeed {
  /** taxonomy, sources, settings, time and version: everything but the documents */
  base: Omit<ExportScope, 'documents'>;
  documentIds: readonly string[];
  /** the one document's title, else "N documents" (names the file and the collection) */
  title: string;
  claimTotal: number;
  load(id: string): Promise<StoredDocument>;
}

/** A feed over documents already in memory (tests, and exports rendered for a download). */
export function feedOfScope(scope: ExportScope): ExportFeed {
  const byId = new Map(scope.documents.map((d) => [d.id, d]));
  const { documents, ...base } = scope;
  const [only] = documents;
  return {
    base,
    documentIds: documents.map((d) => d.id),
    title: documents.length === 1 && only ? only.meta.title || 'Untitled document' : `${documents.length} documents`,
    claimTotal: documents.reduce((n, d) => n + d.claims.length, 0),
    load: async (id) => byId.get(id)!,
  };
}

/** Every document of a feed, loaded: for the formats that need them all at once (reports, .qdpx). */
export async function scopeOfFeed(feed: ExportFeed): Promise<ExportScope> {
  const documents: StoredDocument[] = [];
  for (const id of feed.documentIds) documents.push(await feed.load(id));
  return { ...feed.base, documents };
}
