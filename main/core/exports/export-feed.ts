// What an export reads: the registries, and the documents one at a time (so an export of the
// whole library never holds every document in memory), with what it needs to know up front.
import type { StoredDocument } from '@shared/domain/document';
import { exportTitle, type ExportScope } from '@shared/formats/export-scope';
import { documentParts, lookupOf, type DocumentParts, type PartsFormat } from './document-parts';
import type { StreamOptions } from './stream-options';

export interface ExportFeed {
  /** taxonomy, sources, settings, time and version: everything but the documents */
  base: Omit<ExportScope, 'documents'>;
  documentIds: readonly string[];
  /** the one document's title, else "N documents" (names the file and the collection) */
  title: string;
  claimTotal: number;
  load(id: string): Promise<StoredDocument>;
  /** a document's part of a streamed CSV or JSON-LD export (may be rendered in another thread) */
  parts(id: string, format: PartsFormat): Promise<DocumentParts>;
  /** how many documents' parts are worth asking for at once */
  width: number;
  /** resolves once changes already made are on disk (parts are read from the files) */
  settle(): Promise<void>;
}

/**
 * The parts of a feed's documents, in order, asking for a few ahead so that rendering runs in
 * parallel with writing; stops when the signal is aborted.
 */
export async function* partsInOrder(feed: ExportFeed, format: PartsFormat, options: StreamOptions): AsyncGenerator<DocumentParts> {
  await feed.settle();
  const ids = feed.documentIds;
  const ahead: Promise<DocumentParts>[] = [];
  let next = 0;
  const fill = () => {
    while (ahead.length < feed.width * 3 && next < ids.length) {
      const parts = feed.parts(ids[next++]!, format);
      parts.catch(() => undefined); // awaited below, or abandoned when the export stops
      ahead.push(parts);
    }
  };
  for (let done = 0; done < ids.length; done++) {
    options.signal?.throwIfAborted();
    fill();
    yield await ahead.shift()!;
    options.onProgress?.(done + 1, ids.length);
  }
}

/** A feed over documents already in memory (tests, and exports rendered for a download). */
export function feedOfScope(scope: ExportScope): ExportFeed {
  const byId = new Map(scope.documents.map((d) => [d.id, d]));
  const { documents, ...base } = scope;
  const lookup = lookupOf(base);
  return {
    base,
    documentIds: documents.map((d) => d.id),
    title: exportTitle(documents.map((d) => d.meta.title)),
    claimTotal: documents.reduce((n, d) => n + d.claims.length, 0),
    load: async (id) => byId.get(id)!,
    parts: async (id, format) => documentParts(byId.get(id)!, format, lookup),
    width: 1,
    settle: async () => undefined,
  };
}
