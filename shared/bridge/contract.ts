// The bridge contract: every channel with the zod schemas of its arguments and its result. Both
// transports (Electron IPC and the web bridge) validate calls against it, at both ends.
import { z } from 'zod';
import { ClaimChangesSchema, ClaimSchema } from '../domain/claim';
import { DocumentSummarySchema, StoredDocumentSchema } from '../domain/document';
import { SettingsSchema } from '../domain/library';
import { IdSchema, TaxonomyIdSchema } from '../domain/primitives';
import { SourceNameSchema, SourceSchema } from '../domain/source';
import { TaxonomySchema } from '../domain/taxonomy';
import type { Channel, CoreChannel, ShellChannel } from './channels';

/** Largest file the bridge accepts for import (bytes, before base64). */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export const NoticeSchema = z.strictObject({
  level: z.enum(['info', 'warning', 'error']),
  message: z.string(),
});
export type Notice = z.infer<typeof NoticeSchema>;

export const LibraryViewSchema = z.strictObject({
  location: z.string(),
  readOnly: z.boolean(),
  taxonomy: TaxonomySchema,
  sources: z.array(SourceSchema),
  settings: SettingsSchema,
  documents: z.array(DocumentSummarySchema),
  notices: z.array(NoticeSchema),
});
export type LibraryView = z.infer<typeof LibraryViewSchema>;

export const ImportOutcomeSchema = z.strictObject({
  status: z.enum(['imported', 'duplicate']),
  document: DocumentSummarySchema,
});
export type ImportOutcome = z.infer<typeof ImportOutcomeSchema>;

export const ImportBatchSchema = z.strictObject({
  imported: z.array(ImportOutcomeSchema),
  failed: z.array(z.strictObject({ fileName: z.string(), message: z.string() })),
});
export type ImportBatch = z.infer<typeof ImportBatchSchema>;

export const ExportFormatSchema = z.enum(['csv', 'jsonld']);
export type ExportFormat = z.infer<typeof ExportFormatSchema>;

export const RenderedExportSchema = z.strictObject({
  fileName: z.string(),
  mediaType: z.string(),
  content: z.string(),
});
export type RenderedExport = z.infer<typeof RenderedExportSchema>;

const DocumentRefSchema = z.strictObject({ documentId: IdSchema });
const ClaimRefSchema = z.strictObject({ documentId: IdSchema, claimId: IdSchema });
const Base64Schema = z
  .string()
  .max(Math.ceil(MAX_IMPORT_BYTES / 3) * 4, { message: `file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB` })
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, { message: 'must be base64' });
const EmptySchema = z.strictObject({});
const DoneSchema = z.strictObject({ done: z.literal(true) });

export const contract = {
  'library:get': { args: EmptySchema, result: LibraryViewSchema },
  'documents:get': { args: DocumentRefSchema, result: StoredDocumentSchema },
  'documents:import': {
    args: z.strictObject({ fileName: z.string().min(1).max(1000), dataBase64: Base64Schema }),
    result: ImportOutcomeSchema,
  },
  'documents:openSample': { args: EmptySchema, result: ImportOutcomeSchema },
  'documents:delete': { args: DocumentRefSchema, result: DoneSchema },
  'claims:create': {
    args: z.strictObject({
      documentId: IdSchema,
      start: z.number().int().min(0),
      end: z.number().int().min(1),
      changes: ClaimChangesSchema.optional(),
    }),
    result: ClaimSchema,
  },
  'claims:update': {
    args: z.strictObject({ documentId: IdSchema, claimId: IdSchema, changes: ClaimChangesSchema }),
    result: ClaimSchema,
  },
  'claims:delete': { args: ClaimRefSchema, result: DoneSchema },
  'sources:create': {
    args: z.strictObject({ name: SourceNameSchema, kind: TaxonomyIdSchema }),
    result: SourceSchema,
  },
  'exports:render': {
    args: z.strictObject({ format: ExportFormatSchema, documentIds: z.array(IdSchema).max(10000) }),
    result: RenderedExportSchema,
  },
  'shell:importWithDialog': { args: EmptySchema, result: ImportBatchSchema },
  'shell:exportWithDialog': {
    args: z.strictObject({ format: ExportFormatSchema, documentIds: z.array(IdSchema).max(10000) }),
    result: z.strictObject({ path: z.string().nullable() }),
  },
} satisfies Record<Channel, { args: z.ZodType; result: z.ZodType }>;

export type Contract = typeof contract;
export type Args<C extends Channel> = z.input<Contract[C]['args']>;
export type ParsedArgs<C extends Channel> = z.output<Contract[C]['args']>;
export type ResultOf<C extends Channel> = z.output<Contract[C]['result']>;

/** The core implements one handler per core channel; a missing or mistyped one fails to compile. */
export type CoreHandlers = { [C in CoreChannel]: (args: ParsedArgs<C>) => Promise<ResultOf<C>> };
export type ShellHandlers = { [C in ShellChannel]: (args: ParsedArgs<C>) => Promise<ResultOf<C>> };

export const MenuCommandSchema = z.enum(['import', 'export-csv', 'export-jsonld', 'open-sample', 'library-changed']);
export type MenuCommand = z.infer<typeof MenuCommandSchema>;
