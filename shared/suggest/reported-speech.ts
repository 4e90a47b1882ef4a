// Reported speech around a cue verb: "SOURCE said (that) CONTENT", "CONTENT, SOURCE said" and
// "CONTENT, said SOURCE"; where the content starts after the cue and where it stops.
import type { CueLexicon } from './lexicon/lexicon';
import { type Phrase, isRelativeStart, phraseEndingAt, phraseStartingAt, sentenceSubject, skipBeforeCue, withTrailingApposition } from './noun-phrases';
import type { QuoteSpan } from './quote-pairing';
import { ADDRESSEE_VERBS, type Proposal, type RuleInput, type RuleName, type Span, TIME_WORDS, contentEnd, cueLemmaOf, isCueVerb, spanOf } from './rules';
import type { Sentence, Token } from './tokenize';
import { afterDateline } from './dateline';

/** addressees that are pronouns ("told me that", "told us the border would stay closed") */
const OBJECT_PRONOUNS = new Set(['me', 'us', 'him', 'her', 'them', 'you']);

/** Skips the addressee and adverbials after a cue ("told Reuters on Friday that"): index of the content's first token. */
function contentStartAfterCue(tokens: readonly Token[], cue: number, last: number, lexicon: CueLexicon): number | null {
  let at = cue + 1;
  if (at > last) return null;
  if (ADDRESSEE_VERBS.has(tokens[cue]!.lemma)) {
    const addressee = OBJECT_PRONOUNS.has(tokens[at]!.lower) ? { last: at } : phraseStartingAt(tokens, at, last);
    if (addressee !== null) at = addressee.last + 1;
  }
  // "called on both sides to return", "called for calm": the preposition belongs to the cue (not a
  // time adverbial's "on")
  if (at > last) return null;
  const callsOn = tokens[at]!.lower === 'for' || (tokens[at]!.lower === 'on' && !TIME_NOUNS.test(tokens[at + 1]?.lower ?? ''));
  if (tokens[cue]!.lemma === 'call' && callsOn) return at + 1 <= last ? at + 1 : null;
  // "said outside the courthouse on Monday that ...": a "that" after adverbials only
  const adverbialFirst = at <= last && (tokens[at]!.pos === 'ADP' || tokens[at]!.pos === 'ADV' || tokens[at]!.text === ',');
  for (let ahead = at; adverbialFirst && ahead <= Math.min(last, at + 10); ahead += 1) {
    const token = tokens[ahead]!;
    if (lexicon.complementisers.has(token.lower)) return ahead;
    if (!['ADP', 'DET', 'NOUN', 'PROPN', 'ADJ', 'NUM', 'ADV'].includes(token.pos) && token.text !== ',') break;
  }
  // a comma between the cue and the words after it: they are an aside ("said on Wednesday, raising concern"), not the content, unless "that" follows
  let afterComma = false;
  for (let guard = 0; guard < 4 && at <= last; guard += 1) {
    const token = tokens[at]!;
    if (lexicon.complementisers.has(token.lower)) return at;
    if (token.text === ',') {
      afterComma = true;
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
  // after a time adverbial: "called on Monday for a general strike"
  if (at <= last && tokens[cue]!.lemma === 'call' && tokens[at]!.lower === 'for') at += 1;
  if (at > last) return null;
  const first = tokens[at]!;
  if (first.pos === 'PUNCT' && !/["\u201C]/.test(first.text)) return null;
  if (afterComma && !/["\u201C]/.test(first.text)) return null;
  // a passive participle with its agent ("said in a report seen by Reuters", "released by the ministry") is no reported clause
  if (tokens[at + 1]?.lower === 'by' && (/ed$/.test(first.lower) || (first.pos === 'VERB' && !first.lower.endsWith('ing')))) return null;
  if (first.lower === 'to' || first.lower === 'for' || first.lower === 'as') return null;
  // ", adding that ...": a second attribution, not this cue's content
  // ", adding that ...", "speaking on condition of anonymity": another cue or an aside, not this cue's content
  const next = tokens[at + 1];
  if (first.pos === 'VERB' && first.lower.endsWith('ing') && (isCueVerb(first, lexicon) || (next !== undefined && (lexicon.complementisers.has(next.lower) || next.pos === 'ADP')))) return null;
  if ((first.pos === 'ADP' || first.pos === 'CCONJ') && !lexicon.complementisers.has(first.lower)) return null;
  return at;
}

export function quoteAt(input: RuleInput, start: number, end: number): QuoteSpan | undefined {
  return input.quotes.find((q) => q.start < end && start < q.end);
}

/** Past forms that start a predicate without ending in "-ed" ("but gave no details", "but did not confirm"). */
const IRREGULAR_PAST = new Set(['did', 'gave', 'offered', 'made', 'took', 'kept', 'left']);

/**
 * What a source goes on to do in the same sentence, by lemma ("but declined to give details", "but
 * did not give a toll", "but cautioned against", "but gave no figures"); cue verbs count too. An
 * event ("grew, but slowed in the fourth quarter") is the content's own predicate.
 */
const SOURCE_PREDICATES = new Set(['decline', 'refuse', 'do', 'give', 'offer', 'provide', 'make', 'take', 'keep', 'leave', 'caution', 'advise', 'urge', 'stop', 'fail', 'comment', 'elaborate', 'specify', 'respond', 'reply', 'disclose', 'identify', 'name', 'welcome', 'express', 'ask', 'appeal', 'promise', 'pledge', 'vow']);

/** Whether a predicate in the past tense of the source's, without a subject of its own, starts at `at` (after adverbs). */
function startsPastPredicate(input: RuleInput, at: number, last: number): boolean {
  const { tokens, lexicon } = input;
  let first = at;
  while (first <= last && tokens[first]!.pos === 'ADV') first += 1;
  const token = tokens[first];
  if (token === undefined || first > last) return false;
  const past = (token.pos === 'VERB' && token.lower.endsWith('ed') && !isModifyingParticiple(tokens, first)) || IRREGULAR_PAST.has(token.lower);
  return past && (SOURCE_PREDICATES.has(token.lemma) || isCueVerb(token, lexicon, tokens[first - 1]));
}

/** Whether the token at `at` is the closing mark of a quotation. */
function closesQuote(input: RuleInput, at: number): boolean {
  const token = input.tokens[at];
  return token !== undefined && /^["\u201D]$/.test(token.text) && input.quotes.some((q) => q.closed && q.end === token.end && q.start < token.start);
}

/** The last content token before a later cue of the same sentence (", but warned that ...", "but insisted") or a quote after a colon, or `last`. */
function lastBeforeNextCue(input: RuleInput, from: number, last: number): number {
  const { tokens, lexicon } = input;
  const startsWithThat = lexicon.complementisers.has(tokens[from]!.lower);
  for (let at = from + 1; at <= last; at += 1) {
    const token = tokens[at]!;
    // "found that complaints were closed, and that tenants were told ...": a second "that" clause of the same cue goes on
    const conjunction = token.text === ',' ? at + 1 : at;
    if (startsWithThat && ['and', 'but'].includes(tokens[conjunction]?.lower ?? '') && lexicon.complementisers.has(tokens[conjunction + 1]?.lower ?? '')) {
      at = conjunction + 1;
      continue;
    }
    // "...were only part of the solution: "What will stop ..."": the quote after the colon is an attribution of its own
    if (token.text === ':' && /^\s*["\u201C\u2018']/.test(input.text.slice(token.end, token.end + 3))) return at - 1;
    // ", though bookmakers have ...": a contrast the article adds, not the content
    if (token.text === ',' && ['though', 'although', 'whereas'].includes(tokens[at + 1]?.lower ?? '')) return at - 1;
    // ", but declined to give details", ", but did not give a toll": the source's next predicate, not the content (GUIDE.md)
    if (token.text === ',' && tokens[at + 1]?.lower === 'but' && startsPastPredicate(input, at + 2, last)) return at - 1;
    if (token.pos === 'CCONJ' || token.text === ';') {
      let next = at + 1;
      while (next <= last && tokens[next]!.pos === 'ADV') next += 1;
      if (next <= last && isCueVerb(tokens[next]!, lexicon, tokens[next - 1])) return tokens[at - 1]!.text === ',' ? at - 2 : at - 1;
    }
    if (token.text !== ',') continue;
    // "was "a blunt instrument," while the institute warned ...": the quotation closes after the comma, and stays whole
    const closing = closesQuote(input, at + 1) ? at + 1 : null;
    const clauseStart = (closing ?? at) + 1;
    // "are "the lowest in the region," a figure his ministry has repeated": the writer's comment on the quoted words
    if (closing !== null && ['a', 'an'].includes(tokens[clauseStart]?.lower ?? '')) return closing;
    // ", which he called ...": a relative clause of the content's own noun, not another report
    if (isRelativeStart(tokens[clauseStart])) continue;
    let next = clauseStart;
    while (next <= last && next - at <= 10 && !isCueVerb(tokens[next]!, lexicon, tokens[next - 1])) next += 1;
    if (next > last || next - at > 10) continue;
    const between = tokens.slice(clauseStart, next);
    if (between.every((t) => ['CCONJ', 'SCONJ', 'ADV', 'AUX', 'PART', 'PRON', 'DET', 'NOUN', 'PROPN', 'ADJ', 'NUM', 'ADP'].includes(t.pos))) return closing ?? at - 1;
  }
  return last;
}

const OBJECT_ENDS = new Set(['because', 'after', 'while', 'when', 'as', 'since', 'although', 'though', 'but', 'despite', 'amid']);
/** Prepositions that open a manner or place adverbial after an object ("claimed the attack in a video") */
const ADVERBIAL_STARTS = new Set(['in', 'on', 'at', 'during', 'from', 'through', 'via', 'amid', 'after', 'before', 'with']);
const TIME_NOUNS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|last|this|january|february|march|april|may|june|july|august|september|october|november|december)$/;

/** Whether the token is a participle before a noun, modifying it ("rising wage costs", "armed groups"). */
const isModifyingParticiple = (tokens: readonly Token[], at: number) => tokens[at]!.pos === 'VERB' && /(?:ing|ed)$/.test(tokens[at]!.lower) && ['NOUN', 'ADJ'].includes(tokens[at + 1]?.pos ?? '');

const LIST_ITEM_TAGS = new Set(['DET', 'NOUN', 'PROPN', 'ADJ', 'NUM', 'ADP', 'PART', 'SYM']);

/**
 * Whether the comma at `comma` goes on with a list of noun phrases ("blamed weak spending, higher
 * rates and rising costs"): items without a verb up to an "and" or "or", and a last item without one.
 */
function continuesList(tokens: readonly Token[], comma: number, last: number): boolean {
  const isItemWord = (at: number) => LIST_ITEM_TAGS.has(tokens[at]!.pos) || isModifyingParticiple(tokens, at);
  let items = 0;
  for (let at = comma + 1; at <= last; at += 1) {
    const token = tokens[at]!;
    if (token.text === ',') continue;
    if ((token.lower === 'and' || token.lower === 'or') && items > 0) {
      for (let rest = at + 1; rest <= last && tokens[rest]!.text !== ','; rest += 1) if (!isItemWord(rest) && tokens[rest]!.pos !== 'PUNCT') return false;
      return at + 1 <= last && isItemWord(at + 1);
    }
    if (!isItemWord(at)) return false;
    items += 1;
  }
  return false;
}

/** The last token of an object content ("backs the plan on Monday, ..."): before a comma, a new clause or a time adverbial. */
export function objectEnd(tokens: readonly Token[], start: number, last: number): number {
  for (let at = start + 1; at <= last; at += 1) {
    const token = tokens[at]!;
    const next = tokens[at + 1];
    if (token.text === ',' && continuesList(tokens, at, last)) continue;
    if (token.text === ',' || OBJECT_ENDS.has(token.lower)) return at - 1;
    if (token.pos === 'CCONJ' && next !== undefined && next.pos === 'VERB' && !isModifyingParticiple(tokens, at + 1)) return at - 1;
    if (token.pos === 'ADP' && next !== undefined && TIME_NOUNS.test(next.lower)) return at - 1;
    if (ADVERBIAL_STARTS.has(token.lower) && next !== undefined && ['a', 'an', 'its', 'their', 'his', 'her'].includes(next.lower)) return at - 1;
  }
  return last;
}

/** Whether the content is an instruction ("told residents to leave"): a "to" before any finite verb. */
function isInstruction(content: readonly Token[]): boolean {
  const verb = content.findIndex((t) => t.pos === 'VERB' || t.pos === 'AUX');
  return verb > 0 && content[verb - 1]!.lower === 'to';
}

/**
 * The subject a cue shares with the sentence's first verb ("The ministry told fishermen to return and
 * said ...", "The group welcomed the results but said ..."): the sentence's subject, when a verb follows
 * it and `conjunction` (the token before the cue) is "and" or "but".
 */
function sharedSubject(tokens: readonly Token[], sentence: Sentence, conjunction: number): Phrase | null {
  if (!['and', 'but'].includes(tokens[conjunction]?.lower ?? '') || conjunction <= sentence.first) return null;
  const subject = sentenceSubject(tokens, sentence.first, conjunction);
  if (subject === null) return null;
  let verb = subject.last + 1;
  // an appositive between the subject and its verb: "The Nigeria Labour Congress, the country's largest union federation, backs ..."
  const appositive = tokens[verb]?.text === ',' ? phraseStartingAt(tokens, verb + 1, conjunction - 1) : null;
  if (appositive !== null && tokens[appositive.last + 1]?.text === ',') verb = appositive.last + 2;
  while (verb < conjunction && tokens[verb]!.pos === 'ADV') verb += 1;
  return verb < conjunction && (tokens[verb]!.pos === 'VERB' || tokens[verb]!.pos === 'AUX') ? subject : null;
}

/** "SOURCE said (that) CONTENT.", "SOURCE told X that CONTENT." and, with `inherited`, "..., but warned that CONTENT." */
export function forward(input: RuleInput, sentence: Sentence, cue: number, inherited: Span | null): Proposal | null {
  const { tokens, lexicon } = input;
  const subjectEnd = skipBeforeCue(tokens, cue, sentence.first);
  // ", saying that ...", ", adding that ...": the subject is the sentence's speaker, not the words before the comma
  const participle = tokens[cue]!.lower.endsWith('ing') && tokens[cue - 1]?.text === ',';
  const phrase = participle ? null : phraseEndingAt(tokens, subjectEnd, sentence.first);
  const subject = participle && inherited === null ? sentenceSubject(tokens, sentence.first, cue) : null;
  const coordinated = phrase === null && inherited !== null && (participle || ['and', 'but', ','].includes(tokens[subjectEnd]?.lower ?? ''));
  const shared = phrase === null && subject === null && !coordinated && !participle ? sharedSubject(tokens, sentence, subjectEnd) : null;
  if (phrase === null && subject === null && !coordinated && shared === null) return null;
  const source = phrase !== null ? spanOf(tokens, phrase) : subject !== null ? spanOf(tokens, subject) : shared !== null ? spanOf(tokens, shared) : inherited;
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
  // (the second half of a hyphenated modifier is no verb: "said the Kremlin-backed news agency" has no clause after the cue)
  const verb = (t: Token, index: number) => (t.pos === 'VERB' || t.pos === 'AUX') && !(index > 0 && content[index - 1]!.text === '-' && content[index - 1]!.end === t.start);
  if (!isThat && !position && (!content.some(verb) || isInstruction(content))) return null;
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
export function backward(input: RuleInput, sentence: Sentence, cue: number): Proposal | null {
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
  // "..., the firm expected to list its shares": a cue with an infinitive after it reports no content before it
  if (tokens[cue + 1]?.lower === 'to' && tokens[cue + 2]?.pos === 'VERB') return null;
  if (quoteAt(input, tokens[sentence.first]!.start, tokens[comma]!.start) !== undefined && /["\u201C\u201D]/.test(input.text.slice(tokens[sentence.first]!.start, tokens[comma]!.end))) return null;
  const contentLast = comma - 1;
  if (contentLast - sentence.first < 2) return null;
  if (!tokens.slice(sentence.first, comma).some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return null;
  const start = afterDateline(input.text, tokens[sentence.first]!.start);
  if (start >= tokens[contentLast]!.end) return null;
  return {
    content: [start, tokens[contentLast]!.end],
    source: spanOf(tokens, source),
    cue: [tokens[cue]!.start, tokens[cue]!.end],
    rule,
    cueLemma: cueLemmaOf(tokens[cue]!, lexicon, tokens[cue - 1], tokens[cue + 1]) ?? tokens[cue]!.lemma,
    score: 0.75,
  };
}

