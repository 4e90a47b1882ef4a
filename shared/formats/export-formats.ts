// The export formats the app offers: what each is called in menus, its file extension, media type
// and the word that ends its file name. The core renders them (main/core/exports/render-export.ts);
// menus and the CLI list them.
export const EXPORT_FORMATS = {
  csv: { label: 'CSV (spreadsheets, R, Python)', extension: 'csv', mediaType: 'text/csv', binary: false, fileSuffix: 'claims' },
  jsonld: { label: 'W3C Web Annotation (JSON-LD)', extension: 'jsonld', mediaType: 'application/ld+json', binary: false, fileSuffix: 'claims' },
  md: { label: 'Report (Markdown)', extension: 'md', mediaType: 'text/markdown', binary: false, fileSuffix: 'report' },
  html: { label: 'Report (HTML, printable)', extension: 'html', mediaType: 'text/html', binary: false, fileSuffix: 'report' },
  qdpx: { label: 'REFI-QDA project (NVivo, ATLAS.ti, MAXQDA)', extension: 'qdpx', mediaType: 'application/zip', binary: true, fileSuffix: 'claims' },
  claimreview: { label: 'ClaimReview (schema.org JSON-LD)', extension: 'jsonld', mediaType: 'application/ld+json', binary: false, fileSuffix: 'claimreview' },
  archive: { label: 'Library archive (zip; restores exactly)', extension: 'zip', mediaType: 'application/zip', binary: true, fileSuffix: 'archive' },
} as const;

export type ExportFormatId = keyof typeof EXPORT_FORMATS;

export const EXPORT_FORMAT_IDS = Object.keys(EXPORT_FORMATS) as ExportFormatId[];
