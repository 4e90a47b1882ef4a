// The rule layer: cue words and quotation marks turned into proposed attributions (content, source
// and cue spans). Each rule is a small function over one sentence's tokens; detect-attributions.ts
// combines their proposals with the tagger's.
import type { CueLexicon } from './lexicon/lexicon';
import { type Phrase, phraseEndingAt, phraseStartingAt, sentenceSubject, skipBeforeCue, withTrailingApposition } from './noun-phrases';
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
  /** start offsets of the cues the quote rules took, which the sentence rules leave alone */
  usedCues?: ReadonlySet<number>;
}

const spanOf = (tokens: readonly Token[], phrase: Phrase): Span => [tokens[phrase.first]!.start, tokens[phrase.last]!.end];
const FINAL = new Set(['.', '!', '?', ';']);
const RELATIVES = new Set(['who', 'which', 'whom']);
const CLOSING_QUOTES = /["\u201D\u00BB]/;
const ADDRESSEE_VERBS = new Set(['tell', 'inform', 'brief', 'assure', 'warn', 'remind', 'notify']);
const TIME_WORDS = new Set(['on', 'in', 'at', 'during', 'late', 'early', 'last', 'this', 'earlier', 'later', 'today', 'yesterday', 'tonight', 'to', 'via', 'through', 'after', 'before', 'when', 'while']);

/** Whether the token is a cue verb of the lexicon (speech, statement or belief). */
export function isCueVerb(token: Token, lexicon: CueLexicon, previous?: Token, next?: Token): boolean {
  return cueLemmaOf(token, lexicon, previous, next) !== null;
}

const isCueLemma = (lemma: string, lexicon: CueLexicon) => lexicon.speechVerbs.has(lemma) || lexicon.statementVerbs.has(lemma) || lexicon.beliefVerbs.has(lemma);

/** The cue verb's lemma, also for a past form the tagger read as an adjective ("detailed"); null when not a cue verb. */
export function cueLemmaOf(token: Token, lexicon: CueLexicon, previous?: Token, next?: Token): string | null {
  if (token.pos === 'VERB' || token.lower === 'said' || token.lower === 'says' || token.lower === 'told') return isCueLemma(token.lemma, lexicon) ? token.lemma : null;
  const afterSubject = previous !== undefined && ['NOUN', 'PROPN', 'PRON'].includes(previous.pos);
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
  // "said outside the courthouse on Monday that ...": a "that" after adverbials only
  for (let ahead = at; ahead <= Math.min(last, at + 10); ahead += 1) {
    const token = tokens[ahead]!;
    if (lexicon.complementisers.has(token.lower)) return ahead;
    if (!['ADP', 'DET', 'NOUN', 'PROPN', 'ADJ', 'NUM', 'ADV'].includes(token.pos) && token.text !== ',') break;
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
  if (at <= last && tokens[cue]!.lemma === 'call' && tokens[at]!.lower === 'for') at += 1;
  if (at > last) return null;
  const first = tokens[at]!;
  if (first.pos === 'PUNCT' && !/["\u201C]/.test(first.text)) return null;
  if (tokens[at + 1]?.lower === 'by' && /ed$/.test(first.lower)) return null;
  if (first.lower === 'to' || first.lower === 'for' || first.lower === 'as') return null;
  // ", adding that ...": a second attribution, not this cue's content
  if (first.pos === 'VERB' && first.lower.endsWith('ing') && (isCueVerb(first, lexicon) || lexicon.complementisers.has(tokens[at + 1]?.lower ?? ''))) return null;
  return at;
}

function quoteAt(input: RuleInput, start: number, end: number): QuoteSpan | undefined {
  return input.quotes.find((q) => q.start < end && start < q.end);
}

/** The last content token before a later cue of the same sentence (", but warned that ...", "but insisted"), or `last`. */
function lastBeforeNextCue(input: RuleInput, from: number, last: number): number {
  const { tokens, lexicon } = input;
  for (let at = from + 1; at <= last; at += 1) {
    const token = tokens[at]!;
    if (token.pos === 'CCONJ' || token.text === ';') {
      let next = at + 1;
      while (next <= last && tokens[next]!.pos === 'ADV') next += 1;
      if (next <= last && isCueVerb(tokens[next]!, lexicon, tokens[next - 1])) return tokens[at - 1]!.text === ',' ? at - 2 : at - 1;
    }
    if (token.text !== ',') continue;
    let next = at + 1;
    while (next <= last && next - at <= 10 && !isCueVerb(tokens[next]!, lexicon, tokens[next - 1])) next += 1;
    if (next > last || next - at > 10) continue;
    const between = tokens.slice(at + 1, next);
    if (between.every((t) => ['CCONJ', 'SCONJ', 'ADV', 'AUX', 'PART', 'PRON', 'DET', 'NOUN', 'PROPN', 'ADJ', 'NUM', 'ADP'].includes(t.pos))) return at - 1;
  }
  return last;
}

const OBJECT_ENDS = new Set(['because', 'after', 'while', 'when', 'as', 'since', 'although', 'though', 'but', 'despite', 'amid']);
const TIME_NOUNS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|last|this|january|february|march|april|may|june|july|august|september|october|november|december)$/;

/** The last token of an object content ("backs the plan on Monday, ..."): before a comma, a new clause or a time adverbial. */
function objectEnd(tokens: readonly Token[], start: number, last: number): number {
  for (let at = start + 1; at <= last; at += 1) {
    const token = tokens[at]!;
    const next = tokens[at + 1];
    if (token.text === ',' || OBJECT_ENDS.has(token.lower)) return at - 1;
    if (token.pos === 'CCONJ' && next !== undefined && next.pos === 'VERB') return at - 1;
    if (token.pos === 'ADP' && next !== undefined && TIME_NOUNS.test(next.lower)) return at - 1;
  }
  return last;
}

/** Whether the content is an instruction ("told residents to leave"): a "to" before any finite verb. */
function isInstruction(content: readonly Token[]): boolean {
  const verb = content.findIndex((t) => t.pos === 'VERB' || t.pos === 'AUX');
  return verb > 0 && content[verb - 1]!.lower === 'to';
}

/** "SOURCE said (that) CONTENT.", "SOURCE told X that CONTENT." and, with `inherited`, "..., but warned that CONTENT." */
function forward(input: RuleInput, sentence: Sentence, cue: number, inherited: Span | null): Proposal | null {
  const { tokens, lexicon } = input;
  const subjectEnd = skipBeforeCue(tokens, cue, sentence.first);
  // ", saying that ...", ", adding that ...": the subject is the sentence's speaker, not the words before the comma
  const participle = tokens[cue]!.lower.endsWith('ing') && tokens[cue - 1]?.text === ',';
  const phrase = participle ? null : phraseEndingAt(tokens, subjectEnd, sentence.first);
  const subject = participle && inherited === null ? sentenceSubject(tokens, sentence.first, cue) : null;
  const coordinated = phrase === null && inherited !== null && (participle || ['and', 'but', ','].includes(tokens[subjectEnd]?.lower ?? ''));
  if (phrase === null && subject === null && !coordinated) return null;
  const source = phrase !== null ? spanOf(tokens, phrase) : subject !== null ? spanOf(tokens, subject) : inherited;
  const start = contentStartAfterCue(tokens, cue, sentence.last, lexicon);
  if (start === null) return null;
  const isThat = lexicon.complementisers.has(tokens[start]!.lower);
  const lemma = cueLemmaOf(tokens[cue]!, lexicon, tokens[cue - 1], tokens[cue + 1]) ?? tokens[cue]!.lemma;
  const position = lexicon.positionVerbs.has(lemma) || (lexicon.findingVerbs.has(lemma) && !lexicon.speechVerbs.has(lemma));
  if (lexicon.beliefVerbs.has(lemma) && !lexicon.speechVerbs.has(lemma) && !isThat) {
    if (!position && !['PRON', 'DET', 'PROPN', 'NOUN', 'NUM'].includes(tokens[start]!.pos)) return null;
  }
  const clauseLast = lastBeforeNextCue(input, start, sentence.last);
  const last = position && !isThat ? objectEnd(tokens, start, clauseLast) : clauseLast;
  const end = last === sentence.last ? contentEnd(tokens, sentence, input.text) : tokens[last]!.end;
  if (end <= tokens[start]!.start) return null;
  const content = tokens.slice(start, last + 1);
  if (content.filter((t) => t.pos !== 'PUNCT').length < (position ? 1 : 2)) return null;
  // without "that", reported speech is a clause: it has a verb (a position verb takes an object instead)
  if (!isThat && !position && (!content.some((t) => t.pos === 'VERB' || t.pos === 'AUX') || isInstruction(content))) return null;
  return {
    content: [tokens[start]!.start, end],
    source,
    cue: [tokens[cue]!.start, tokens[cue]!.end],
    rule: position && !isThat ? 'position' : 'forward',
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
    // the speaker ends the sentence: ", said the minister." (not ", said heavy rains had ...")
    const after = tokens[source.last + 1];
    if (after !== undefined && source.last < sentence.last && !/^[,.;!?"\u201D]$/.test(after.text) && !TIME_WORDS.has(after.lower)) return null;
    source = withTrailingApposition(tokens, source, sentence.last);
    rule = 'inverted';
    comma = cue - 1;
  }
  if (comma <= sentence.first) return null;
  if (quoteAt(input, tokens[sentence.first]!.start, tokens[comma]!.start) !== undefined && /["\u201C\u201D]/.test(input.text.slice(tokens[sentence.first]!.start, tokens[comma]!.end))) return null;
  const contentLast = comma - 1;
  if (contentLast - sentence.first < 2) return null;
  if (!tokens.slice(sentence.first, comma).some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return null;
  return {
    content: [tokens[sentence.first]!.start, tokens[contentLast]!.end],
    source: spanOf(tokens, source),
    cue: [tokens[cue]!.start, tokens[cue]!.end],
    rule,
    cueLemma: cueLemmaOf(tokens[cue]!, lexicon, tokens[cue - 1], tokens[cue + 1]) ?? tokens[cue]!.lemma,
    score: 0.75,
  };
}

/** "According to SOURCE, CONTENT." / "CONTENT, according to SOURCE." / "X has, according to SOURCE, CONTENT." */
function according(input: RuleInput, sentence: Sentence, at: number): Proposal | null {
  const { tokens, lexicon } = input;
  const opensSentence = at === sentence.first || (at === sentence.first + 1 && tokens[sentence.first]!.pos === 'CCONJ');
  if (!opensSentence && tokens[at - 1]!.text !== ',') return null;
  const found = phraseStartingAt(tokens, at + 2, sentence.last);
  if (found === null || lexicon.notSources.has(tokens[found.last]!.lower)) return null;
  const relative = tokens[found.last + 1]?.text === ',' && ['which', 'who', 'whose'].includes(tokens[found.last + 2]?.lower ?? '');
  const source = relative ? withTrailingApposition(tokens, found, sentence.last) : found;
  const cue: Span = [tokens[at]!.start, tokens[at + 1]!.end];
  const afterSource = source.last + 1;
  const end = contentEnd(tokens, sentence, input.text);
  const after = tokens[afterSource + 1];
  const before: Span | null = at - 1 > sentence.first ? [tokens[sentence.first]!.start, tokens[at - 2]!.end] : null;
  let content: Span | null = null;
  const continues = !relative && tokens[afterSource]?.text === ',' && after !== undefined && afterSource + 1 <= sentence.last && end > after.start;
  if (continues && (opensSentence || !(after.pos === 'VERB' && after.lower.endsWith('ing')))) content = [after.start, end];
  else if (before !== null) content = before;
  if (content === null) return null;
  return { content, source: spanOf(tokens, source), cue, rule: 'according', cueLemma: 'according', score: 0.85 };
}

/** "SOURCE claimed responsibility for CONTENT." */
function responsibility(input: RuleInput, sentence: Sentence, at: number): Proposal | null {
  const { tokens } = input;
  const source = phraseEndingAt(tokens, skipBeforeCue(tokens, at, sentence.first), sentence.first) ?? sentenceSubject(tokens, sentence.first, at);
  if (source === null) return null;
  const end = contentEnd(tokens, sentence, input.text);
  const skipFor = tokens[at + 2]?.lower === 'for' ? 1 : 0;
  const contentStart = at + 2 + skipFor <= sentence.last ? at + 2 + skipFor : null;
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

const BE = new Set(['was', 'were', 'is', 'are', 'been', 'be', "'s"]);

/** "It was reported that ...", "It is understood that ...": a cue with no source in the text. */
function isAgentlessPassive(tokens: readonly Token[], at: number, lexicon: CueLexicon): boolean {
  const token = tokens[at]!;
  if (!BE.has(tokens[at - 1]?.lower ?? '') || !lexicon.complementisers.has(tokens[at + 1]?.lower ?? '')) return false;
  const lemma = token.lemma;
  return (lexicon.speechVerbs.has(lemma) || lexicon.statementVerbs.has(lemma) || lexicon.beliefVerbs.has(lemma) || ['understand', 'know', 'learn'].includes(lemma)) && /(?:ed|d|n|t)$/.test(token.lower);
}

function agentlessPassive(input: RuleInput, sentence: Sentence, at: number): Proposal {
  const { tokens } = input;
  let cueFirst = at - 1;
  while (cueFirst - 1 >= sentence.first && ['has', 'have', 'had', 'been', 'widely', 'also'].includes(tokens[cueFirst - 1]!.lower)) cueFirst -= 1;
  return { content: [tokens[at + 1]!.start, contentEnd(tokens, sentence, input.text)], source: null, cue: [tokens[cueFirst]!.start, tokens[at]!.end], rule: 'forward', cueLemma: tokens[at]!.lemma, score: 0.7 };
}

const NEGATIONS = new Set(['not', "n't", 'never', 'declined', 'refused', 'no']);

/** Whether the cue is negated or a participle modifying a noun ("did not say", "officials quoted by"). */
function isBlocked(tokens: readonly Token[], at: number): boolean {
  const before = [tokens[at - 1]?.lower, tokens[at - 2]?.lower];
  if (before.some((w) => w !== undefined && NEGATIONS.has(w))) return true;
  if (RELATIVES.has(before[0] ?? '')) return true;
  // a passive without "that" ("the responsibility of which was claimed by"): not a cue with a content
  if (['was', 'were', 'is', 'are', 'been', 'being', 'be'].includes(before[0] ?? '') && tokens[at + 1]?.lower !== 'that') return true;
  return tokens[at + 1]?.lower === 'by';
}

/** A finding verb ("show", "find", "put") is a cue when a document or organisation is its subject. */
function isFindingCue(input: RuleInput, sentence: Sentence, at: number): boolean {
  const { tokens, lexicon } = input;
  const token = tokens[at]!;
  const lemma = token.pos === 'VERB' ? token.lemma : tokens[at + 1] !== undefined && lexicon.complementisers.has(tokens[at + 1]!.lower) ? token.lower.replace(/s$/, '') : '';
  if (!lexicon.findingVerbs.has(lemma) || token.lower.endsWith('ing')) return false;
  const subject = phraseEndingAt(tokens, skipBeforeCue(tokens, at, sentence.first), sentence.first);
  if (subject === null) return false;
  return tokens.slice(subject.first, subject.last + 1).some((t) => lexicon.documentNouns.has(t.lower) || lexicon.organizationNouns.has(t.lower));
}

/** All rule proposals for one sentence, at most one per cue; cues that quotes took are skipped. */
export function sentenceProposals(input: RuleInput, sentence: Sentence): Proposal[] {
  const { tokens, lexicon } = input;
  const found: Proposal[] = [];
  for (let at = sentence.first; at <= sentence.last; at += 1) {
    const token = tokens[at]!;
    const next = tokens[at + 1];
    if (input.usedCues?.has(token.start) === true || insideQuote(input, token)) continue;
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
    if (isAgentlessPassive(tokens, at, lexicon)) {
      found.push(agentlessPassive(input, sentence, at));
      continue;
    }
    if (!(isCueVerb(token, lexicon, tokens[at - 1], next) || isFindingCue(input, sentence, at)) || isBlocked(tokens, at)) continue;
    const inherited = found[found.length - 1]?.source ?? null;
    const proposal = forward(input, sentence, at, inherited) ?? backward(input, sentence, at);
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
