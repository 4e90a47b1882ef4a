// What importing an annotation set or an archive did: counts of claims added, updated, left
// unchanged and skipped, with the reason for each one worth a look, and what the library gained.
import { z } from 'zod';
import { ClaimSchema } from '../domain/claim';
import { DeletedClaimSchema } from '../domain/document';

export const ImportItemSchema = z.strictObject({
  outcome: z.enum(['added', 'updated', 'unchanged', 'skipped']),
  /** where in the file ("annotation 3", "row 7") */
  where: z.string(),
  document: z.string(),
  quote: z.string(),
  reason: z.string(),
});
export type ImportItem = z.infer<typeof ImportItemSchema>;

export const ImportReportSchema = z.strictObject({
  fileName: z.string(),
  kind: z.enum(['corroborate', 'web-annotation', 'hypothesis', 'archive']),
  added: z.number().int().min(0),
  updated: z.number().int().min(0),
  unchanged: z.number().int().min(0),
  skipped: z.number().int().min(0),
  documentsAdded: z.array(z.strictObject({ id: z.string(), title: z.string() })),
  sourcesAdded: z.array(z.string()),
  termsAdded: z.array(z.string()),
  /** the claims worth a look: updated, skipped, or added as orphans (the first 1,000) */
  items: z.array(ImportItemSchema),
  /** how many such claims were left out of items */
  itemsLeftOut: z.number().int().min(0),
  /** what the file held that has no place in a claim */
  ignored: z.array(z.string()),
  /**
   * what the import changed in the documents already in the library, so that it can be undone:
   * the claims it updated as they were (`before`), those it added or updated as they are now, and
   * the deletions it forgot
   */
  claimChanges: z.array(
    z.strictObject({
      documentId: z.string(),
      before: z.array(ClaimSchema),
      after: z.array(ClaimSchema),
      /** the records of deletion it cleared, of claims it brought back (Undo puts them back) */
      forgotten: z.array(DeletedClaimSchema),
    }),
  ),
});
export type ImportReport = z.infer<typeof ImportReportSchema>;

export const MAX_REPORT_ITEMS = 1000;

/** Files imported as annotation sets or archives rather than as articles, by their extension. */
export const ANNOTATION_FILE_EXTENSIONS = ['json', 'jsonld', 'zip'] as const;

export function isAnnotationFileName(name: string): boolean {
  const extension = /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase();
  return (ANNOTATION_FILE_EXTENSIONS as readonly string[]).includes(extension ?? '');
}

/** One line that says what an import did ("9 claims added, 1 updated, 2 skipped"). */
export function summarizeImport(report: ImportReport): string {
  const parts = [`${report.added} ${report.added === 1 ? 'claim' : 'claims'} added`];
  if (report.updated > 0) parts.push(`${report.updated} updated`);
  if (report.unchanged > 0) parts.push(`${report.unchanged} unchanged`);
  if (report.skipped > 0) parts.push(`${report.skipped} skipped`);
  if (report.documentsAdded.length > 0) parts.push(`${report.documentsAdded.length} ${report.documentsAdded.length === 1 ? 'document' : 'documents'} added`);
  return parts.join(', ');
}
