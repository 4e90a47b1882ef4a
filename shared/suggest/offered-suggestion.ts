// A suggestion as the workspace is offered it over the bridge: the detector's suggestion, its
// stable key (for rejecting it) and what its source name matched in the library's registry.
import { z } from 'zod';
import { SuggestionKeySchema } from '../domain/document';
import { IdSchema, TaxonomyIdSchema } from '../domain/primitives';

const QuotedRangeSchema = z
  .strictObject({ start: z.number().int().min(0), end: z.number().int().min(1), text: z.string().min(1) })
  .refine((range) => range.end > range.start && range.end - range.start === range.text.length, { message: 'end must be after start, and text as long as the range' });

/** What a suggestion's source name is in the registry: an existing source, or a new one to create. */
export const OfferedSourceSchema = z.union([
  z.strictObject({ kind: z.literal('existing'), sourceId: IdSchema }),
  // forArticle: a name of no one in particular ("police"), made a source of this article's own
  z.strictObject({ kind: z.literal('new'), name: z.string().trim().min(1).max(200), sourceKind: TaxonomyIdSchema, forArticle: z.literal(true).optional() }),
]);
export type OfferedSource = z.infer<typeof OfferedSourceSchema>;

export const OfferedSuggestionSchema = z.strictObject({
  key: SuggestionKeySchema,
  content: QuotedRangeSchema,
  source: QuotedRangeSchema.nullable(),
  cue: QuotedRangeSchema.nullable(),
  attribution: TaxonomyIdSchema,
  sourceName: z.string().nullable(),
  confidence: z.number().min(0).max(1),
  /** the registry source its name matched, or the source to create; null when it names none */
  match: OfferedSourceSchema.nullable(),
});
export type OfferedSuggestion = z.infer<typeof OfferedSuggestionSchema>;
