// Exports in every format of shared/formats/export-formats.ts, from a feed of documents. Every
// format streams document by document (memory stays bounded, with progress and cancellation);
// the stream goes to a file (the desktop app, the command line) or is collected for a download.
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { dirname, join, basename } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ExportFormat, RenderedExport } from '@shared/bridge/contract';
import { CSV_COLUMNS } from '@shared/formats/csv-rows';
import { csvText } from './csv-text';
import { EXPORT_FORMATS } from '@shared/formats/export-formats';
import { fileSlug, type ExportScope } from '@shared/formats/export-scope';
import { streamArchive } from '../exchange/library-archive';
import { CLAIM_REVIEW_LAYOUT } from './claim-review-json';
import type { PartsFormat } from './document-parts';
import { feedOfScope, partsInOrder, type ExportFeed } from './export-feed';
import { streamQdpx } from './qdpx';
import { htmlReportLayout } from './report-html';
import { markdownReportLayout } from './report-markdown';
import type { StreamOptions } from './stream-options';
import { streamJsonLd } from './stream-jsonld';
import { streamLayout, type TextLayout } from './text-layout';

export type ExportChunk = string | Uint8Array;

/** CSV: RFC 4180 (CRLF line ends, quotes doubled), UTF-8 with a byte-order mark for spreadsheets. */
const CSV_LAYOUT: TextLayout = { head: `\uFEFF${csvText([[...CSV_COLUMNS]])}`, separator: '', tail: '' };

/** The text formats laid out around their documents' parts. */
function textLayout(feed: ExportFeed, format: 'csv' | 'md' | 'html' | 'claimreview'): TextLayout {
  const heading = { title: feed.title, generatedAt: feed.base.generatedAt, appVersion: feed.base.appVersion };
  if (format === 'md') return markdownReportLayout(heading);
  if (format === 'html') return htmlReportLayout(heading);
  if (format === 'claimreview') return CLAIM_REVIEW_LAYOUT;
  return CSV_LAYOUT;
}

async function* bodies(feed: ExportFeed, format: PartsFormat, options: StreamOptions): AsyncGenerator<string> {
  for await (const parts of partsInOrder(feed, format, options)) yield parts.body;
}

/** Every format streams one document at a time: memory holds a few documents, however many are exported. */
export function streamExport(feed: ExportFeed, format: ExportFormat, options: StreamOptions = {}): AsyncGenerator<ExportChunk> {
  if (format === 'jsonld') return streamJsonLd(feed, options);
  if (format === 'archive') return streamArchive(feed, options);
  if (format === 'qdpx') return streamQdpx(feed, options);
  return streamLayout(textLayout(feed, format), bodies(feed, format, options));
}

export function exportFileName(feed: ExportFeed, format: ExportFormat): string {
  const { extension, fileSuffix } = EXPORT_FORMATS[format];
  return `${fileSlug(feed.title)}-${fileSuffix}.${extension}`;
}

/** The whole export in memory, for a download from the browser. */
export async function collectExport(feed: ExportFeed, format: ExportFormat, options: StreamOptions = {}): Promise<RenderedExport> {
  const chunks: Buffer[] = [];
  for await (const chunk of streamExport(feed, format, options)) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk));
  const bytes = Buffer.concat(chunks);
  const { mediaType, binary } = EXPORT_FORMATS[format];
  const fileName = exportFileName(feed, format);
  return binary ? { fileName, mediaType, content: bytes.toString('base64'), encoding: 'base64' } : { fileName, mediaType, content: bytes.toString('utf8'), encoding: 'utf8' };
}

/** Renders the documents of a scope already in memory (tests, and small exports). */
export function renderExport(scope: ExportScope, format: ExportFormat): Promise<RenderedExport> {
  return collectExport(feedOfScope(scope), format);
}

/**
 * Streams an export into a file: written beside it under a temporary name and renamed into place
 * when complete, so a cancelled or failed export leaves no half-written file.
 */
export async function writeExport(feed: ExportFeed, format: ExportFormat, path: string, options: StreamOptions = {}): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.part`);
  try {
    await pipeline(Readable.from(streamExport(feed, format, options)), createWriteStream(temporary, { mode: 0o600 }), options.signal ? { signal: options.signal } : {});
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** The bytes of a rendered export, to write to a file. */
export function exportBytes(rendered: RenderedExport): Buffer {
  return Buffer.from(rendered.content, rendered.encoding === 'base64' ? 'base64' : 'utf8');
}
