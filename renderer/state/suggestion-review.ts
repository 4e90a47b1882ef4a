// The review of suggested claims for the open document: what was suggested, which one is current,
// the user's edits before accepting, and the confidence threshold of "accept all". Selectors say
// which suggestions are still open (none over a claim) and what accepting one would record.
import type { StoredDocument } from '@shared/domain/document';
import { findSourceByName, type Source } from '@shared/domain/source';
import type { Taxonomy } from '@shared/domain/taxonomy';
import { sourceKindOf } from '@shared/suggest/classify';
import { english } from '@shared/suggest/lexicon/english';
import type { OfferedSuggestion } from '@shared/suggest/offered-suggestion';
import { openSuggestions } from '@shared/suggest/suggestion-overlap';
import type { AppState } from './app-store';

/** What the user changed in a suggestion before accepting it. */
export interface SuggestionDraft {
  attribution?: string;
  /** the source's name as typed ('' for no source) */
  sourceName?: string;
  /** the kind of the source to create, when the name is new */
  sourceKind?: string;
}

export interface SuggestionReview {
  documentId: string;
  /** the text the suggestions were found in: corrected or replaced text makes them stale */
  content: StoredDocument['content'];
  loading: boolean;
  items: OfferedSuggestion[];
  currentKey: string | null;
  /** "accept all" takes the open suggestions at or above this confidence */
  threshold: number;
  drafts: Readonly<Record<string, SuggestionDraft>>;
}

export const DEFAULT_THRESHOLD = 0.8;

/** A confidence (0 to 1) as the whole percent shown beside a suggestion. */
export const confidencePercent = (confidence: number) => Math.round(confidence * 100);

/** Whether a suggestion is at or above the threshold as both are shown (0.996 shows as 100% and is at 100%). */
export const isAtOrAbove = (suggestion: { confidence: number }, threshold: number) => confidencePercent(suggestion.confidence) >= confidencePercent(threshold);

/** The review of the document on screen, or null when there is none (or it went stale). */
export function currentReview(state: AppState): SuggestionReview | null {
  const { suggestions: review, document } = state;
  if (!review || !document || review.documentId !== document.id || review.content !== document.content) return null;
  return state.panel === 'document' && !state.correcting ? review : null;
}

let memo: { items: OfferedSuggestion[]; claims: StoredDocument['claims']; shown: OfferedSuggestion[] } | null = null;

/** The suggestions still open: a claim made over one (by accepting it, or by hand) hides it. */
export function shownSuggestions(review: SuggestionReview, document: StoredDocument): OfferedSuggestion[] {
  if (memo?.items !== review.items || memo.claims !== document.claims) {
    memo = { items: review.items, claims: document.claims, shown: openSuggestions(review.items, document.claims, []) };
  }
  return memo.shown;
}

/** The source a suggestion would get: an existing one, one to create, or none (empty name). */
export interface ProposedSource {
  name: string;
  existing: Source | null;
  kind: string;
}

export function proposedSource(
  suggestion: OfferedSuggestion,
  draft: SuggestionDraft | undefined,
  sources: readonly Source[],
  // many suggestions at once (accept all) look names up in one index of the registry
  byName: (name: string) => Source | undefined = (name) => findSourceByName(sources, name),
): ProposedSource {
  const guessedKind = suggestion.match?.kind === 'new' ? suggestion.match.sourceKind : 'other';
  const kind = draft?.sourceKind ?? guessedKind;
  if (draft?.sourceName !== undefined) {
    // a name typed over the suggested one: its kind guessed from the typed words, as the detector guesses it, until the user picks one
    const typedKind = draft.sourceKind ?? (draft.sourceName.trim() === '' ? guessedKind : sourceKindOf(draft.sourceName, english));
    return { name: draft.sourceName, existing: byName(draft.sourceName) ?? null, kind: typedKind };
  }
  const match = suggestion.match;
  if (match?.kind === 'existing') {
    const existing = sources.find((s) => s.id === match.sourceId) ?? null;
    if (existing) return { name: existing.name, existing, kind: existing.kind };
  }
  // A new name may have been created since (an earlier suggestion accepted with it).
  const name = match?.kind === 'new' ? match.name : (suggestion.sourceName ?? '');
  return { name, existing: name ? (byName(name) ?? null) : null, kind };
}

/** The attribution a suggestion would get: the user's choice, else the suggested one. */
export function proposedAttribution(suggestion: OfferedSuggestion, draft: SuggestionDraft | undefined, taxonomy: Taxonomy): string {
  const chosen = draft?.attribution ?? suggestion.attribution;
  return taxonomy.attributionTypes.some((t) => t.id === chosen) ? chosen : taxonomy.attributionTypes[0]!.id;
}
