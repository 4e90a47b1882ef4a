// The rule layer's common ground: what a proposal is, what the rules read (tokens, quotations, the
// lexicon), which words are cues, and where a sentence's content ends. The rules themselves are in
// reported-speech.ts, sentence-rules.ts and quote-rules.ts.
import type { CueLexicon } from './lexicon/lexicon';
import type { Phrase } from './noun-phrases';
import type { QuoteSpan } from './quote-pairing';
import type { Sentence, Token, TokenizedText } from './tokenize';

export type Span = [start: number, end: number];

export type RuleName = 'tagger' | 'quote' | 'forward' | 'backward' | 'inverted' | 'according' | 'position' | 'responsibility' | 'continuation';

export interface Proposal {
  content: Span;
  source: Span | null;
  cue: Span | null;
  rule: RuleName;
  /** the lemma of the cue's main word ("say", "according", "announce") */
  cueLemma: string;
  score: number;
  /** for a continuation: the proposal whose report it carries on */
  continues?: Proposal;
}

export interface RuleInput extends TokenizedText {
  text: string;
  quotes: readonly QuoteSpan[];
  lexicon: CueLexicon;
  /** each token's cue lemma as cueLemmaOf gives it with the token's neighbours (null: not a cue verb), found once for all the rules */
  cueLemmas: readonly (string | null)[];
  /** start offsets of the cues the quote rules took, which the sentence rules leave alone */
  usedCues?: ReadonlySet<number>;
}

/** Whether two spans share a character. */
export const spansOverlap = (a: Span, b: Span) => Math.min(a[1], b[1]) > Math.max(a[0], b[0]);
export const spanOf = (tokens: readonly Token[], phrase: Phrase): Span => [tokens[phrase.first]!.start, tokens[phrase.last]!.end];
export const FINAL = new Set(['.', '!', '?', ';']);
export const RELATIVES = new Set(['who', 'which', 'whom']);
export const CLOSING_QUOTES = /["\u201D\u00BB]/;
export const ADDRESSEE_VERBS = new Set(['tell', 'inform', 'brief', 'assure', 'warn', 'remind', 'notify']);
export const TIME_WORDS = new Set(['on', 'in', 'at', 'during', 'late', 'early', 'last', 'this', 'earlier', 'later', 'today', 'yesterday', 'tonight', 'via', 'through', 'after', 'before', 'when', 'while']);

/** Whether the token is a cue verb of the lexicon (speech, statement or belief). */
export function isCueVerb(token: Token, lexicon: CueLexicon, previous?: Token, next?: Token): boolean {
  return cueLemmaOf(token, lexicon, previous, next) !== null;
}

const isCueLemma = (lemma: string, lexicon: CueLexicon) => lexicon.speechVerbs.has(lemma) || lexicon.statementVerbs.has(lemma) || lexicon.beliefVerbs.has(lemma);

/** Every token's cue lemma (cueLemmaOf with its neighbours). */
export function cueLemmasOf(tokens: readonly Token[], lexicon: CueLexicon): (string | null)[] {
  const lemmas = new Array<string | null>(tokens.length);
  // (neighbours read only inside the array: a read past its ends makes V8 drop the loop's optimised code)
  for (let index = 0; index < tokens.length; index += 1) lemmas[index] = cueLemmaOf(tokens[index]!, lexicon, index > 0 ? tokens[index - 1] : undefined, index + 1 < tokens.length ? tokens[index + 1] : undefined);
  return lemmas;
}

/** parts of speech of a verb's subject, for a verb the tagger read as a noun or adjective */
const SUBJECT_TAGS = new Set(['NOUN', 'PROPN', 'PRON']);

/** The cue verb's lemma, also for a past form the tagger read as an adjective ("detailed"); null when not a cue verb. */
export function cueLemmaOf(token: Token, lexicon: CueLexicon, previous?: Token, next?: Token): string | null {
  if (previous?.text === '-') return null;
  if (token.pos === 'VERB' || token.lower === 'said' || token.lower === 'says' || token.lower === 'told') return isCueLemma(token.lemma, lexicon) ? token.lemma : null;
  // ", warning that ...": a participle after a comma, whatever the tagger made of it
  if (previous?.text === ',' && token.lower.endsWith('ing')) {
    const stem = token.lower.slice(0, -3);
    const lemma = [stem, `${stem}e`, stem.slice(0, -1)].find((candidate) => lexicon.speechVerbs.has(candidate) || lexicon.statementVerbs.has(candidate));
    if (lemma !== undefined) return lemma;
  }
  const afterSubject = previous !== undefined && SUBJECT_TAGS.has(previous.pos);
  // "Some curators fear that", "figures show that": a verb the tagger read as a noun, before "that"
  if ((token.pos === 'NOUN' || token.pos === 'ADJ') && afterSubject && next !== undefined && lexicon.complementisers.has(next.lower)) {
    const lemma = [token.lemma, token.lower, token.lower.replace(/s$/, '')].find((candidate) => isCueLemma(candidate, lexicon) || lexicon.findingVerbs.has(candidate));
    if (lemma !== undefined) return lemma;
  }
  if ((token.pos === 'ADJ' || token.pos === 'NOUN') && token.lower.endsWith('ed') && afterSubject) {
    const stem = [token.lower.slice(0, -2), token.lower.slice(0, -1)].find((candidate) => lexicon.speechVerbs.has(candidate) || lexicon.statementVerbs.has(candidate));
    return stem ?? null;
  }
  return null;
}

/** The token index of the sentence's content end: before final punctuation and closing marks are kept. */
export function contentEnd(tokens: readonly Token[], sentence: Sentence, text: string): number {
  let last = sentence.last;
  while (last > sentence.first && (FINAL.has(tokens[last]!.text) || tokens[last]!.text === ',')) last -= 1;
  if (CLOSING_QUOTES.test(tokens[last]!.text) && last > sentence.first && FINAL.has(tokens[last - 1]!.text)) return tokens[last]!.end;
  void text;
  return tokens[last]!.end;
}

