// What the claims table and saved sets filter on: the search box's text and the facets chosen
// beside it (values within a facet are alternatives; facets must all hold), and how rows sort.
import { z } from 'zod';
import { AnchorStateSchema } from '../domain/claim';
import { DateOrEmptySchema, IdSchema, TaxonomyIdSchema, TimestampSchema } from '../domain/primitives';

const Values = <T extends z.ZodType>(schema: T) => z.array(schema).max(500).optional();

export const ClaimFacetsSchema = z.strictObject({
  statuses: Values(TaxonomyIdSchema),
  attributions: Values(TaxonomyIdSchema),
  sourceIds: Values(IdSchema),
  sourceKinds: Values(TaxonomyIdSchema),
  tags: Values(z.string().max(80)),
  documentIds: Values(IdSchema),
  outlets: Values(z.string().max(500)),
  anchors: Values(AnchorStateSchema),
  /** document dates, inclusive; '' for open */
  dateFrom: DateOrEmptySchema.optional(),
  dateTo: DateOrEmptySchema.optional(),
});
export type ClaimFacets = z.infer<typeof ClaimFacetsSchema>;

export const ClaimFilterSchema = z.strictObject({
  query: z.string().max(2000),
  facets: ClaimFacetsSchema,
});
export type ClaimFilter = z.infer<typeof ClaimFilterSchema>;

export const SORT_COLUMNS = ['relevance', 'quote', 'document', 'source', 'attribution', 'status', 'tags', 'updated', 'date'] as const;
export const ClaimSortSchema = z.strictObject({
  column: z.enum(SORT_COLUMNS),
  descending: z.boolean(),
});
export type ClaimSort = z.infer<typeof ClaimSortSchema>;

/** The outlet a document is filed under: its outlet, else its byline (many articles name only one). */
export function outletOf(document: { outlet: string; byline: string }): string {
  return document.outlet || document.byline;
}

export const EMPTY_FILTER: ClaimFilter = { query: '', facets: {} };

/** True when the filter selects every claim. */
export function isEmptyFilter(filter: ClaimFilter): boolean {
  return filter.query.trim() === '' && Object.values(filter.facets).every((v) => v === undefined || v === '' || (Array.isArray(v) && v.length === 0));
}

/** A saved set: a filter under a name, listed in the sidebar and used as an export's unit. */
export const SavedSetSchema = z.strictObject({
  id: IdSchema,
  name: z.string().trim().min(1, { message: 'a set needs a name' }).max(200),
  filter: ClaimFilterSchema,
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type SavedSet = z.infer<typeof SavedSetSchema>;
