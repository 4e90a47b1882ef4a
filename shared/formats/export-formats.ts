// The export formats the app offers: what each is called in menus, its file extension, media type,
// the word that ends its file name, and whether it always covers the whole library. The core
// renders them (main/core/exports/render-export.ts); menus and the CLI list them.
export const EXPORT_FORMATS = {
  csv: { label: 'CSV (spreadsheets, R, Python)', extension: 'csv', mediaType: 'text/csv', binary: false, fileSuffix: 'claims', wholeLibrary: false },
  jsonld: { label: 'W3C Web Annotation (JSON-LD)', extension: 'jsonld', mediaType: 'application/ld+json', binary: false, fileSuffix: 'claims', wholeLibrary: false },
  md: { label: 'Report (Markdown)', extension: 'md', mediaType: 'text/markdown', binary: false, fileSuffix: 'report', wholeLibrary: false },
  html: { label: 'Report (HTML, printable)', extension: 'html', mediaType: 'text/html', binary: false, fileSuffix: 'report', wholeLibrary: false },
  qdpx: { label: 'REFI-QDA project (NVivo, ATLAS.ti, MAXQDA)', extension: 'qdpx', mediaType: 'application/zip', binary: true, fileSuffix: 'claims', wholeLibrary: false },
  claimreview: { label: 'ClaimReview (schema.org JSON-LD)', extension: 'jsonld', mediaType: 'application/ld+json', binary: false, fileSuffix: 'claimreview', wholeLibrary: false },
  archive: { label: 'Library archive (zip; restores exactly)', extension: 'zip', mediaType: 'application/zip', binary: true, fileSuffix: 'archive', wholeLibrary: true },
} as const;

export type ExportFormatId = keyof typeof EXPORT_FORMATS;

export const EXPORT_FORMAT_IDS = Object.keys(EXPORT_FORMATS) as ExportFormatId[];

/** What an export from the workspace covers: the open document, or the whole library (the archive, or no document open). */
export function exportScopeIds(format: ExportFormatId, openDocumentId: string | null): string[] {
  return EXPORT_FORMATS[format].wholeLibrary || openDocumentId === null ? [] : [openDocumentId];
}
