// library.json: the taxonomy, the source registry, saved sets, settings and the derived index of
// documents (DESIGN.md section 3).
import { z } from 'zod';
import { SavedSetSchema } from '../search/claim-filter';
import { DocumentSummarySchema } from './document';
import { SourceSchema } from './source';
import { TaxonomySchema } from './taxonomy';

export const LIBRARY_SCHEMA_VERSION = 3;

export const ThemeSchema = z.enum(['system', 'light', 'dark']);

export const SettingsSchema = z.strictObject({
  theme: ThemeSchema,
  colorBy: z.enum(['status', 'attribution', 'sourceKind']),
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
  return { theme: 'system', colorBy: 'status' };
}
