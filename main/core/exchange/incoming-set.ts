// What an imported annotation set holds once read, whatever its format (our JSON-LD, another
// tool's W3C annotations, Hypothesis rows, a library archive): claims described by selectors and
// names, not yet placed in any document. merge-plan.ts decides what each becomes.
import type { AnchorState, Evidence, StatusChange } from '@shared/domain/claim';
import type { StoredDocument } from '@shared/domain/document';
import type { Settings } from '@shared/domain/library';
import type { Source } from '@shared/domain/source';
import type { SavedSet } from '@shared/search/claim-filter';
import type { Taxonomy } from '@shared/domain/taxonomy';

export type IncomingKind = 'corroborate' | 'web-annotation' | 'hypothesis' | 'archive';

/** A quote and, where the file gives one, its position (offsets may have drifted). */
export interface IncomingSelector {
  exact: string;
  prefix: string;
  suffix: string;
  start: number | null;
  end: number | null;
}

/** A taxonomy value as the file names it: an id of ours, or a label to match or add. */
export interface IncomingTerm {
  value: string;
  label: string | null;
}

export interface IncomingSourceRef {
  id: string | null;
  name: string;
  kind: string | null;
}

export interface IncomingClaim {
  /** where in the file it came from, for messages ("annotation 3", "row 7") */
  where: string;
  id: string;
  /** the document it names: our id, and/or an IRI (a URL or urn:uuid) */
  documentId: string | null;
  documentIri: string | null;
  /** a title to show when the document cannot be found */
  documentLabel: string;
  /** exact is '' when the file gives only a position (the quote is then read from the text) */
  target: IncomingSelector;
  cue: IncomingSelector | null;
  anchor: AnchorState | null;
  sources: IncomingSourceRef[];
  attribution: IncomingTerm | null;
  status: IncomingTerm | null;
  statusHistory: StatusChange[] | null;
  note: string;
  evidence: Evidence[];
  tags: string[];
  createdAt: string | null;
  updatedAt: string | null;
}

export interface IncomingSet {
  kind: IncomingKind;
  /** whole documents the file carries (with their text), to add where the library lacks them */
  documents: StoredDocument[];
  /** registry entries the file carries in full */
  sources: Source[];
  taxonomy: Taxonomy | null;
  settings: Settings | null;
  /** saved sets the file carries (an archive), added where the library lacks their id */
  savedSets: SavedSet[];
  claims: IncomingClaim[];
  /** what was in the file but has no place in a claim, said once in the report */
  ignored: string[];
}

export function emptySet(kind: IncomingKind): IncomingSet {
  return { kind, documents: [], sources: [], taxonomy: null, settings: null, savedSets: [], claims: [], ignored: [] };
}
