// A claim: one annotation on a document's text, with source(s), attribution, cue, status and its
// history, note, evidence and tags (DESIGN.md sections 1 and 4).
import { z } from 'zod';
import { TextSpanSchema } from '../text/text-span';
import { IdSchema, TaxonomyIdSchema, TimestampSchema } from './primitives';
import { isSafeLinkUrl } from './safe-url';

export const AnchorStateSchema = z.enum(['exact', 'moved', 'fuzzy', 'orphan']);
export type AnchorState = z.infer<typeof AnchorStateSchema>;

export const StatusChangeSchema = z.strictObject({
  status: TaxonomyIdSchema,
  at: TimestampSchema,
  note: z.string().max(2000),
});
export type StatusChange = z.infer<typeof StatusChangeSchema>;

export const EvidenceStanceSchema = z.enum(['supports', 'refutes', 'context']);
export type EvidenceStance = z.infer<typeof EvidenceStanceSchema>;

export const EvidenceSchema = z.strictObject({
  id: IdSchema,
  url: z.union([z.literal(''), z.string().refine(isSafeLinkUrl, { message: 'must be an http, https or mailto URL' })]),
  title: z.string().max(500),
  stance: EvidenceStanceSchema,
  note: z.string().max(5000),
  accessedAt: z.union([z.iso.date(), z.literal('')]),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

export const TagSchema = z.string().trim().min(1).max(80);

export const ClaimSchema = z.strictObject({
  id: IdSchema,
  target: TextSpanSchema,
  anchor: AnchorStateSchema,
  cue: TextSpanSchema.nullable(),
  sourceIds: z.array(IdSchema).max(20),
  attribution: TaxonomyIdSchema,
  status: TaxonomyIdSchema,
  statusHistory: z.array(StatusChangeSchema),
  note: z.string().max(20000),
  evidence: z.array(EvidenceSchema).max(100),
  tags: z.array(TagSchema).max(50),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type Claim = z.infer<typeof ClaimSchema>;

const RangeSchema = z.strictObject({ start: z.number().int().min(0), end: z.number().int().min(1) });

/** The editable fields of a claim, as a partial update. */
export const ClaimChangesSchema = z.strictObject({
  /** re-attaches the claim to another range of the text (an orphan, or a correction) */
  target: RangeSchema.optional(),
  sourceIds: ClaimSchema.shape.sourceIds.optional(),
  attribution: TaxonomyIdSchema.optional(),
  status: TaxonomyIdSchema.optional(),
  /** the note of a status change made with these changes */
  statusNote: z.string().max(2000).optional(),
  /** replaces the note of the latest status change */
  statusHistoryNote: z.string().max(2000).optional(),
  cue: RangeSchema.nullable().optional(),
  note: ClaimSchema.shape.note.optional(),
  evidence: ClaimSchema.shape.evidence.optional(),
  tags: ClaimSchema.shape.tags.optional(),
});
export type ClaimChanges = z.infer<typeof ClaimChangesSchema>;

/** Orders claims as they appear in the text. */
export function compareClaimsByPosition(a: Claim, b: Claim): number {
  return a.target.start - b.target.start || a.target.end - b.target.end || a.createdAt.localeCompare(b.createdAt);
}

/** The document with its claims in text order (the store keeps them in the order they were made). */
export function withClaimsInTextOrder<T extends { claims: readonly Claim[] }>(doc: T): T {
  return { ...doc, claims: [...doc.claims].sort(compareClaimsByPosition) };
}
