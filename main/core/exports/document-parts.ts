// What one document contributes to a streamed export, rendered apart from the others so that
// documents can be rendered in parallel (export-worker.ts) and joined in order: its CSV records,
// its annotations (one per line) and entry in the collection's list of documents, its section of
// a report, its ClaimReviews, or its REFI-QDA text and TextSource.
import { compareClaimsByPosition } from '@shared/domain/claim';
import type { StoredDocument } from '@shared/domain/document';
import { csvDocumentRows } from '@shared/formats/csv-rows';
import { ExportLookup, type ExportScope } from '@shared/formats/export-scope';
import { claimToAnnotation, documentEntry } from '@shared/formats/web-annotation';
import { claimReviewItems } from './claim-review-json';
import { csvText } from './csv-text';
import { qdpxSource, type QdpxCodesUsed } from './qdpx-source';
import { htmlDocumentSection } from './report-html';
import { markdownDocumentSection } from './report-markdown';

export type PartsFormat = 'csv' | 'jsonld' | 'md' | 'html' | 'claimreview' | 'qdpx';

/** The registries a document's parts name things from. */
export type PartsBase = Pick<ExportScope, 'taxonomy' | 'sources' | 'settings'>;

export interface DocumentParts {
  /** CSV records, annotations joined by ",\n", a report section, ClaimReview items, or the plain text of a .qdpx source ('' when there is nothing) */
  body: string;
  /** the document's entry in a JSON-LD collection, or its REFI-QDA TextSource ('' for the other formats) */
  entry: string;
  /** the sources a JSON-LD export names */
  sourceIds: string[];
  /** the codes a .qdpx source uses */
  qdpx?: QdpxCodesUsed;
}

const bodyOnly = (body: string): DocumentParts => ({ body, entry: '', sourceIds: [] });

function jsonLdParts(doc: StoredDocument, lookup: ExportLookup): DocumentParts {
  const claims = [...doc.claims].sort(compareClaimsByPosition);
  const sourceIds = [...new Set(claims.flatMap((c) => c.sourceIds))];
  const body = claims.map((claim) => `      ${JSON.stringify(claimToAnnotation(claim, doc, lookup))}`).join(',\n');
  return { body, entry: `    ${JSON.stringify(documentEntry(doc))}`, sourceIds };
}

export function documentParts(doc: StoredDocument, format: PartsFormat, lookup: ExportLookup): DocumentParts {
  switch (format) {
    case 'csv':
      return bodyOnly(csvText([...csvDocumentRows(doc, lookup)]));
    case 'jsonld':
      return jsonLdParts(doc, lookup);
    case 'md':
      return bodyOnly(markdownDocumentSection(doc, lookup));
    case 'html':
      return bodyOnly(htmlDocumentSection(doc, lookup));
    case 'claimreview':
      return bodyOnly(claimReviewItems(doc, lookup));
    case 'qdpx': {
      const source = qdpxSource(doc, lookup);
      return { body: source.text, entry: source.xml, sourceIds: [], qdpx: source.used };
    }
  }
}

export function lookupOf(base: PartsBase): ExportLookup {
  return new ExportLookup(base);
}
