// The user-editable taxonomies (verification status, attribution type, source kind) and their
// defaults from DESIGN.md section 2. Ids are stable; labels, colours and order may change.
import { z } from 'zod';
import { TaxonomyIdSchema } from './primitives';

export const ColorSchema = z.string().regex(/^#[0-9a-f]{6}$/i, { message: 'must be a #rrggbb colour' });

/** Keys the workspace uses for itself, which no taxonomy entry may take. */
export const RESERVED_KEYS = ['a', 'c', 'e', 'g', 'j', 'k', 'n', 'r', 's', '?'] as const;

/** One keyboard key that sets an entry (a letter or digit), or '' for none. */
export const ShortcutKeySchema = z
  .string()
  .regex(/^[a-z0-9]?$/, { message: 'must be one letter or digit' })
  .refine((key) => !(RESERVED_KEYS as readonly string[]).includes(key), { message: 'is a key the workspace uses itself' });

export const TaxonomyEntrySchema = z.strictObject({
  id: TaxonomyIdSchema,
  label: z.string().trim().min(1).max(60),
  color: ColorSchema,
  description: z.string().max(500),
  key: ShortcutKeySchema,
});
export type TaxonomyEntry = z.infer<typeof TaxonomyEntrySchema>;

const uniqueIds = (entries: TaxonomyEntry[]) => new Set(entries.map((e) => e.id)).size === entries.length;
const EntryListSchema = z
  .array(TaxonomyEntrySchema)
  .min(1)
  .max(40)
  .refine(uniqueIds, { message: 'ids must be unique' });

/** Status and attribution keys share one keymap, so a key may set only one of them. */
function keysAreUnique(taxonomy: { statuses: TaxonomyEntry[]; attributionTypes: TaxonomyEntry[] }): boolean {
  const keys = [...taxonomy.statuses, ...taxonomy.attributionTypes].map((e) => e.key).filter((k) => k !== '');
  return new Set(keys).size === keys.length;
}

export const TaxonomySchema = z
  .strictObject({
    statuses: EntryListSchema,
    attributionTypes: EntryListSchema,
    sourceKinds: EntryListSchema,
  })
  .refine(keysAreUnique, { message: 'a shortcut key is used twice' });
export type Taxonomy = z.infer<typeof TaxonomySchema>;
export type TaxonomyName = keyof Taxonomy;

const entry = (id: string, label: string, color: string, description: string, key = ''): TaxonomyEntry => ({
  id,
  label,
  color,
  description,
  key,
});

export const DEFAULT_STATUS = 'unverified';
export const DEFAULT_ATTRIBUTION = 'unattributed';

/** Each list's name in a sentence, one entry and many: "the status “False”", "Reorder the statuses". */
export const TAXONOMY_NOUNS: Readonly<Record<TaxonomyName, { one: string; many: string }>> = {
  statuses: { one: 'status', many: 'statuses' },
  attributionTypes: { one: 'attribution type', many: 'attribution types' },
  sourceKinds: { one: 'source kind', many: 'source kinds' },
};

export const TAXONOMY_LISTS = Object.keys(TAXONOMY_NOUNS) as TaxonomyName[];

/** True for the entry a new claim gets (the default status and attribution type): it cannot be removed. */
export function isEntryNewClaimsGet(list: TaxonomyName, id: string): boolean {
  return (list === 'statuses' && id === DEFAULT_STATUS) || (list === 'attributionTypes' && id === DEFAULT_ATTRIBUTION);
}

export function defaultTaxonomy(): Taxonomy {
  return {
    statuses: [
      entry('unverified', 'Unverified', '#6b7280', 'Not checked yet.', 'u'),
      entry('in-progress', 'In progress', '#2563eb', 'Being checked.', 'p'),
      entry('verified', 'Verified', '#16a34a', 'Checked and accurate.', 'v'),
      entry('partly-true', 'Partly true', '#d97706', 'Accurate in part, misleading or wrong in part.', 't'),
      entry('disputed', 'Disputed', '#9333ea', 'Credible sources disagree.', 'd'),
      entry('false', 'False', '#dc2626', 'Checked and inaccurate.', 'f'),
      entry('unverifiable', 'Unverifiable', '#374151', 'Cannot be checked with available evidence.', 'x'),
    ],
    attributionTypes: [
      entry('direct-quote', 'Direct quote', '#0e7490', 'Verbatim words in quotation marks.', '1'),
      entry('indirect-quote', 'Indirect quote', '#0891b2', 'A paraphrase of a named speaker.', '2'),
      entry('anonymous-source', 'Anonymous source', '#b45309', '"Informed sources", "an official who asked not to be named".', '3'),
      entry('official-statement', 'Official statement', '#4338ca', 'An announcement, press release or claim of responsibility.', '4'),
      entry('data-or-document', 'Data or document', '#15803d', 'Figures, reports, documents.', '5'),
      entry('reporter-observation', 'Reporter observation', '#be185d', "The outlet's own reporting or correspondent.", '6'),
      entry('unattributed', 'Unattributed', '#57534e', 'Asserted with no source.', '7'),
      entry('other', 'Other', '#64748b', 'Any other form of attribution.', '8'),
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
  return entries.find((e) => e.id === id) ?? { id, label: id, color: '#64748b', description: '', key: '' };
}
