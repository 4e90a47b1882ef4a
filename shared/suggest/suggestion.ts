// What the claim suggester returns: a suggested attribution (claim, source, cue, type) with
// UTF-16 offsets into the text it was given. Shared by the detector, the CLI and the workspace.

/** A stretch of the text: UTF-16 offsets, end exclusive, and the text they cut out. */
export interface TextRange {
  start: number;
  end: number;
  text: string;
}

/** Attribution types of DESIGN.md section 2 the suggester proposes (never `unattributed`). */
export const SUGGESTED_ATTRIBUTIONS = ['direct-quote', 'indirect-quote', 'anonymous-source', 'official-statement', 'data-or-document', 'reporter-observation', 'other'] as const;
export type SuggestedAttribution = (typeof SUGGESTED_ATTRIBUTIONS)[number];

/** Source kinds of DESIGN.md section 2, guessed for a new registry entry. */
export const SUGGESTED_SOURCE_KINDS = ['person', 'organization', 'government', 'media', 'anonymous', 'document', 'other'] as const;
export type SuggestedSourceKind = (typeof SUGGESTED_SOURCE_KINDS)[number];

export interface AttributionSuggestion {
  /** the claim */
  content: TextRange;
  /** the source as written (null when not in the text) */
  source: TextRange | null;
  /** the attributing words ("said", "according to") */
  cue: TextRange | null;
  attribution: SuggestedAttribution;
  /** the source's name as a registry entry would hold it (pronouns resolved to the nearest named source where possible; null when none) */
  sourceName: string | null;
  /** guessed source kind for a new registry entry */
  sourceKind: SuggestedSourceKind;
  /** 0..1 */
  confidence: number;
}
