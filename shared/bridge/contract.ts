// The bridge contract: every channel with the zod schemas of its arguments and its result. Both
// transports (Electron IPC and the web bridge) validate calls against it, at both ends.
import { z } from 'zod';
import { ClaimChangesSchema, ClaimSchema, TagSchema } from '../domain/claim';
import { DocContentSchema } from '../domain/content';
import { DeletedClaimSchema, DocumentMetaSchema, DocumentSummarySchema, EditableMetaSchema, MAX_REJECTED_SUGGESTIONS, StoredDocumentSchema, SuggestionKeySchema } from '../domain/document';
import { SettingsSchema } from '../domain/library';
import { IdSchema, TaxonomyIdSchema } from '../domain/primitives';
import { SourceChangesSchema, SourceNameSchema, SourceSchema } from '../domain/source';
import { TaxonomySchema } from '../domain/taxonomy';
import { EXPORT_FORMAT_IDS, type ExportFormatId } from '../formats/export-formats';
import { ImportReportSchema } from '../formats/import-report';
import { ClaimFilterSchema, SavedSetSchema } from '../search/claim-filter';
import { ClaimFacetCountsSchema, BulkChangeSchema, BulkOutcomeSchema, BulkTargetSchema, BulkUndoOutcomeSchema, ChartDataSchema, ClaimQueryArgsSchema, ClaimQueryResultSchema } from '../search/claims-table';
import { OfferedSuggestionSchema } from '../suggest/offered-suggestion';
import type { Channel, CoreChannel, ShellChannel } from './channels';

/** Largest file the bridge accepts for import (bytes, before base64). */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/** Largest clipboard content accepted for a pasted document (characters). */
export const MAX_PASTE_CHARS = 20 * 1024 * 1024;

export const NoticeSchema = z.strictObject({
  id: z.string(),
  level: z.enum(['info', 'warning', 'error']),
  message: z.string(),
  /** what the user can do about it, offered beside the message */
  action: z.enum(['restore-document', 'restore-library']).optional(),
  documentId: IdSchema.optional(),
});
export type Notice = z.infer<typeof NoticeSchema>;

export const LibraryViewSchema = z.strictObject({
  location: z.string(),
  readOnly: z.boolean(),
  taxonomy: TaxonomySchema,
  sources: z.array(SourceSchema),
  settings: SettingsSchema,
  sets: z.array(SavedSetSchema),
  documents: z.array(DocumentSummarySchema),
  notices: z.array(NoticeSchema),
  /** how many documents are in the trash */
  trashed: z.number().int().min(0),
});
export type LibraryView = z.infer<typeof LibraryViewSchema>;

export const ImportOutcomeSchema = z.strictObject({
  status: z.enum(['imported', 'duplicate']),
  document: DocumentSummarySchema,
  /** the images of the article the new document leaves out (it keeps text only); absent when none */
  imagesLeftOut: z.number().int().min(1).optional(),
});
export type ImportOutcome = z.infer<typeof ImportOutcomeSchema>;

export const TrashedDocumentSchema = z.strictObject({
  id: IdSchema,
  title: z.string(),
  claimTotal: z.number().int().min(0),
  deletedAt: z.string(),
});
export type TrashedDocument = z.infer<typeof TrashedDocumentSchema>;

export const BackupInfoSchema = z.strictObject({
  id: z.string(),
  createdAt: z.string(),
  reason: z.string(),
  documents: z.number().int().min(0),
  /** the library's claims when it was taken; null for a backup from before that was recorded */
  claims: z.number().int().min(0).nullable(),
});
export type BackupInfo = z.infer<typeof BackupInfoSchema>;

/** A backup id names a folder in backups/: a time stamp and a reason, nothing that leaves the folder. */
const BackupIdSchema = z.string().regex(/^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9-]+Z-[a-z0-9-]+$/, { message: 'is not a backup id' });

export const RestoreOutcomeSchema = z.strictObject({
  restored: BackupInfoSchema,
  skipped: z.array(z.strictObject({ backup: BackupInfoSchema, reason: z.string() })),
  before: BackupInfoSchema,
});

/** One source's claims across the library, by status and by attribution type. */
export const SourceStatsSchema = z.strictObject({
  claims: z.number().int().min(0),
  documents: z.number().int().min(0),
  byStatus: z.record(z.string(), z.number().int().min(0)),
  byAttribution: z.record(z.string(), z.number().int().min(0)),
});
export type SourceStats = z.infer<typeof SourceStatsSchema>;

export const TagCountSchema = z.strictObject({ tag: z.string(), claims: z.number().int().min(0) });
export type TagCount = z.infer<typeof TagCountSchema>;

/** Where each claim went when a document's text was corrected in the editor. */
export const CorrectedClaimSchema = z.union([
  z.strictObject({ id: IdSchema, start: z.number().int().min(0), end: z.number().int().min(1) }),
  z.strictObject({ id: IdSchema, orphan: z.literal(true) }),
]);

export const AnchorCountsSchema = z.strictObject({
  exact: z.number().int().min(0),
  moved: z.number().int().min(0),
  fuzzy: z.number().int().min(0),
  orphan: z.number().int().min(0),
});

export const ImportBatchSchema = z.strictObject({
  imported: z.array(ImportOutcomeSchema),
  /** annotation sets and archives merged into the library */
  merged: z.array(ImportReportSchema),
  failed: z.array(z.strictObject({ fileName: z.string(), message: z.string() })),
});
export type ImportBatch = z.infer<typeof ImportBatchSchema>;

export const ExportFormatSchema = z.enum(EXPORT_FORMAT_IDS as [ExportFormatId, ...ExportFormatId[]]);
export type ExportFormat = z.infer<typeof ExportFormatSchema>;

export const RenderedExportSchema = z.strictObject({
  fileName: z.string(),
  mediaType: z.string(),
  /** the file's text, or its bytes in base64 for binary formats (a .qdpx is a zip) */
  content: z.string(),
  encoding: z.enum(['utf8', 'base64']),
});
export type RenderedExport = z.infer<typeof RenderedExportSchema>;

/** A running or finished export, as the interface follows it. */
export const ExportJobViewSchema = z.strictObject({
  jobId: IdSchema,
  state: z.enum(['running', 'done', 'failed', 'cancelled']),
  done: z.number().int().min(0),
  total: z.number().int().min(0),
  /** why it failed or was cancelled; done, what the file leaves out (or '') */
  message: z.string(),
  /** the file written (desktop), or null for an export kept for a download */
  path: z.string().nullable(),
});
export type ExportJobView = z.infer<typeof ExportJobViewSchema>;
const JobRefSchema = z.strictObject({ jobId: IdSchema });

/** An export of only some claims: those of a saved set, or those a filter selects. */
export const ClaimScopeSchema = z.strictObject({ setId: IdSchema.optional(), filter: ClaimFilterSchema.optional() });
export type ClaimScope = z.infer<typeof ClaimScopeSchema>;

const DocumentRefSchema = z.strictObject({ documentId: IdSchema });
const ClaimRefSchema = z.strictObject({ documentId: IdSchema, claimId: IdSchema });
/** a claim to make: its range in the document's text projection and its fields */
const ClaimDraftSchema = z.strictObject({ start: z.number().int().min(0), end: z.number().int().min(1), changes: ClaimChangesSchema.optional() });
/** the most claims one call makes, puts back or deletes: every suggestion of a very long report */
const MAX_CLAIMS_AT_ONCE = 100_000;
/** A source taken out of the registry, and the claims it was taken off. */
export const DeletedSourceSchema = z.strictObject({
  source: SourceSchema,
  /** each claim it was taken off, with where it stood among that claim's sources */
  claims: z.array(z.strictObject({ documentId: IdSchema, claimId: IdSchema, position: z.number().int().min(0).max(1000) })).max(1_000_000),
});
export type DeletedSource = z.infer<typeof DeletedSourceSchema>;
/** A source merged into another: what sources:unmerge needs to undo it. */
export const MergedSourceSchema = z.strictObject({
  /** the source merged away, as it was */
  from: SourceSchema,
  /** the source it was merged into, as it was before */
  into: SourceSchema,
  /** where the source merged away stood in the registry */
  fromPosition: z.number().int().min(0).max(1_000_000),
  /** each claim that named it, with its sources before the merge */
  claims: z.array(z.strictObject({ documentId: IdSchema, claimId: IdSchema, sourceIds: ClaimSchema.shape.sourceIds })).max(1_000_000),
});
export type MergedSource = z.infer<typeof MergedSourceSchema>;
/** Claims' tags as they were before a rename or a deletion (what tags:restore puts back). */
const ClaimTagsSchema = z
  .array(
    z.strictObject({
      documentId: IdSchema,
      claimId: IdSchema,
      tags: ClaimSchema.shape.tags,
      /** the tags the change left, so an undo passes over a claim whose tags were changed again since */
      changedTo: ClaimSchema.shape.tags,
    }),
  )
  .max(1_000_000);
export type ClaimTags = z.infer<typeof ClaimTagsSchema>;
/** Saved sets' filters before and after a tag's rename (what tags:restore puts back). */
const SetFiltersSchema = z.array(z.strictObject({ setId: IdSchema, filter: ClaimFilterSchema, changedTo: ClaimFilterSchema })).max(10_000);
export type SetFilters = z.infer<typeof SetFiltersSchema>;
const RetaggedSchema = z.strictObject({ claimsUpdated: z.number().int().min(0), before: ClaimTagsSchema, sets: SetFiltersSchema });
const Base64Schema = z
  .string()
  .max(Math.ceil(MAX_IMPORT_BYTES / 3) * 4, { message: `file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB` })
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, { message: 'must be base64' });
const SuggestionKeysSchema = z.strictObject({ documentId: IdSchema, keys: z.array(SuggestionKeySchema).min(1).max(MAX_REJECTED_SUGGESTIONS) });
/** The document's rejected suggestions after the change. */
const RejectedSuggestionsSchema = z.strictObject({ rejected: z.array(SuggestionKeySchema) });
const EmptySchema = z.strictObject({});
const DoneSchema = z.strictObject({ done: z.literal(true) });

export const contract = {
  'library:get': { args: EmptySchema, result: LibraryViewSchema },
  'documents:get': { args: DocumentRefSchema, result: StoredDocumentSchema },
  'documents:import': {
    args: z.strictObject({ fileName: z.string().min(1).max(1000), dataBase64: Base64Schema }),
    result: ImportOutcomeSchema,
  },
  'documents:importPaste': {
    args: z
      .strictObject({ html: z.string().max(MAX_PASTE_CHARS).optional(), text: z.string().max(MAX_PASTE_CHARS).optional() })
      .refine((p) => (p.html ?? '').trim() !== '' || (p.text ?? '').trim() !== '', { message: 'the clipboard holds no text' }),
    result: ImportOutcomeSchema,
  },
  'documents:updateMeta': { args: z.strictObject({ documentId: IdSchema, changes: EditableMetaSchema }), result: DocumentMetaSchema },
  'documents:openSample': { args: EmptySchema, result: ImportOutcomeSchema },
  'documents:delete': { args: DocumentRefSchema, result: DoneSchema },
  'trash:list': { args: EmptySchema, result: z.array(TrashedDocumentSchema) },
  'trash:restore': { args: DocumentRefSchema, result: DocumentSummarySchema },
  'trash:empty': { args: EmptySchema, result: z.strictObject({ removed: z.number().int().min(0) }) },
  'backups:list': { args: EmptySchema, result: z.array(BackupInfoSchema) },
  'backups:restore': { args: z.strictObject({ backupId: BackupIdSchema.optional() }), result: RestoreOutcomeSchema },
  'backups:restoreDocument': { args: DocumentRefSchema, result: z.strictObject({ backup: BackupInfoSchema, title: z.string() }) },
  'notices:dismiss': { args: z.strictObject({ id: z.string().max(100) }), result: DoneSchema },
  'claims:create': { args: ClaimDraftSchema.extend({ documentId: IdSchema }), result: ClaimSchema },
  /** several claims of one document made in one write, all or none (accepting suggestions above a confidence) */
  'claims:createMany': {
    args: z.strictObject({ documentId: IdSchema, claims: z.array(ClaimDraftSchema).min(1).max(MAX_CLAIMS_AT_ONCE) }),
    result: z.strictObject({ claims: z.array(ClaimSchema) }),
  },
  'claims:update': {
    args: z.strictObject({ documentId: IdSchema, claimId: IdSchema, changes: ClaimChangesSchema }),
    result: ClaimSchema,
  },
  'claims:delete': { args: ClaimRefSchema, result: DoneSchema },
  'claims:put': { args: z.strictObject({ documentId: IdSchema, claim: ClaimSchema }), result: ClaimSchema },
  /** takes several claims out of a document in one write (undo of claims:createMany); those already gone count as taken out */
  'claims:deleteMany': {
    /** `remember`: deletion records to keep for claims taken out (the Undo of an import that had forgotten them) */
    args: z.strictObject({ documentId: IdSchema, claimIds: z.array(IdSchema).min(1).max(MAX_CLAIMS_AT_ONCE), remember: z.array(DeletedClaimSchema).max(MAX_CLAIMS_AT_ONCE).optional() }),
    result: z.strictObject({ deleted: z.number().int().min(0) }),
  },
  /** puts back several whole claim records in one write, all or none (redo of claims:createMany) */
  'claims:putMany': { args: z.strictObject({ documentId: IdSchema, claims: z.array(ClaimSchema).min(1).max(MAX_CLAIMS_AT_ONCE) }), result: z.strictObject({ claims: z.array(ClaimSchema) }) },
  'documents:correctText': {
    args: z.strictObject({ documentId: IdSchema, content: DocContentSchema, claims: z.array(CorrectedClaimSchema).max(100_000) }),
    result: StoredDocumentSchema,
  },
  'documents:replaceText': {
    args: z.strictObject({ documentId: IdSchema, fileName: z.string().min(1).max(1000), dataBase64: Base64Schema }),
    result: z.strictObject({ document: StoredDocumentSchema, anchors: AnchorCountsSchema }),
  },
  /** what a replacement of a document's text would do to its claims, without making it (so a text that keeps few of them can be confirmed first) */
  'documents:previewReplaceText': {
    args: z.strictObject({ documentId: IdSchema, fileName: z.string().min(1).max(1000), dataBase64: Base64Schema }),
    result: AnchorCountsSchema,
  },
  /** puts back a document's earlier text with its claims as they were then (undo and redo of a text change) */
  'documents:restoreText': {
    args: z.strictObject({ documentId: IdSchema, content: DocContentSchema, claims: z.array(ClaimSchema).max(100_000) }),
    result: StoredDocumentSchema,
  },
  /** the suggested claims still open for a document: none that overlaps a claim, none rejected */
  /** `language`: the language the text was read in ("en"); `supported` false when no suggestions are made in it */
  'suggestions:list': { args: DocumentRefSchema, result: z.strictObject({ suggestions: z.array(OfferedSuggestionSchema), found: z.number().int().nonnegative(), language: z.string().max(35), supported: z.boolean() }) },
  'suggestions:reject': { args: SuggestionKeysSchema, result: RejectedSuggestionsSchema },
  /** takes rejections back (undo) */
  'suggestions:restore': { args: SuggestionKeysSchema, result: RejectedSuggestionsSchema },
  /** the source of that name or alias when the registry has one (`created` false), else a new one */
  'sources:create': {
    args: z.strictObject({ name: SourceNameSchema, kind: TaxonomyIdSchema }),
    result: z.strictObject({ source: SourceSchema, created: z.boolean() }),
  },
  /** several sources found or made in one write, in the order asked; a name asked twice is made once */
  'sources:createMany': {
    args: z.strictObject({ sources: z.array(z.strictObject({ name: SourceNameSchema, kind: TaxonomyIdSchema })).min(1).max(MAX_CLAIMS_AT_ONCE) }),
    result: z.strictObject({ sources: z.array(z.strictObject({ source: SourceSchema, created: z.boolean() })) }),
  },
  /** undo of a step that made sources: takes out those of them no claim names (in the library or the trash), in one write */
  'sources:takeBack': { args: z.strictObject({ sourceIds: z.array(IdSchema).min(1).max(MAX_CLAIMS_AT_ONCE) }), result: z.strictObject({ sources: z.array(SourceSchema) }) },
  /** redo of it: puts those sources back with their ids, in one write, all or none */
  'sources:putBack': { args: z.strictObject({ sources: z.array(SourceSchema).min(1).max(MAX_CLAIMS_AT_ONCE) }), result: z.strictObject({ sources: z.array(SourceSchema) }) },
  'sources:update': { args: z.strictObject({ sourceId: IdSchema, changes: SourceChangesSchema }), result: SourceSchema },
  /** the answer's `undo` is what sources:unmerge needs */
  'sources:merge': { args: z.strictObject({ fromId: IdSchema, intoId: IdSchema }), result: z.strictObject({ source: SourceSchema, claimsUpdated: z.number().int().min(0), undo: MergedSourceSchema }) },
  /** undoes a merge: the source comes back, and the claims the merge changed (and nothing changed since) name it again */
  'sources:unmerge': { args: MergedSourceSchema, result: SourceSchema },
  /** takes a source out of the registry and off every claim that names it; the answer is what sources:restore needs to undo it */
  'sources:delete': { args: z.strictObject({ sourceId: IdSchema }), result: DeletedSourceSchema.extend({ claimsInLibrary: z.number().int().min(0) }) },
  /** puts a deleted source back, on the claims it was taken off (those that still exist) */
  'sources:restore': { args: DeletedSourceSchema, result: SourceSchema },
  'sources:stats': { args: EmptySchema, result: z.record(z.string(), SourceStatsSchema) },
  'taxonomy:update': { args: z.strictObject({ taxonomy: TaxonomySchema }), result: TaxonomySchema },
  'settings:update': { args: z.strictObject({ changes: SettingsSchema.partial() }), result: SettingsSchema },
  'tags:list': { args: EmptySchema, result: z.array(TagCountSchema) },
  'tags:rename': { args: z.strictObject({ from: TagSchema, to: TagSchema }), result: RetaggedSchema },
  'tags:delete': { args: z.strictObject({ tag: TagSchema }), result: RetaggedSchema },
  /** puts back the tags claims had before a rename or a deletion (undo), on the claims that still exist */
  'tags:restore': { args: z.strictObject({ claims: ClaimTagsSchema, sets: SetFiltersSchema.optional() }), result: z.strictObject({ claimsUpdated: z.number().int().min(0) }) },
  'annotations:import': {
    args: z.strictObject({ fileName: z.string().min(1).max(1000), dataBase64: Base64Schema, documentId: IdSchema.optional() }),
    result: ImportReportSchema,
  },
  'exports:start': { args: z.strictObject({ format: ExportFormatSchema, documentIds: z.array(IdSchema).max(10000), claims: ClaimScopeSchema.optional() }), result: ExportJobViewSchema },
  'exports:job': { args: JobRefSchema, result: ExportJobViewSchema },
  'exports:cancel': { args: JobRefSchema, result: ExportJobViewSchema },
  'exports:take': { args: JobRefSchema, result: RenderedExportSchema },
  'claims:query': { args: ClaimQueryArgsSchema, result: ClaimQueryResultSchema },
  'claims:facets': { args: z.strictObject({ filter: ClaimFilterSchema }), result: ClaimFacetCountsSchema },
  'claims:charts': { args: z.strictObject({ filter: ClaimFilterSchema }), result: ChartDataSchema },
  'claims:bulkEdit': { args: z.strictObject({ target: BulkTargetSchema, change: BulkChangeSchema }), result: BulkOutcomeSchema },
  'claims:bulkUndo': { args: z.strictObject({ bulkId: IdSchema }), result: BulkUndoOutcomeSchema },
  'sets:create': { args: z.strictObject({ name: SavedSetSchema.shape.name, filter: ClaimFilterSchema }), result: SavedSetSchema },
  'sets:update': { args: z.strictObject({ setId: IdSchema, name: SavedSetSchema.shape.name.optional(), filter: ClaimFilterSchema.optional() }), result: SavedSetSchema },
  'sets:delete': { args: z.strictObject({ setId: IdSchema }), result: SavedSetSchema },
  'sets:restore': { args: z.strictObject({ set: SavedSetSchema }), result: SavedSetSchema },
  'sets:counts': { args: EmptySchema, result: z.record(z.string(), z.number().int().min(0)) },
  'documents:search': { args: z.strictObject({ query: z.string().max(2000) }), result: z.array(IdSchema) },
  'shell:importWithDialog': { args: z.strictObject({ documentId: IdSchema.optional() }), result: ImportBatchSchema },
  'shell:openExternal': { args: z.strictObject({ url: z.string().max(4096) }), result: DoneSchema },
  'shell:exportWithDialog': {
    args: z.strictObject({ format: ExportFormatSchema, documentIds: z.array(IdSchema).max(10000), claims: ClaimScopeSchema.optional() }),
    /** the export writing the chosen file, or null when the dialog was cancelled */
    result: ExportJobViewSchema.nullable(),
  },
} satisfies Record<Channel, { args: z.ZodType; result: z.ZodType }>;

export type Contract = typeof contract;
export type Args<C extends Channel> = z.input<Contract[C]['args']>;
export type ParsedArgs<C extends Channel> = z.output<Contract[C]['args']>;
export type ResultOf<C extends Channel> = z.output<Contract[C]['result']>;

/** The core implements one handler per core channel; a missing or mistyped one fails to compile. */
export type CoreHandlers = { [C in CoreChannel]: (args: ParsedArgs<C>) => Promise<ResultOf<C>> };
export type ShellHandlers = { [C in ShellChannel]: (args: ParsedArgs<C>) => Promise<ResultOf<C>> };

/** The menu's export commands, one per format ("export-csv", "export-archive"...). */
export type ExportMenuCommand = `export-${ExportFormatId}`;
export const EXPORT_MENU_COMMANDS = EXPORT_FORMAT_IDS.map((format): ExportMenuCommand => `export-${format}`);
export const MenuCommandSchema = z.enum(['import', 'open-sample', 'library-changed', 'restore-backup', ...EXPORT_MENU_COMMANDS]);
export type MenuCommand = z.infer<typeof MenuCommandSchema>;
