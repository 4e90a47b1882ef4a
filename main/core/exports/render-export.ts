// Renders an export (CSV or W3C Web Annotation JSON-LD) of some documents to a string.
import { stringify } from 'csv-stringify/sync';
import type { ExportFormat, RenderedExport } from '@shared/bridge/contract';
import { newId } from '@shared/domain/primitives';
import { csvRows } from '@shared/formats/csv-rows';
import { fileSlug, type ExportScope } from '@shared/formats/export-scope';
import { toAnnotationCollection } from '@shared/formats/web-annotation';

function scopeTitle(scope: ExportScope): string {
  const [only] = scope.documents;
  return scope.documents.length === 1 && only ? only.meta.title : `${scope.documents.length} documents`;
}

/** CSV text: RFC 4180 (CRLF line ends, quotes doubled), UTF-8 with a byte-order mark for spreadsheets. */
export function renderCsv(scope: ExportScope): string {
  return `\uFEFF${stringify([...csvRows(scope)], { record_delimiter: 'windows' })}`;
}

export function renderJsonLd(scope: ExportScope): string {
  const title = scopeTitle(scope);
  return `${JSON.stringify(toAnnotationCollection(scope, newId(), `Claims in ${title}`), null, 2)}\n`;
}

export function renderExport(scope: ExportScope, format: ExportFormat): RenderedExport {
  const slug = fileSlug(scopeTitle(scope));
  if (format === 'csv') return { fileName: `${slug}-claims.csv`, mediaType: 'text/csv', content: renderCsv(scope) };
  return { fileName: `${slug}-claims.jsonld`, mediaType: 'application/ld+json', content: renderJsonLd(scope) };
}
