// What an export works from: the documents in scope with their claims, and the registries that
// give ids their names.
import type { StoredDocument } from '../domain/document';
import type { Reviewer, Settings } from '../domain/library';
import type { Source } from '../domain/source';
import { taxonomyEntry, type Taxonomy } from '../domain/taxonomy';
import type { SavedSet } from '../search/claim-filter';

export interface ExportScope {
  taxonomy: Taxonomy;
  sources: readonly Source[];
  documents: readonly StoredDocument[];
  generatedAt: string;
  appVersion: string;
  /** the library's settings (the archive carries them; ClaimReview names their publisher) */
  settings?: Settings;
  /** the library's saved sets (only the archive carries them) */
  sets?: readonly SavedSet[];
}

/** Looks up names for ids while exporting. */
export class ExportLookup {
  private readonly sourcesById: Map<string, Source>;
  readonly taxonomy: Taxonomy;
  /** who publishes the ClaimReviews, when the settings say */
  readonly reviewer: Reviewer | null;

  constructor(scope: Pick<ExportScope, 'taxonomy' | 'sources' | 'settings'>) {
    this.sourcesById = new Map(scope.sources.map((s) => [s.id, s]));
    this.taxonomy = scope.taxonomy;
    this.reviewer = scope.settings?.reviewer ?? null;
  }

  sources(ids: readonly string[]): Source[] {
    return ids.map((id) => this.sourcesById.get(id)).filter((s): s is Source => s !== undefined);
  }

  statusLabel(id: string): string {
    return taxonomyEntry(this.taxonomy.statuses, id).label;
  }

  attributionLabel(id: string): string {
    return taxonomyEntry(this.taxonomy.attributionTypes, id).label;
  }
}

/** The IRI that names a document in exports: its canonical URL, else a URN of its id. */
export function documentIri(doc: StoredDocument): string {
  return doc.meta.url !== '' ? doc.meta.url : `urn:uuid:${doc.id}`;
}

/** What an export of these documents is called: the one document's title, else "N documents". */
export function exportTitle(titles: readonly string[]): string {
  const [only] = titles;
  return titles.length === 1 && only !== undefined ? only || 'Untitled document' : `${titles.length} documents`;
}

/** The longest slug a file name takes. */
const MAX_SLUG = 60;

/** A file-name-safe slug of a title, cut at a word's end when the title is long ("…-as-unions", not "…-as-unions-threaten-st"). */
export function fileSlug(title: string, fallback = 'corroborate-export'): string {
  const whole = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  let slug = whole.slice(0, MAX_SLUG);
  // cut inside a word: back to the word before it, unless that leaves too little
  const lastBreak = slug.lastIndexOf('-');
  if (whole.length > MAX_SLUG && whole[MAX_SLUG] !== '-' && lastBreak >= MAX_SLUG / 2) slug = slug.slice(0, lastBreak);
  slug = slug.replace(/-+$/, '');
  return slug === '' ? fallback : slug;
}
