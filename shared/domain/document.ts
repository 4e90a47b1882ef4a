// A document: an imported article's metadata, its ProseMirror JSON content and its claims. Each
// document is stored in its own file (DESIGN.md section 3).
import { z } from 'zod';
import { ClaimSchema } from './claim';
import { DocContentSchema } from './content';
import { DateOrEmptySchema, IdSchema, TextDirectionSchema, TimestampSchema } from './primitives';
import { safeLinkUrl } from './safe-url';

export const DOCUMENT_SCHEMA_VERSION = 3;

export const ImportFormatSchema = z.enum(['text', 'markdown', 'html', 'docx', 'pdf', 'paste', 'sample']);
export type ImportFormat = z.infer<typeof ImportFormatSchema>;

/** An http or https address, normalised, or '' for none. */
export const OptionalUrlSchema = z.union([
  z.literal(''),
  z.string().refine((u) => safeLinkUrl(u) === u, { message: 'must be an http or https URL' }),
]);

export const DocumentMetaSchema = z.strictObject({
  title: z.string().max(1000),
  byline: z.string().max(1000),
  outlet: z.string().max(500),
  published: DateOrEmptySchema,
  url: OptionalUrlSchema,
  language: z.string().max(35),
  dir: TextDirectionSchema,
  credit: z.string().max(2000),
  license: z.string().max(500),
  importedFrom: z.strictObject({ fileName: z.string().max(1000), format: ImportFormatSchema }),
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
  importedAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type DocumentMeta = z.infer<typeof DocumentMetaSchema>;

/** The fields of the metadata a user may correct. */
export const EditableMetaSchema = DocumentMetaSchema.pick({
  title: true,
  byline: true,
  outlet: true,
  published: true,
  url: true,
  language: true,
  dir: true,
  credit: true,
  license: true,
}).partial();
export type EditableMeta = z.infer<typeof EditableMetaSchema>;

/** The fields of the metadata a user may correct, as they are in `meta`. */
export function pickEditable(meta: DocumentMeta): Required<EditableMeta> {
  const { title, byline, outlet, published, url, language, dir, credit, license } = meta;
  return { title, byline, outlet, published, url, language, dir, credit, license };
}

/**
 * A rejected suggestion's key: a hash of its content's words (shared/suggest/suggestion-key.ts), so
 * a rejection outlives corrections of the text elsewhere in the document.
 */
export const SuggestionKeySchema = z.string().regex(/^[0-9a-f]{16}$/, { message: 'is not a suggestion key' });

/** How many rejected suggestions a document keeps. */
export const MAX_REJECTED_SUGGESTIONS = 20_000;

/** How many deleted claims a document remembers. */
export const MAX_DELETED_CLAIMS = 20_000;

/**
 * A claim the user deleted, remembered so that importing an older copy of it (an earlier export,
 * a colleague's set made from one) does not bring it back (main/core/exchange/merge-plan.ts).
 */
export const DeletedClaimSchema = z.strictObject({ id: IdSchema, at: TimestampSchema });
export type DeletedClaim = z.infer<typeof DeletedClaimSchema>;

export const StoredDocumentSchema = z.strictObject({
  schemaVersion: z.literal(DOCUMENT_SCHEMA_VERSION),
  id: IdSchema,
  meta: DocumentMetaSchema,
  content: DocContentSchema,
  claims: z.array(ClaimSchema),
  /** keys of the suggestions the user rejected for this document: they are not suggested again */
  rejectedSuggestions: z.array(SuggestionKeySchema).max(MAX_REJECTED_SUGGESTIONS),
  /** the claims the user deleted from this document, and when (the most recent last) */
  deletedClaims: z.array(DeletedClaimSchema).max(MAX_DELETED_CLAIMS),
});
export type StoredDocument = z.infer<typeof StoredDocumentSchema>;

/** The size and modification time of a document's file when its index entry was made. */
export const FileStampSchema = z.strictObject({ size: z.number().int(), mtimeMs: z.number() });
export type FileStamp = z.infer<typeof FileStampSchema>;

/** What the library index keeps about each document (derived from its file, rebuildable). */
export const DocumentSummarySchema = z.strictObject({
  id: IdSchema,
  title: z.string(),
  byline: z.string(),
  outlet: z.string(),
  published: DateOrEmptySchema,
  contentHash: z.string(),
  claimCounts: z.record(z.string(), z.number().int().min(0)),
  claimTotal: z.number().int().min(0),
  importedAt: TimestampSchema,
  updatedAt: TimestampSchema,
  /** lets start-up tell a stale entry from a current one without reading the file */
  file: FileStampSchema,
});
export type DocumentSummary = z.infer<typeof DocumentSummarySchema>;

/** A document's claims counted by status, and in all (the index entry's counts). */
export function claimCountsOf(claims: readonly { status: string }[]): Pick<DocumentSummary, 'claimCounts' | 'claimTotal'> {
  const claimCounts: Record<string, number> = {};
  for (const claim of claims) claimCounts[claim.status] = (claimCounts[claim.status] ?? 0) + 1;
  return { claimCounts, claimTotal: claims.length };
}

/**
 * The document as `change` leaves it, dated now (`clock`) when its claims changed and its date did
 * not: a change to its claims is a change to the document (the library's Updated column).
 */
export function changedAndDated(before: StoredDocument, change: (doc: StoredDocument) => StoredDocument, clock: () => string): StoredDocument {
  const after = change(before);
  return after.claims !== before.claims && after.meta.updatedAt === before.meta.updatedAt ? { ...after, meta: { ...after.meta, updatedAt: clock() } } : after;
}

/** Derives a document's index entry. */
export function summarizeDocument(doc: StoredDocument, file: FileStamp): DocumentSummary {
  return {
    id: doc.id,
    title: doc.meta.title,
    byline: doc.meta.byline,
    outlet: doc.meta.outlet,
    published: doc.meta.published,
    contentHash: doc.meta.contentHash,
    ...claimCountsOf(doc.claims),
    importedAt: doc.meta.importedAt,
    updatedAt: doc.meta.updatedAt,
    file,
  };
}
