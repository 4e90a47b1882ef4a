// Suggested claims for a document: the detector run on its text projection, less what overlaps a
// claim already made and what the user rejected, each with its source matched in the registry.
// Rejections are kept in the document file, so they do not come back after a reload.
import { MAX_REJECTED_SUGGESTIONS, type StoredDocument } from '@shared/domain/document';
import type { Taxonomy } from '@shared/domain/taxonomy';
import { projectText } from '@shared/text/projection';
import { english } from '@shared/suggest/lexicon/english';
import type { CueLexicon } from '@shared/suggest/lexicon/lexicon';
import { LEXICONS } from '@shared/suggest/lexicon/lexicons';
import { type SuggestionDocument, matchSource } from '@shared/suggest/match-source';
import { RegistryKeys } from '@shared/suggest/registry-keys';
import type { OfferedSource, OfferedSuggestion } from '@shared/suggest/offered-suggestion';
import type { AttributionSuggestion } from '@shared/suggest/suggestion';
import { suggestionKey } from '@shared/suggest/suggestion-key';
import { openSuggestions } from '@shared/suggest/suggestion-overlap';
import type { LibraryStore } from '../store/library-store';
import type { AttributionDetector } from './attribution-detector';

/** The taxonomy's id for a proposed one: itself when the library has it, else "other", else the first. */
function knownId(entries: Taxonomy['attributionTypes'], proposed: string): string {
  if (entries.some((e) => e.id === proposed)) return proposed;
  return entries.some((e) => e.id === 'other') ? 'other' : entries[0]!.id;
}

/**
 * A suggestion's key: its content's, or, for a second attribution of the same words ("..., citing
 * X" after "Reuters reported"), its content's with its cue and source, so each is reviewed,
 * accepted and rejected on its own.
 */
function keyOf(suggestion: AttributionSuggestion, used: Set<string>): string {
  let key = suggestionKey(suggestion.content.text);
  if (used.has(key)) key = suggestionKey(`${suggestion.content.text}\u0000${suggestion.cue?.text ?? ''}\u0000${suggestion.source?.text ?? ''}`);
  used.add(key);
  return key;
}

/**
 * The lexicon language a document is read in: its language's primary subtag ("en" of "en-GB"), or
 * English when the document names none; `supported` is false when the detector has no lexicon for it.
 */
export function suggestionLanguage(documentLanguage: string): { language: string; supported: boolean } {
  const language = documentLanguage.split('-')[0]!.toLowerCase() || 'en';
  return { language, supported: language in LEXICONS };
}

export class SuggestionService {
  constructor(
    private readonly store: LibraryStore,
    private readonly detector: AttributionDetector,
  ) {}

  /** The suggestions still open for a document, in text order (none in a language the detector cannot read). */
  async list(documentId: string): Promise<OfferedSuggestion[]> {
    return (await this.offer(documentId)).suggestions;
  }

  /**
   * The suggestions still open for a document, with how many attributions the detector found in it
   * (those already claims or rejected too), the language its text was read in and whether the
   * detector reads it.
   */
  async offer(documentId: string): Promise<{ suggestions: OfferedSuggestion[]; found: number; language: string; supported: boolean }> {
    const doc = await this.store.getDocument(documentId);
    const { language, supported } = suggestionLanguage(doc.meta.language);
    const { suggestions, found } = supported ? await this.open(doc, language) : { suggestions: [], found: 0 };
    return { suggestions, found, language, supported };
  }

  private async open(doc: StoredDocument, language: string): Promise<{ suggestions: OfferedSuggestion[]; found: number }> {
    const { taxonomy, sources } = this.store.library;
    const detected = await this.detector.detect(projectText(doc.content), language);
    const used = new Set<string>();
    const lexicon = LEXICONS[language] ?? english;
    const document: SuggestionDocument = { title: doc.meta.title, citedSourceIds: new Set(doc.claims.flatMap((claim) => claim.sourceIds)) };
    // the registry keyed once for all the suggestions
    const registry = new RegistryKeys(sources, lexicon);
    const offered = detected.map((suggestion): OfferedSuggestion => ({
      key: keyOf(suggestion, used),
      content: suggestion.content,
      source: suggestion.source,
      cue: suggestion.cue,
      attribution: knownId(taxonomy.attributionTypes, suggestion.attribution),
      sourceName: suggestion.sourceName,
      confidence: suggestion.confidence,
      match: this.offeredSource(suggestion, taxonomy, registry, document, lexicon),
    }));
    return { suggestions: openSuggestions(offered, doc.claims, doc.rejectedSuggestions), found: offered.length };
  }

  private offeredSource(suggestion: AttributionSuggestion, taxonomy: Taxonomy, registry: RegistryKeys, document: SuggestionDocument, lexicon: CueLexicon): OfferedSource | null {
    const match = matchSource(suggestion, registry, document, lexicon);
    if (!match) return null;
    if (match.kind === 'existing') return { kind: 'existing', sourceId: match.sourceId };
    const name = match.name.trim().slice(0, 200);
    return name ? { kind: 'new', name, sourceKind: knownId(taxonomy.sourceKinds, match.sourceKind), ...(match.forArticle ? { forArticle: true as const } : {}) } : null;
  }

  /** Records rejections; the oldest are forgotten beyond the document's limit. */
  async reject(documentId: string, keys: readonly string[]): Promise<string[]> {
    const added = new Set(keys);
    const doc = await this.store.updateDocument(documentId, (d) => withRejected(d, [...d.rejectedSuggestions.filter((k) => !added.has(k)), ...added]));
    return doc.rejectedSuggestions;
  }

  /** Takes rejections back (undo). */
  async restore(documentId: string, keys: readonly string[]): Promise<string[]> {
    const taken = new Set(keys);
    const doc = await this.store.updateDocument(documentId, (d) => withRejected(d, d.rejectedSuggestions.filter((k) => !taken.has(k))));
    return doc.rejectedSuggestions;
  }
}

function withRejected(doc: StoredDocument, rejected: string[]): StoredDocument {
  return { ...doc, rejectedSuggestions: rejected.slice(-MAX_REJECTED_SUGGESTIONS) };
}
