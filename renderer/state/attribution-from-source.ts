// A claim made by hand starts Unattributed ("asserted with no source"). When it gets its first
// source and the user has not chosen an attribution, the attribution follows the source as the
// suggester decides it (GUIDE.md, first that applies): words inside a quotation make a direct
// quote (the marks may be inside the selection or just outside it), a sentence that says its
// source is not named ("speaking anonymously") an anonymous-source claim unless the source is a
// named person, an anonymous source an anonymous-source claim, a ministry an official statement, a
// report data or a document. A library's own source kinds, and types it lacks, leave the
// attribution as it is.
import type { Claim, ClaimChanges } from '@shared/domain/claim';
import type { Source } from '@shared/domain/source';
import { DEFAULT_ATTRIBUTION, type Taxonomy } from '@shared/domain/taxonomy';
import { attributionOf } from '@shared/suggest/classify';
import { english } from '@shared/suggest/lexicon/english';
import { isQuoteMark, pairQuotes } from '@shared/suggest/quote-pairing';
import { SUGGESTED_SOURCE_KINDS, type SuggestedSourceKind } from '@shared/suggest/suggestion';

const isSuggestedKind = (kind: string): kind is SuggestedSourceKind => (SUGGESTED_SOURCE_KINDS as readonly string[]).includes(kind);

/** Words that say the source is not named: only the unmistakable ones ("informed", "close to" are not). */
const UNNAMED_SOURCE = /\b(?:on (?:the )?condition of anonymity|speaking anonymously|spoke anonymously|requested anonymity|(?:asked|declined|requested) not to be (?:named|identified)|declined to be (?:named|identified)|not authori[sz]ed to)\b/i;

/** The paragraph a claim is in, and where the claim is in it. */
export interface ClaimContext {
  text: string;
  start: number;
  end: number;
}

/** Whether the claim's words are inside a quotation of its paragraph (else, with no paragraph, whether they carry their own marks). */
function isQuoted(claim: Claim, context: ClaimContext | null): boolean {
  if (context === null) {
    const words = claim.target.exact.trim();
    return words.length > 1 && isQuoteMark(words[0]!) && isQuoteMark(words[words.length - 1]!);
  }
  return pairQuotes(context.text).some((quote) => quote.closed && quote.start <= context.start && context.end <= quote.end);
}

/**
 * `changes`, with the attribution the first source gives an Unattributed claim that had none;
 * `contextOf` gives the claim's paragraph when it is known (asked only when the rule applies).
 */
export function withAttributionFromSource(claim: Claim | undefined, changes: ClaimChanges, sources: readonly Source[], taxonomy: Taxonomy, contextOf: () => ClaimContext | null = () => null): ClaimChanges {
  if (!claim || changes.attribution !== undefined || claim.attribution !== DEFAULT_ATTRIBUTION || claim.sourceIds.length > 0) return changes;
  const source = sources.find((s) => s.id === changes.sourceIds?.[0]);
  if (!source || !isSuggestedKind(source.kind)) return changes;
  const context = contextOf();
  const unnamed = context !== null && source.kind !== 'person' && UNNAMED_SOURCE.test(sentenceAround(context.text, context.start, context.end));
  const attribution = isQuoted(claim, context) ? 'direct-quote' : unnamed ? 'anonymous-source' : attributionOf(claim.target.exact, source.name, source.kind, '', english);
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

/** The paragraph of `text` (a document's text projection) that holds `start` to `end`, and where they are in it. */
export function paragraphAround(text: string, start: number, end: number): ClaimContext {
  const from = text.lastIndexOf('\n', start - 1) + 1;
  const next = text.indexOf('\n', end);
  return { text: text.slice(from, next === -1 ? text.length : next), start: start - from, end: end - from };
}
