// library.json: the taxonomy, the source registry, saved sets, settings and the derived index of
// documents (DESIGN.md section 3).
import { z } from 'zod';
import { SavedSetSchema } from '../search/claim-filter';
import { DocumentSummarySchema, OptionalUrlSchema } from './document';
import { SourceSchema } from './source';
import { TaxonomySchema } from './taxonomy';

export const LIBRARY_SCHEMA_VERSION = 4;

export const ThemeSchema = z.enum(['system', 'light', 'dark']);

/** Where "{id}" stands for a claim's id in the address of each published review. */
export const REVIEW_ID_PLACEHOLDER = '{id}';

/**
 * Who publishes the library's ClaimReviews: the organisation's name and home page, and the address
 * of each review page ("{id}" for the claim's id; '' points each review at its quote in the article).
 */
export const ReviewerSchema = z.strictObject({
  name: z.string().max(200),
  url: OptionalUrlSchema,
  reviewUrl: z.union([
    z.literal(''),
    z
      .string()
      .max(2000)
      .refine((u) => OptionalUrlSchema.safeParse(u.replaceAll(REVIEW_ID_PLACEHOLDER, 'id')).success, { message: 'must be an http or https URL, with {id} where the claim id goes' }),
  ]),
});
export type Reviewer = z.infer<typeof ReviewerSchema>;

export const SettingsSchema = z.strictObject({
  theme: ThemeSchema,
  colorBy: z.enum(['status', 'attribution', 'sourceKind']),
  reviewer: ReviewerSchema,
});
export type Settings = z.infer<typeof SettingsSchema>;

export const LibraryFileSchema = z.strictObject({
  schemaVersion: z.literal(LIBRARY_SCHEMA_VERSION),
  taxonomy: TaxonomySchema,
  sources: z.array(SourceSchema),
  settings: SettingsSchema,
  sets: z.array(SavedSetSchema).max(1000),
  documents: z.array(DocumentSummarySchema),
});
export type LibraryFile = z.infer<typeof LibraryFileSchema>;

export function defaultSettings(): Settings {
  return { theme: 'system', colorBy: 'status', reviewer: { name: '', url: '', reviewUrl: '' } };
}
