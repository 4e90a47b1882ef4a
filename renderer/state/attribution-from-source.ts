// A claim made by hand starts Unattributed ("asserted with no source"). When it gets its first
// source and the user has not chosen an attribution, the attribution follows the source as the
// suggester decides it (GUIDE.md, first that applies): quotation marks make a direct quote (around
// the words, or just outside them: the user selected what is inside), an anonymous source, or a
// sentence that says the source is not named ("speaking anonymously"), an anonymous-source claim,
// a ministry an official statement, a report data or a document. A library's own source kinds,
// and types it lacks, leave the attribution as it is.
import type { Claim, ClaimChanges } from '@shared/domain/claim';
import type { Source } from '@shared/domain/source';
import { DEFAULT_ATTRIBUTION, type Taxonomy } from '@shared/domain/taxonomy';
import { attributionOf } from '@shared/suggest/classify';
import { english } from '@shared/suggest/lexicon/english';
import { isQuoteMark } from '@shared/suggest/quote-pairing';
import { SUGGESTED_SOURCE_KINDS, type SuggestedSourceKind } from '@shared/suggest/suggestion';

const isSuggestedKind = (kind: string): kind is SuggestedSourceKind => (SUGGESTED_SOURCE_KINDS as readonly string[]).includes(kind);
/** Punctuation a quotation may close after ("patient," said). */
const BEFORE_CLOSING = /^[,.!?;:\u2026]?/;

/** Whether the claim's words are between quotation marks: their own, or those just before and after them. */
function isQuoted(claim: Claim): boolean {
  const { exact, prefix, suffix } = claim.target;
  const words = exact.trim();
  if (words.length > 1 && isQuoteMark(words[0]!) && isQuoteMark(words[words.length - 1]!)) return true;
  const before = (prefix ?? '').trimEnd();
  const after = (suffix ?? '').trimStart().replace(BEFORE_CLOSING, '');
  return before !== '' && after !== '' && isQuoteMark(before[before.length - 1]!) && isQuoteMark(after[0]!);
}

/**
 * `changes`, with the attribution the first source gives an Unattributed claim that had none;
 * `sentenceOf` gives the sentence the claim is in, when it is known (asked only when the rule applies).
 */
export function withAttributionFromSource(claim: Claim | undefined, changes: ClaimChanges, sources: readonly Source[], taxonomy: Taxonomy, sentenceOf: () => string = () => ''): ClaimChanges {
  if (!claim || changes.attribution !== undefined || claim.attribution !== DEFAULT_ATTRIBUTION || claim.sourceIds.length > 0) return changes;
  const source = sources.find((s) => s.id === changes.sourceIds?.[0]);
  if (!source || !isSuggestedKind(source.kind)) return changes;
  const sentence = sentenceOf().toLowerCase();
  const unnamed = english.anonymityMarkers.some((marker) => sentence.includes(marker));
  const attribution = isQuoted(claim) ? 'direct-quote' : unnamed ? 'anonymous-source' : attributionOf(claim.target.exact, source.name, source.kind, '', english);
  return taxonomy.attributionTypes.some((t) => t.id === attribution) ? { ...changes, attribution } : changes;
}

/** The sentence of `text` that holds `start` to `end`: from after the previous sentence's end to the next one's, within the paragraph. */
export function sentenceAround(text: string, start: number, end: number): string {
  const paragraphStart = text.lastIndexOf('\n', start - 1) + 1;
  const nextBreak = text.indexOf('\n', end);
  const paragraphEnd = nextBreak === -1 ? text.length : nextBreak;
  const ends = /[.!?]["'\u2019\u201D)]*\s/g;
  let from = paragraphStart;
  for (const match of text.slice(paragraphStart, start).matchAll(ends)) from = paragraphStart + match.index + match[0].length;
  // the claim's own last character may end the sentence ("... funded." said)
  const tail = Math.max(start, end - 1);
  ends.lastIndex = 0;
  const next = ends.exec(text.slice(tail, paragraphEnd));
  return text.slice(from, next ? tail + next.index + next[0].length : paragraphEnd);
}
