// The user-editable taxonomies (verification status, attribution type, source kind) and their
// defaults from DESIGN.md section 2. Ids are stable; labels, colours and order may change.
import { z } from 'zod';
import { TaxonomyIdSchema } from './primitives';

export const ColorSchema = z.string().regex(/^#[0-9a-f]{6}$/i, { message: 'must be a #rrggbb colour' });

export const TaxonomyEntrySchema = z.strictObject({
  id: TaxonomyIdSchema,
  label: z.string().trim().min(1).max(60),
  color: ColorSchema,
  description: z.string().max(500),
});
export type TaxonomyEntry = z.infer<typeof TaxonomyEntrySchema>;

const uniqueIds = (entries: TaxonomyEntry[]) => new Set(entries.map((e) => e.id)).size === entries.length;
const EntryListSchema = z
  .array(TaxonomyEntrySchema)
  .min(1)
  .max(40)
  .refine(uniqueIds, { message: 'ids must be unique' });

export const TaxonomySchema = z.strictObject({
  statuses: EntryListSchema,
  attributionTypes: EntryListSchema,
  sourceKinds: EntryListSchema,
});
export type Taxonomy = z.infer<typeof TaxonomySchema>;
export type TaxonomyName = keyof Taxonomy;

const entry = (id: string, label: string, color: string, description: string): TaxonomyEntry => ({
  id,
  label,
  color,
  description,
});

export const DEFAULT_STATUS = 'unverified';
export const DEFAULT_ATTRIBUTION = 'unattributed';

export function defaultTaxonomy(): Taxonomy {
  return {
    statuses: [
      entry('unverified', 'Unverified', '#6b7280', 'Not checked yet.'),
      entry('in-progress', 'In progress', '#2563eb', 'Being checked.'),
      entry('verified', 'Verified', '#16a34a', 'Checked and accurate.'),
      entry('partly-true', 'Partly true', '#d97706', 'Accurate in part, misleading or wrong in part.'),
      entry('disputed', 'Disputed', '#9333ea', 'Credible sources disagree.'),
      entry('false', 'False', '#dc2626', 'Checked and inaccurate.'),
      entry('unverifiable', 'Unverifiable', '#374151', 'Cannot be checked with available evidence.'),
    ],
    attributionTypes: [
      entry('direct-quote', 'Direct quote', '#0e7490', 'Verbatim words in quotation marks.'),
      entry('indirect-quote', 'Indirect quote', '#0891b2', 'A paraphrase of a named speaker.'),
      entry('anonymous-source', 'Anonymous source', '#b45309', '"Informed sources", "an official who asked not to be named".'),
      entry('official-statement', 'Official statement', '#4338ca', 'An announcement, press release or claim of responsibility.'),
      entry('data-or-document', 'Data or document', '#15803d', 'Figures, reports, documents.'),
      entry('reporter-observation', 'Reporter observation', '#be185d', "The outlet's own reporting or correspondent."),
      entry('unattributed', 'Unattributed', '#57534e', 'Asserted with no source.'),
      entry('other', 'Other', '#64748b', 'Any other form of attribution.'),
    ],
    sourceKinds: [
      entry('person', 'Person', '#0f766e', 'A named individual.'),
      entry('organization', 'Organisation', '#7c3aed', 'A company, group, NGO or party.'),
      entry('government', 'Government', '#1d4ed8', 'A government body, ministry, army or official.'),
      entry('media', 'Media', '#c2410c', 'A media outlet, reporter or correspondent.'),
      entry('anonymous', 'Anonymous', '#a16207', 'An unnamed source.'),
      entry('document', 'Document or dataset', '#15803d', 'A report, study, dataset or document.'),
      entry('other', 'Other', '#64748b', 'Any other kind of source.'),
    ],
  };
}

/** Finds an entry by id; unknown ids (from a newer file or a deleted entry) get a neutral stand-in. */
export function taxonomyEntry(entries: readonly TaxonomyEntry[], id: string): TaxonomyEntry {
  return entries.find((e) => e.id === id) ?? { id, label: id, color: '#64748b', description: '' };
}
