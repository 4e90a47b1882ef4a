// What one document contributes to a streamed export, rendered apart from the others so that
// documents can be rendered in parallel (export-worker.ts) and joined in order: its CSV records,
// or its annotations (one per line) and its entry in the collection's list of documents.
import { compareClaimsByPosition } from '@shared/domain/claim';
import type { StoredDocument } from '@shared/domain/document';
import { csvDocumentRows } from '@shared/formats/csv-rows';
import { ExportLookup, type ExportScope } from '@shared/formats/export-scope';
import { claimToAnnotation, documentEntry } from '@shared/formats/web-annotation';
import { csvText } from './csv-text';

export type PartsFormat = 'csv' | 'jsonld';

/** The registries a document's parts name things from. */
export type PartsBase = Pick<ExportScope, 'taxonomy' | 'sources'>;

export interface DocumentParts {
  /** CSV records, or annotations joined by ",\n" ('' when the document has no claims) */
  body: string;
  /** the document's entry in a JSON-LD collection ('' for CSV) */
  entry: string;
  sourceIds: string[];
}

export function documentParts(doc: StoredDocument, format: PartsFormat, lookup: ExportLookup): DocumentParts {
  if (format === 'csv') return { body: csvText([...csvDocumentRows(doc, lookup)]), entry: '', sourceIds: [] };
  const claims = [...doc.claims].sort(compareClaimsByPosition);
  const sourceIds = [...new Set(claims.flatMap((c) => c.sourceIds))];
  const body = claims.map((claim) => `      ${JSON.stringify(claimToAnnotation(claim, doc, lookup))}`).join(',\n');
  return { body, entry: `    ${JSON.stringify(documentEntry(doc))}`, sourceIds };
}

export function lookupOf(base: PartsBase): ExportLookup {
  return new ExportLookup(base);
}
