// Renders an export of some documents in any format of shared/formats/export-formats.ts: the
// text formats as strings, the binary ones (a .qdpx zip) as base64, ready for a file or a download.
import { stringify } from 'csv-stringify/sync';
import type { ExportFormat, RenderedExport } from '@shared/bridge/contract';
import { newId } from '@shared/domain/primitives';
import { toClaimReviews } from '@shared/formats/claim-review';
import { csvRows } from '@shared/formats/csv-rows';
import { EXPORT_FORMATS } from '@shared/formats/export-formats';
import { fileSlug, type ExportScope } from '@shared/formats/export-scope';
import { toAnnotationCollection } from '@shared/formats/web-annotation';
import { renderArchive } from '../exchange/library-archive';
import { renderQdpx } from './qdpx';
import { renderHtmlReport } from './report-html';
import { renderMarkdownReport } from './report-markdown';
import { reportTitle } from './report-model';

/** CSV text: RFC 4180 (CRLF line ends, quotes doubled), UTF-8 with a byte-order mark for spreadsheets. */
export function renderCsv(scope: ExportScope): string {
  return `\uFEFF${stringify([...csvRows(scope)], { record_delimiter: 'windows' })}`;
}

export function renderJsonLd(scope: ExportScope): string {
  return `${JSON.stringify(toAnnotationCollection(scope, newId(), `Claims in ${reportTitle(scope)}`), null, 2)}\n`;
}

const RENDERERS: Record<ExportFormat, (scope: ExportScope) => string | Promise<string | Uint8Array>> = {
  csv: renderCsv,
  jsonld: renderJsonLd,
  md: renderMarkdownReport,
  html: renderHtmlReport,
  qdpx: renderQdpx,
  claimreview: (scope) => `${JSON.stringify(toClaimReviews(scope), null, 2)}\n`,
  archive: (scope) => renderArchive(scope, scope.settings),
};

export async function renderExport(scope: ExportScope, format: ExportFormat): Promise<RenderedExport> {
  const { extension, mediaType, fileSuffix } = EXPORT_FORMATS[format];
  const fileName = `${fileSlug(reportTitle(scope))}-${fileSuffix}.${extension}`;
  const output = await RENDERERS[format](scope);
  return typeof output === 'string'
    ? { fileName, mediaType, content: output, encoding: 'utf8' }
    : { fileName, mediaType, content: Buffer.from(output).toString('base64'), encoding: 'base64' };
}

/** The bytes of a rendered export, to write to a file. */
export function exportBytes(rendered: RenderedExport): Buffer {
  return Buffer.from(rendered.content, rendered.encoding === 'base64' ? 'base64' : 'utf8');
}
