// The rule layer: cue words and quotation marks turned into proposed attributions (content, source
// and cue spans). Each rule is a small function over one sentence's tokens; detect-attributions.ts
// combines their proposals with the tagger's.
import type { CueLexicon } from './lexicon/lexicon';
import { type Phrase, phraseEndingAt, phraseStartingAt, skipBeforeCue } from './noun-phrases';
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
}

const spanOf = (tokens: readonly Token[], phrase: Phrase): Span => [tokens[phrase.first]!.start, tokens[phrase.last]!.end];
const FINAL = new Set(['.', '!', '?', ';']);
const RELATIVES = new Set(['who', 'which', 'whom']);
const CLOSING_QUOTES = /["\u201D\u00BB]/;
const ADDRESSEE_VERBS = new Set(['tell', 'inform', 'brief', 'assure', 'warn', 'remind', 'notify', 'urge']);
const TIME_WORDS = new Set(['on', 'in', 'at', 'during', 'late', 'early', 'last', 'this', 'earlier', 'later', 'today', 'yesterday', 'tonight', 'to', 'via', 'through', 'after', 'before', 'when', 'while']);

/** Whether the token is a cue verb of the lexicon (speech, statement or belief). */
export function isCueVerb(token: Token, lexicon: CueLexicon, previous?: Token): boolean {
  return cueLemmaOf(token, lexicon, previous) !== null;
}

const isCueLemma = (lemma: string, lexicon: CueLexicon) => lexicon.speechVerbs.has(lemma) || lexicon.statementVerbs.has(lemma) || lexicon.beliefVerbs.has(lemma);

/** The cue verb's lemma, also for a past form the tagger read as an adjective ("detailed"); null when not a cue verb. */
export function cueLemmaOf(token: Token, lexicon: CueLexicon, previous?: Token): string | null {
  if (token.pos === 'VERB' || token.lower === 'said' || token.lower === 'says' || token.lower === 'told') return isCueLemma(token.lemma, lexicon) ? token.lemma : null;
  const afterSubject = previous !== undefined && ['NOUN', 'PROPN', 'PRON'].includes(previous.pos);
  if ((token.pos === 'ADJ' || token.pos === 'NOUN') && token.lower.endsWith('ed') && afterSubject) {
    const stem = [token.lower.slice(0, -2), token.lower.slice(0, -1)].find((candidate) => lexicon.speechVerbs.has(candidate) || lexicon.statementVerbs.has(candidate));
    return stem ?? null;
  }
  return null;
}

/** The token index of the sentence's content end: before final punctuation and closing marks are kept. */
function contentEnd(tokens: readonly Token[], sentence: Sentence, text: string): number {
  let last = sentence.last;
  while (last > sentence.first && (FINAL.has(tokens[last]!.text) || tokens[last]!.text === ',')) last -= 1;
  if (CLOSING_QUOTES.test(tokens[last]!.text) && last > sentence.first && FINAL.has(tokens[last - 1]!.text)) return tokens[last]!.end;
  void text;
  return tokens[last]!.end;
}

/** Skips the addressee and adverbials after a cue ("told Reuters on Friday that"): index of the content's first token. */
function contentStartAfterCue(tokens: readonly Token[], cue: number, last: number, lexicon: CueLexicon): number | null {
  let at = cue + 1;
  if (at > last) return null;
  if (ADDRESSEE_VERBS.has(tokens[cue]!.lemma)) {
    const addressee = phraseStartingAt(tokens, at, last);
    if (addressee !== null) at = addressee.last + 1;
  }
  for (let guard = 0; guard < 4 && at <= last; guard += 1) {
    const token = tokens[at]!;
    if (lexicon.complementisers.has(token.lower)) return at;
    if (token.text === ',') {
      at += 1;
      continue;
    }
    if (TIME_WORDS.has(token.lower) && !lexicon.complementisers.has(tokens[at + 1]?.lower ?? '')) {
      const object = phraseStartingAt(tokens, at + 1, last);
      at = object === null ? at + 1 : object.last + 1;
      continue;
    }
    break;
  }
  if (at > last) return null;
  const first = tokens[at]!;
  if (first.pos === 'PUNCT' && !/["\u201C]/.test(first.text)) return null;
  return at;
}

function quoteAt(input: RuleInput, start: number, end: number): QuoteSpan | undefined {
  return input.quotes.find((q) => q.start < end && start < q.end);
}

/** "SOURCE said (that) CONTENT." and "SOURCE told X that CONTENT." */
function forward(input: RuleInput, sentence: Sentence, cue: number): Proposal | null {
  const { tokens, lexicon } = input;
  const subjectEnd = skipBeforeCue(tokens, cue, sentence.first);
  const source = phraseEndingAt(tokens, subjectEnd, sentence.first);
  if (source === null) return null;
  const last = sentence.last;
  const start = contentStartAfterCue(tokens, cue, last, lexicon);
  if (start === null) return null;
  const isThat = lexicon.complementisers.has(tokens[start]!.lower);
  const lemma = cueLemmaOf(tokens[cue]!, lexicon, tokens[cue - 1]) ?? tokens[cue]!.lemma;
  if (lexicon.beliefVerbs.has(lemma) && !lexicon.speechVerbs.has(lemma) && !isThat) {
    if (!lexicon.positionVerbs.has(lemma) && !['PRON', 'DET', 'PROPN', 'NOUN', 'NUM'].includes(tokens[start]!.pos)) return null;
  }
  const end = contentEnd(tokens, sentence, input.text);
  if (end <= tokens[start]!.start) return null;
  const words = tokens.slice(start, sentence.last + 1).filter((t) => t.pos !== 'PUNCT').length;
  if (words < 2) return null;
  return {
    content: [tokens[start]!.start, end],
    source: spanOf(tokens, source),
    cue: [tokens[cue]!.start, tokens[cue]!.end],
    rule: lexicon.positionVerbs.has(lemma) && !isThat ? 'position' : 'forward',
    cueLemma: lemma,
    score: isThat ? 0.85 : 0.7,
  };
}

/** "CONTENT, SOURCE said (on Friday)." and "CONTENT, said SOURCE." */
function backward(input: RuleInput, sentence: Sentence, cue: number): Proposal | null {
  const { tokens, lexicon } = input;
  const subjectEnd = skipBeforeCue(tokens, cue, sentence.first);
  let source = phraseEndingAt(tokens, subjectEnd, sentence.first);
  let rule: RuleName = 'backward';
  let comma = source === null ? subjectEnd : source.first - 1;
  if (source === null || tokens[comma]?.text !== ',') {
    // inverted: ", said the minister."
    if (tokens[cue - 1]?.text !== ',') return null;
    source = phraseStartingAt(tokens, cue + 1, sentence.last);
    if (source === null) return null;
    rule = 'inverted';
    comma = cue - 1;
  }
  if (comma <= sentence.first) return null;
  if (quoteAt(input, tokens[sentence.first]!.start, tokens[comma]!.start) !== undefined && /["\u201C\u201D]/.test(input.text.slice(tokens[sentence.first]!.start, tokens[comma]!.end))) return null;
  const contentLast = comma - 1;
  if (contentLast - sentence.first < 2) return null;
  return {
    content: [tokens[sentence.first]!.start, tokens[contentLast]!.end],
    source: spanOf(tokens, source),
    cue: [tokens[cue]!.start, tokens[cue]!.end],
    rule,
    cueLemma: cueLemmaOf(tokens[cue]!, lexicon, tokens[cue - 1]) ?? tokens[cue]!.lemma,
    score: 0.75,
  };
}

/** "According to SOURCE, CONTENT." / "CONTENT, according to SOURCE." / "X has, according to SOURCE, CONTENT." */
function according(input: RuleInput, sentence: Sentence, at: number): Proposal | null {
  const { tokens, lexicon } = input;
  const source = phraseStartingAt(tokens, at + 2, sentence.last);
  if (source === null) return null;
  const head = tokens[source.last]!;
  if (lexicon.notSources.has(head.lower)) return null;
  const cue: Span = [tokens[at]!.start, tokens[at + 1]!.end];
  const afterSource = source.last + 1;
  const end = contentEnd(tokens, sentence, input.text);
  let content: Span | null = null;
  if (afterSource <= sentence.last && tokens[afterSource]!.text === ',' && afterSource + 1 <= sentence.last && end > tokens[afterSource + 1]!.start) {
    content = [tokens[afterSource + 1]!.start, end];
  } else if (at - 1 > sentence.first && tokens[at - 1]!.text === ',') {
    content = [tokens[sentence.first]!.start, tokens[at - 2]!.end];
  } else if (at > sentence.first + 2) {
    content = [tokens[sentence.first]!.start, tokens[at - 1]!.end];
  }
  if (content === null) return null;
  return { content, source: spanOf(tokens, source), cue, rule: 'according', cueLemma: 'according', score: 0.85 };
}

/** "SOURCE claimed responsibility for CONTENT." */
function responsibility(input: RuleInput, sentence: Sentence, at: number): Proposal | null {
  const { tokens } = input;
  const source = phraseEndingAt(tokens, skipBeforeCue(tokens, at, sentence.first), sentence.first);
  if (source === null) return null;
  const end = contentEnd(tokens, sentence, input.text);
  const contentStart = at + 2 <= sentence.last ? at + 2 : null;
  if (contentStart === null || end <= tokens[contentStart]!.start) return null;
  return {
    content: [tokens[contentStart]!.start, end],
    source: spanOf(tokens, source),
    cue: [tokens[at]!.start, tokens[at + 1]!.end],
    rule: 'responsibility',
    cueLemma: 'claim',
    score: 0.85,
  };
}

/** All rule proposals for one sentence, at most one per cue. */
export function sentenceProposals(input: RuleInput, sentence: Sentence): Proposal[] {
  const { tokens, lexicon } = input;
  const found: Proposal[] = [];
  for (let at = sentence.first; at <= sentence.last; at += 1) {
    const token = tokens[at]!;
    const next = tokens[at + 1];
    if (quoteAt(input, token.start, token.end)?.closed === true && insideQuote(input, token)) continue;
    if (lexicon.accordingTo.includes(`${token.lower} ${next?.lower ?? ''}`)) {
      const proposal = according(input, sentence, at);
      if (proposal !== null) found.push(proposal);
      at += 1;
      continue;
    }
    if (token.lemma === 'claim' && next?.lower === 'responsibility') {
      const proposal = responsibility(input, sentence, at);
      if (proposal !== null) found.push(proposal);
      continue;
    }
    if (!isCueVerb(token, lexicon, tokens[at - 1]) || RELATIVES.has(tokens[at - 1]?.lower ?? '')) continue;
    const proposal = forward(input, sentence, at) ?? backward(input, sentence, at);
    if (proposal !== null) found.push(proposal);
  }
  return found;
}

function insideQuote(input: RuleInput, token: Token): boolean {
  return input.quotes.some((q) => q.start < token.start && token.end < q.end);
}

/**
 * "The group announced X. Additionally, Y came under attack.": a sentence opened by a continuation
 * word right after an official statement in the same paragraph carries on that report; its source is
 * the statement's, not written in the sentence.
 */
export function continuationProposals(input: RuleInput, kept: readonly Proposal[]): Proposal[] {
  const { tokens, sentences, lexicon } = input;
  const found: Proposal[] = [];
  for (let index = 1; index < sentences.length; index += 1) {
    const sentence = sentences[index]!;
    const previous = sentences[index - 1]!;
    const opener = tokens[sentence.first]!;
    if (previous.paragraph !== sentence.paragraph || !lexicon.continuations.has(opener.lower) || tokens[sentence.first + 1]?.text !== ',') continue;
    const [start, end] = [tokens[sentence.first]!.start, tokens[sentence.last]!.end];
    if (kept.some((k) => k.content[0] < end && start < k.content[1])) continue;
    const report = kept.find((k) => k.content[0] >= tokens[previous.first]!.start && k.content[1] <= tokens[previous.last]!.end && lexicon.statementVerbs.has(k.cueLemma));
    if (report === undefined || sentence.first + 2 > sentence.last) continue;
    found.push({ content: [tokens[sentence.first + 2]!.start, contentEnd(tokens, sentence, input.text)], source: null, cue: null, rule: 'continuation', cueLemma: report.cueLemma, score: 0.4, continues: report });
  }
  return found;
}
