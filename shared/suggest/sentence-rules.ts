// The rules over one sentence: cue verbs (through reported-speech.ts), "according to", claims of
// responsibility, agentless passives, finding verbs; and the continuation of a report in the next sentence.
import type { CueLexicon } from './lexicon/lexicon';
import { phraseEndingAt, phraseStartingAt, sentenceSubject, skipBeforeCue, withTrailingApposition } from './noun-phrases';
import { backward, forward, objectEnd } from './reported-speech';
import { ADDRESSEE_VERBS, type Proposal, RELATIVES, type RuleInput, type Span, TIME_WORDS, contentEnd, spanOf } from './rules';
import { type Sentence, type Token, firstStartingAtOrAfter, lowerBound } from './tokenize';

const CONTRASTS = new Set(['though', 'although', 'but', 'while', 'whereas', 'despite']);
/** words a prepositional phrase after a source may hold ("published on Thursday", "in a report last week") */
const ATTACHMENT_TAGS = new Set(['ADP', 'DET', 'NOUN', 'PROPN', 'ADJ', 'NUM']);

/** The token before the comma that follows `last` within a prepositional or participle phrase of up to six words ("filed in court"), or `last`. */
function commaAfterAttachment(tokens: readonly Token[], last: number, sentenceLast: number): number {
  const next = tokens[last + 1];
  const participle = next !== undefined && (next.pos === 'VERB' || next.pos === 'ADJ') && next.lower.endsWith('ed');
  if (next === undefined || (next.pos !== 'ADP' && !participle)) return last;
  for (let at = last + (participle ? 2 : 1); at <= Math.min(sentenceLast, last + 7); at += 1) {
    if (tokens[at]!.text === ',') return at - 1;
    if (!ATTACHMENT_TAGS.has(tokens[at]!.pos)) return last;
  }
  return last;
}

/** "According to SOURCE, CONTENT." / "CONTENT, according to SOURCE." / "X has, according to SOURCE, CONTENT." */
function according(input: RuleInput, sentence: Sentence, at: number): Proposal | null {
  const { tokens, lexicon } = input;
  const opensSentence = at === sentence.first || (at === sentence.first + 1 && tokens[sentence.first]!.pos === 'CCONJ');
  if (!opensSentence && tokens[at - 1]!.text !== ',') return null;
  const phrase = phraseStartingAt(tokens, at + 2, sentence.last, true);
  if (phrase === null || lexicon.notSources.has(tokens[phrase.last]!.lower)) return null;
  // "According to a poll published on Thursday, ...": a sentence-opening source runs to its comma over a prepositional phrase
  const found = opensSentence ? { first: phrase.first, last: commaAfterAttachment(tokens, phrase.last, sentence.last) } : phrase;
  const relative = tokens[found.last + 1]?.text === ',' && ['which', 'who', 'whose'].includes(tokens[found.last + 2]?.lower ?? '');
  const source = relative ? withTrailingApposition(tokens, found, sentence.last) : found;
  const cue: Span = [tokens[at]!.start, tokens[at + 1]!.end];
  const afterSource = source.last + 1;
  const end = contentEnd(tokens, sentence, input.text);
  const after = tokens[afterSource + 1];
  const before: Span | null = at - 1 > sentence.first ? [tokens[sentence.first]!.start, tokens[at - 2]!.end] : null;
  let content: Span | null = null;
  const continues = !relative && tokens[afterSource]?.text === ',' && after !== undefined && afterSource + 1 <= sentence.last && end > after.start;
  const clauseAfter = tokens.slice(afterSource + 1, sentence.last + 1).some((t) => t.pos === 'VERB' || t.pos === 'AUX');
  // ", according to a poll, though nearly a third ...": a contrast after the source is the writer's aside
  const contrast = after !== undefined && CONTRASTS.has(after.lower);
  // mid-sentence, the words after the source are the content only when those before are no clause of
  // their own ("The minister, according to two aides, offered to resign"); after a clause they are
  // the source's description or the writer's next clause ("..., according to a survey, published on
  // Wednesday", "..., according to official figures, and the government hopes ...")
  const clauseGoesOn = continues && clauseAfter && !contrast;
  const beforeHasVerb = tokens.slice(sentence.first, at).some((t) => t.pos === 'VERB' || t.pos === 'AUX');
  // a clause left open before the comma ("operations ... have thus far, according to US figures, caused ...")
  const leftOpen = at - 2 >= sentence.first && ['AUX', 'ADV', 'PART', 'ADP', 'DET'].includes(tokens[at - 2]!.pos);
  const interrupts = clauseGoesOn && !opensSentence && !(after.pos === 'VERB' && after.lower.endsWith('ing'));
  if (clauseGoesOn && opensSentence) content = [after.start, end];
  // a subject interrupted is one content with its clause, the interruption included (GUIDE.md)
  else if (interrupts && !beforeHasVerb) content = [tokens[sentence.first]!.start, end];
  else if (interrupts && leftOpen) content = [after.start, end];
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
  const objectLast = objectEnd(tokens, contentStart, sentence.last);
  return {
    content: [tokens[contentStart]!.start, objectLast === sentence.last ? end : tokens[objectLast]!.end],
    source: spanOf(tokens, source),
    cue: [tokens[at]!.start, tokens[at + 1]!.end],
    rule: 'responsibility',
    cueLemma: 'claim',
    score: 0.85,
  };
}

const BE = new Set(['was', 'were', 'is', 'are', 'been', 'be', "'s"]);
/** verbs of an agentless passive besides the cue verbs ("it is understood that") */
const PASSIVE_KNOWING = ['understand', 'know', 'learn'];

/** The index of the passive's "be" before a cue, over adverbs ("were always told"), or -1. */
function passiveAuxiliary(tokens: readonly Token[], at: number): number {
  let auxiliary = at - 1;
  while (auxiliary > 0 && tokens[auxiliary]!.pos === 'ADV') auxiliary -= 1;
  return BE.has(tokens[auxiliary]?.lower ?? '') ? auxiliary : -1;
}

const CLAUSE_SUBJECT_TAGS = new Set(['DET', 'NOUN', 'PROPN', 'NUM', 'PRON']);

/** Whether a clause with its own verb opens at `at` ("the water was unsafe"), not an object ("the news by post"). */
function opensClause(tokens: readonly Token[], at: number, last: number): boolean {
  if (at > last || !CLAUSE_SUBJECT_TAGS.has(tokens[at]!.pos)) return false;
  for (let ahead = at + 1; ahead <= Math.min(last, at + 8); ahead += 1) {
    const token = tokens[ahead]!;
    if (token.pos === 'AUX' || (token.pos === 'VERB' && !token.lower.endsWith('ing'))) return true;
    if (token.pos === 'PUNCT' || token.pos === 'ADP' || token.pos === 'SCONJ') return false;
  }
  return false;
}

const ADVERBIAL_TAGS = new Set(['ADP', 'DET', 'NOUN', 'PROPN', 'NUM', 'ADJ']);

/** Where a passive cue's content starts: its "that", after a short time adverbial too ("It was reported last week that"), or the token after the cue. */
function passiveContentStart(tokens: readonly Token[], at: number, sentenceLast: number, lexicon: CueLexicon): number {
  if (!TIME_WORDS.has(tokens[at + 1]?.lower ?? '')) return at + 1;
  for (let ahead = at + 2; ahead <= Math.min(sentenceLast, at + 4); ahead += 1) {
    if (lexicon.complementisers.has(tokens[ahead]!.lower)) return ahead;
    if (!ADVERBIAL_TAGS.has(tokens[ahead]!.pos)) break;
  }
  return at + 1;
}

/**
 * "It was reported that ...", "It is understood that ...", "Investors were always told this was
 * risky": a cue with no source in the text, followed by "that" (after a time adverbial too) or,
 * for a verb of telling, by a clause.
 */
function isAgentlessPassive(tokens: readonly Token[], at: number, sentenceLast: number, lexicon: CueLexicon): boolean {
  const token = tokens[at]!;
  if (passiveAuxiliary(tokens, at) === -1) return false;
  const next = tokens[passiveContentStart(tokens, at, sentenceLast, lexicon)]?.lower ?? '';
  if (!lexicon.complementisers.has(next) && !(ADDRESSEE_VERBS.has(token.lemma) && opensClause(tokens, at + 1, sentenceLast))) return false;
  const lemma = token.lemma;
  return (lexicon.speechVerbs.has(lemma) || lexicon.statementVerbs.has(lemma) || lexicon.beliefVerbs.has(lemma) || PASSIVE_KNOWING.includes(lemma)) && /(?:ed|d|n|t)$/.test(token.lower);
}

function agentlessPassive(input: RuleInput, sentence: Sentence, at: number): Proposal {
  const { tokens } = input;
  let cueFirst = passiveAuxiliary(tokens, at);
  while (cueFirst - 1 >= sentence.first && ['has', 'have', 'had', 'been', 'widely', 'also'].includes(tokens[cueFirst - 1]!.lower)) cueFirst -= 1;
  const start = passiveContentStart(tokens, at, sentence.last, input.lexicon);
  return { content: [tokens[start]!.start, contentEnd(tokens, sentence, input.text)], source: null, cue: [tokens[cueFirst]!.start, tokens[at]!.end], rule: 'forward', cueLemma: tokens[at]!.lemma, score: 0.7 };
}

const NEGATIONS = new Set(['not', "n't", 'never', 'declined', 'refused', 'no']);

/** Whether the cue is negated or a participle modifying a noun ("did not say", "officials quoted by"). */
function isBlocked(tokens: readonly Token[], at: number): boolean {
  if (tokens[at]!.lower.endsWith('ing') && tokens[at - 1]?.text !== ',') return true;
  const before = [tokens[at - 1]?.lower, tokens[at - 2]?.lower];
  if (before.some((w) => w !== undefined && NEGATIONS.has(w))) return true;
  if (RELATIVES.has(before[0] ?? '')) return true;
  // a passive without "that" ("the responsibility of which was claimed by", "tenants were sometimes told"): not a cue with a content
  let auxiliary = at - 1;
  while (auxiliary > 0 && tokens[auxiliary]!.pos === 'ADV') auxiliary -= 1;
  if (['was', 'were', 'is', 'are', 'been', 'being', 'be'].includes(tokens[auxiliary]?.lower ?? '') && tokens[at + 1]?.lower !== 'that') return true;
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
  const byOrganization = ['estimate', 'forecast', 'put', 'say'].includes(lemma);
  return tokens.slice(subject.first, subject.last + 1).some((t) => lexicon.documentNouns.has(t.lower) || (byOrganization && lexicon.organizationNouns.has(t.lower)));
}

/** Tokens of an object noun phrase between a describing verb and its quoted words ("the deal", "it", "the EU's"). */
const OBJECT_PARTS = new Set(['DET', 'PRON', 'NOUN', 'PROPN', 'ADJ', 'NUM', 'PART']);

/** The lemma of a describing or judging verb ("called", "dismissed"), or null. */
function describingLemma(input: RuleInput, at: number): string | null {
  const { tokens, lexicon } = input;
  const token = tokens[at]!;
  const lemma = input.cueLemmas[at] ?? token.lemma;
  return lexicon.describingVerbs.has(lemma) || lexicon.judgingVerbs.has(lemma) ? lemma : null;
}

/**
 * "X described the deal as "a practical step"", ", calling it "a moral step"", "dismissed the claims as
 * "propaganda"": the quoted words are the content; when the quote is part of the object ("called the
 * EU's "discriminatory treatment""), the object is.
 */
function describedAs(input: RuleInput, sentence: Sentence, at: number, inherited: Span | null): Proposal | null {
  const { tokens, lexicon, quotes } = input;
  const token = tokens[at]!;
  const lemma = describingLemma(input, at);
  if (lemma === null) return null;
  const limit = tokens[Math.min(sentence.last, at + 8)]!.end;
  const quote = quotes[firstStartingAtOrAfter(quotes, token.end)];
  if (quote === undefined || quote.start >= limit) return null;
  const between: Token[] = [];
  for (let index = at + 1; index < tokens.length && tokens[index]!.end <= quote.start; index += 1) if (tokens[index]!.start > token.end) between.push(tokens[index]!);
  const afterAs = between[between.length - 1]?.lower === 'as';
  const object = afterAs ? between.slice(0, -1) : between;
  if (!object.every((t) => OBJECT_PARTS.has(t.pos) || /^['\u2019]s$/.test(t.text)) || (lexicon.judgingVerbs.has(lemma) && !afterAs)) return null;
  // the quote inside the object ("the EU's "..."") rather than after it ("it "...", "the deal as "..."")
  const inObject = !afterAs && object.length > 0 && (['DET', 'ADJ', 'PART'].includes(object[object.length - 1]!.pos) || /^['\u2019]s$/.test(object[object.length - 1]!.text));
  const participle = token.lower.endsWith('ing') && tokens[at - 1]?.text === ',';
  const phrase = participle ? null : phraseEndingAt(tokens, skipBeforeCue(tokens, at, sentence.first), sentence.first);
  const subject = phrase ?? (participle && inherited === null ? sentenceSubject(tokens, sentence.first, at) : null);
  const source = subject !== null ? spanOf(tokens, subject) : participle ? inherited : null;
  return { content: [inObject ? object[0]!.start : quote.start, quote.end], source, cue: [token.start, token.end], rule: 'quote', cueLemma: lemma, score: 0.85 };
}

/** For each token, whether it lies strictly inside a quotation (the quote rules' ground). */
function tokensInsideQuotes(input: RuleInput): Uint8Array {
  const { tokens, quotes } = input;
  const inside = new Uint8Array(tokens.length);
  for (const quote of quotes) {
    for (let index = lowerBound(tokens, quote.start); index < tokens.length && tokens[index]!.start < quote.end; index += 1) {
      if (quote.start < tokens[index]!.start && tokens[index]!.end < quote.end) inside[index] = 1;
    }
  }
  return inside;
}

const triggerSets = new WeakMap<CueLexicon, Triggers>();

/** The words a sentence rule can start at, besides the cue verbs: most tokens are none of them. */
interface Triggers {
  /** lemmas of the agentless passive, finding, describing and judging verbs, and "claim" */
  lemmas: ReadonlySet<string>;
  /** first words of the according-to phrases */
  accordingFirstWords: ReadonlySet<string>;
}

function triggersOf(lexicon: CueLexicon): Triggers {
  let triggers = triggerSets.get(lexicon);
  if (triggers === undefined) {
    const lemmas = new Set([...lexicon.speechVerbs, ...lexicon.statementVerbs, ...lexicon.beliefVerbs, ...PASSIVE_KNOWING, ...lexicon.findingVerbs, ...lexicon.describingVerbs, ...lexicon.judgingVerbs, 'claim']);
    triggers = { lemmas, accordingFirstWords: new Set(lexicon.accordingTo.map((phrase) => phrase.split(' ')[0]!)) };
    triggerSets.set(lexicon, triggers);
  }
  return triggers;
}

/** Whether a sentence rule may start at the token: a cue verb, a trigger lemma, a finding verb read as a noun before "that", or "according". */
function mayStart(input: RuleInput, at: number, triggers: Triggers): boolean {
  const token = input.tokens[at]!;
  if (input.cueLemmas[at] !== null || triggers.lemmas.has(token.lemma) || triggers.accordingFirstWords.has(token.lower)) return true;
  const next = at + 1 < input.tokens.length ? input.tokens[at + 1] : undefined;
  return next !== undefined && input.lexicon.complementisers.has(next.lower) && input.lexicon.findingVerbs.has(token.lower.replace(/s$/, ''));
}

/** The rule proposals of every sentence. */
export function allSentenceProposals(input: RuleInput): Proposal[] {
  const inside = tokensInsideQuotes(input);
  const triggers = triggersOf(input.lexicon);
  return input.sentences.flatMap((sentence) => sentenceProposals(input, sentence, inside, triggers));
}

const CLAUSE_END = new Set([',', '.', '?', '!', ';', ':']);

/**
 * The rule proposals inside quotations ("Investors were always told this was risky," he said), which
 * the sentence rules leave to the quote rules: each quoted sentence read as a sentence of its own,
 * up to its closing punctuation. Only nested attributions are taken from these.
 */
export function quotedSentenceProposals(input: RuleInput): Proposal[] {
  const { tokens } = input;
  const triggers = triggersOf(input.lexicon);
  const nowhere = new Uint8Array(tokens.length);
  const found: Proposal[] = [];
  for (const quote of input.quotes) {
    let first = lowerBound(tokens, quote.start);
    if (first < tokens.length && tokens[first]!.start === quote.start) first += 1;
    let end = first;
    while (end < tokens.length && tokens[end]!.end < quote.end) end += 1;
    // each run of one sentence's tokens inside the marks, without the punctuation that closes it
    for (let from = first; from < end; ) {
      let last = from;
      while (last + 1 < end && tokens[last + 1]!.sentence === tokens[from]!.sentence) last += 1;
      let contentLast = last;
      while (contentLast > from && CLAUSE_END.has(tokens[contentLast]!.text)) contentLast -= 1;
      if (contentLast > from) found.push(...sentenceProposals(input, { first: from, last: contentLast, paragraph: tokens[from]!.paragraph }, nowhere, triggers));
      from = last + 1;
    }
  }
  return found;
}

/** All rule proposals for one sentence, at most one per cue; cues that quotes took and words inside quotes are skipped. */
function sentenceProposals(input: RuleInput, sentence: Sentence, inside: Uint8Array, triggers: Triggers): Proposal[] {
  const { tokens, lexicon } = input;
  const found: Proposal[] = [];
  for (let at = sentence.first; at <= sentence.last; at += 1) {
    const token = tokens[at]!;
    const next = tokens[at + 1];
    if (inside[at] === 1 || !mayStart(input, at, triggers) || input.usedCues?.has(token.start) === true) continue;
    if (triggers.accordingFirstWords.has(token.lower) && lexicon.accordingTo.includes(`${token.lower} ${next?.lower ?? ''}`)) {
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
    if (isAgentlessPassive(tokens, at, sentence.last, lexicon)) {
      found.push(agentlessPassive(input, sentence, at));
      continue;
    }
    if (!(input.cueLemmas[at] !== null || isFindingCue(input, sentence, at) || describingLemma(input, at) !== null) || isBlocked(tokens, at)) continue;
    const inherited = found[found.length - 1]?.source ?? null;
    const proposal = describedAs(input, sentence, at, inherited) ?? forward(input, sentence, at, inherited) ?? backward(input, sentence, at);
    if (proposal !== null) found.push(proposal);
  }
  return found;
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
