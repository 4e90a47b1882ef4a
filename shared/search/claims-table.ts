// What the claims table, its facets, its charts and bulk edits exchange with the core: one page of
// rows for a filter, the facet counts, the numbers behind the charts, and bulk changes with undo.
import { z } from 'zod';
import { AnchorStateSchema } from '../domain/claim';
import { IdSchema, TaxonomyIdSchema } from '../domain/primitives';
import { ClaimFilterSchema, ClaimSortSchema } from './claim-filter';

/** Longest quote sent to the table (the whole claim is a click away). */
export const ROW_QUOTE_CHARS = 400;

export const ClaimTableRowSchema = z.strictObject({
  id: IdSchema,
  documentId: IdSchema,
  documentTitle: z.string(),
  outlet: z.string(),
  published: z.string(),
  quote: z.string(),
  /** a piece of the note, cue or evidence where the search matched, when not in the quote */
  snippet: z.string(),
  sourceIds: z.array(IdSchema),
  attribution: TaxonomyIdSchema,
  status: TaxonomyIdSchema,
  tags: z.array(z.string()),
  anchor: AnchorStateSchema,
  updatedAt: z.string(),
});
export type ClaimTableRow = z.infer<typeof ClaimTableRowSchema>;

export const FacetCountSchema = z.strictObject({ value: z.string(), count: z.number().int().min(0) });
export type FacetCount = z.infer<typeof FacetCountSchema>;

export const FACET_NAMES = ['statuses', 'attributions', 'sourceIds', 'sourceKinds', 'tags', 'documentIds', 'outlets', 'anchors'] as const;
export type FacetName = (typeof FACET_NAMES)[number];

export const ClaimQueryArgsSchema = z.strictObject({
  filter: ClaimFilterSchema,
  sort: ClaimSortSchema,
  offset: z.number().int().min(0),
  limit: z.number().int().min(0).max(2000),
});

export const ClaimQueryResultSchema = z.strictObject({
  total: z.number().int().min(0),
  documents: z.number().int().min(0),
  offset: z.number().int().min(0),
  rows: z.array(ClaimTableRowSchema),
  /** the indexed words that matched, for highlighting */
  terms: z.array(z.string()),
  problems: z.array(z.strictObject({ at: z.number().int(), message: z.string() })),
});
export type ClaimQueryResult = z.infer<typeof ClaimQueryResultSchema>;

/** Per facet, the values in a result with their counts, most frequent first. */
export const ClaimFacetCountsSchema = z.record(z.enum(FACET_NAMES), z.array(FacetCountSchema));
export type ClaimFacetCounts = z.infer<typeof ClaimFacetCountsSchema>;

const CountSchema = z.number().int().min(0);
export const ChartDataSchema = z.strictObject({
  total: CountSchema,
  byStatus: z.array(z.strictObject({ status: z.string(), count: CountSchema })),
  attributionByStatus: z.array(z.strictObject({ attribution: z.string(), status: z.string(), count: CountSchema })),
  topSources: z.array(z.strictObject({ sourceId: z.string(), total: CountSchema, byStatus: z.record(z.string(), CountSchema) })),
  /** by month of the document's date (YYYY-MM); claims in undated documents are counted apart */
  overTime: z.array(z.strictObject({ month: z.string(), status: z.string(), count: CountSchema })),
  undated: CountSchema,
});
export type ChartData = z.infer<typeof ChartDataSchema>;

export const BulkChangeSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('status'), status: TaxonomyIdSchema }),
  z.strictObject({ kind: z.literal('addTag'), tag: z.string().trim().min(1).max(80) }),
  z.strictObject({ kind: z.literal('removeTag'), tag: z.string().trim().min(1).max(80) }),
]);
export type BulkChange = z.infer<typeof BulkChangeSchema>;

/** The claims a bulk edit applies to: listed, or every claim a filter selects. */
export const BulkTargetSchema = z.union([
  z.strictObject({ claims: z.array(z.strictObject({ documentId: IdSchema, claimId: IdSchema })).min(1).max(250_000) }),
  // every claim the filter selects, but those left out (a row unticked after "select all")
  z.strictObject({ filter: ClaimFilterSchema, except: z.array(z.strictObject({ documentId: IdSchema, claimId: IdSchema })).max(250_000).optional() }),
]);
export type BulkTarget = z.infer<typeof BulkTargetSchema>;

export const BulkOutcomeSchema = z.strictObject({
  /** hands the edit back to undo it */
  bulkId: IdSchema,
  changed: CountSchema,
  /** claims already as asked */
  unchanged: CountSchema,
});
export type BulkOutcome = z.infer<typeof BulkOutcomeSchema>;

export const BulkUndoOutcomeSchema = z.strictObject({
  restored: CountSchema,
  /** claims changed again since the bulk edit, left as they are now */
  skipped: CountSchema,
});
