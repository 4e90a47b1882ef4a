// The rules for direct quotes: a quotation's speaker and cue after it ("...," he said), before it
// (He said: "..."), or in an interruption joining two parts of one quote ("...," he said. "...").
import { type Phrase, isRelativeStart, phraseEndingAt, phraseStartingAt, sentenceSubject, skipBeforeCue, withTrailingApposition } from './noun-phrases';
import type { QuoteSpan } from './quote-pairing';
import { type Proposal, type RuleInput, type Span, cueLemmaOf, isCueVerb } from './rules';
import { type Token, firstStartingAtOrAfter } from './tokenize';

const MIN_WORDS = 4;

interface Speaker {
  source: Span | null;
  cue: Span;
  cueLemma: string;
  /** index of the last token of the attribution after a quote */
  last: number;
}

const tokenSpan = (tokens: readonly Token[], first: number, last: number): Span => [tokens[first]!.start, tokens[last]!.end];

/**
 * `"...," Jane Doe, 46, a fisherman from Kayar, told AFP`: the whole stretch between a quote and its cue
 * as the speaker with its appositions, when it opens with a noun phrase and has no verb outside an
 * aside (a relative clause, a participle after a comma). Undefined while the cue sits in an unclosed
 * relative clause (a later cue may be the speaker's), null when the stretch is no speaker.
 */
function appositiveSpeaker(tokens: readonly Token[], at: number, cue: number): Phrase | null | undefined {
  let last = skipBeforeCue(tokens, cue, at);
  if (tokens[last]?.text === ',') last -= 1;
  const opening = last > at ? phraseStartingAt(tokens, at, last) : null;
  if (opening === null || !tokens.slice(opening.last + 1, last).some((t) => t.text === ',')) return null;
  let aside = false;
  for (let index = at; index <= last; index += 1) {
    const token = tokens[index]!;
    if (token.text === ',') aside = false;
    else if (isRelativeStart(token) || (tokens[index - 1]!.text === ',' && token.pos === 'VERB' && /(?:ing|ed)$/.test(token.lower))) aside = true;
    else if (!aside && (token.pos === 'VERB' || token.pos === 'AUX')) return null;
  }
  return aside && tokens[cue - 1]?.text !== ',' ? undefined : { first: at, last };
}

/** `," he said.` / `," said the minister` / `, our correspondent detailed.` right after a quote. */
function speakerAfter(input: RuleInput, quote: QuoteSpan): Speaker | null {
  const { tokens, lexicon } = input;
  let at = firstStartingAtOrAfter(tokens, quote.end);
  const paragraph = tokens[at]?.paragraph;
  if (at >= tokens.length || tokens[at - 1]?.paragraph !== paragraph) return null;
  if (tokens[at]!.text === ',') at += 1;
  const limit = Math.min(tokens.length - 1, at + 24);
  for (let cue = at; cue <= limit && tokens[cue]!.paragraph === paragraph; cue += 1) {
    const token = tokens[cue]!;
    if (/^[.!?;"\u201C\u201D]$/.test(token.text)) return null;
    if (!isCueVerb(token, lexicon, tokens[cue - 1], tokens[cue + 1])) continue;
    const cueLemma = cueLemmaOf(token, lexicon, tokens[cue - 1], tokens[cue + 1]) ?? token.lemma;
    const before = phraseEndingAt(tokens, skipBeforeCue(tokens, cue, at), at);
    if (before !== null && before.first === at && cue - at <= 16) return { source: tokenSpan(tokens, before.first, before.last), cue: tokenSpan(tokens, cue, cue), cueLemma, last: cue };
    if (cue === at) {
      const found = phraseStartingAt(tokens, cue + 1, limit);
      const after = found === null ? null : withTrailingApposition(tokens, found, input.sentences[token.sentence]!.last);
      return { source: after === null ? null : tokenSpan(tokens, after.first, after.last), cue: tokenSpan(tokens, cue, cue), cueLemma, last: after?.last ?? cue };
    }
    const stretch = appositiveSpeaker(tokens, at, cue);
    if (stretch === undefined) continue;
    return stretch === null ? null : { source: tokenSpan(tokens, stretch.first, stretch.last), cue: tokenSpan(tokens, cue, cue), cueLemma, last: cue };
  }
  return null;
}

/** `He said: "..."` / `The group issued a statement, saying, "..."` right before a quote. */
function speakerBefore(input: RuleInput, quote: QuoteSpan): Speaker | null {
  const { tokens, lexicon } = input;
  const end = firstStartingAtOrAfter(tokens, quote.start) - 1;
  if (end < 0 || !/^[:,]$/.test(tokens[end]!.text)) return null;
  const paragraph = tokens[end]!.paragraph;
  let floor = end;
  while (floor - 1 >= 0 && tokens[floor - 1]!.paragraph === paragraph && !/^[.!?;"\u201D]$/.test(tokens[floor - 1]!.text)) floor -= 1;
  for (let cue = end - 1; cue >= Math.max(floor, end - 4); cue -= 1) {
    const token = tokens[cue]!;
    if (!isCueVerb(token, lexicon, tokens[cue - 1], tokens[cue + 1])) continue;
    let source = phraseEndingAt(tokens, skipBeforeCue(tokens, cue, floor), floor);
    if (source === null || tokens[cue - 1]?.text === ',') source = sentenceSubject(tokens, floor, cue);
    return { source: source === null ? null : tokenSpan(tokens, source.first, source.last), cue: tokenSpan(tokens, cue, cue), cueLemma: cueLemmaOf(token, lexicon, tokens[cue - 1], tokens[cue + 1]) ?? token.lemma, last: cue };
  }
  return tokens[end]!.text === ':' && endsParagraph(input, quote) ? speakerBeforeColon(input, floor, end) : null;
}

/** Whether nothing but punctuation follows the quote in its paragraph. */
function endsParagraph(input: RuleInput, quote: QuoteSpan): boolean {
  const lineEnd = input.text.indexOf('\n', quote.end);
  return /^[\s.,!?;]*$/.test(input.text.slice(quote.end, lineEnd === -1 ? input.text.length : lineEnd));
}

/**
 * A quote that ends its paragraph after a colon, its speaker the clause's subject: `He tweeted a photo
 * and the message: "..."` (the cue: "tweeted"), `The judge was blunt: "..."` and `X told the press the
 * drugs were only part of the solution: "..."` (no cue of its own: the clause has its own content).
 */
function speakerBeforeColon(input: RuleInput, floor: number, colon: number): Speaker | null {
  const { tokens, lexicon } = input;
  for (let cue = colon - 1; cue >= floor; cue -= 1) {
    const token = tokens[cue]!;
    if (!isCueVerb(token, lexicon, tokens[cue - 1], tokens[cue + 1])) continue;
    const source = phraseEndingAt(tokens, skipBeforeCue(tokens, cue, floor), floor) ?? sentenceSubject(tokens, floor, cue);
    if (source === null) return null;
    const ownContent = tokens.slice(cue + 1, colon).some((t) => t.pos === 'VERB' || t.pos === 'AUX' || lexicon.complementisers.has(t.lower));
    const cueLemma = ownContent ? '' : (cueLemmaOf(token, lexicon, tokens[cue - 1], tokens[cue + 1]) ?? token.lemma);
    return { source: tokenSpan(tokens, source.first, source.last), cue: tokenSpan(tokens, cue, cue), cueLemma, last: cue };
  }
  const subject = sentenceSubject(tokens, floor, colon);
  if (subject === null || !tokens.slice(subject.last + 1, colon).some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return null;
  return { source: tokenSpan(tokens, subject.first, subject.last), cue: [0, 0], cueLemma: '', last: colon };
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /\w/.test(w)).length;
}

/**
 * Whether `next` resumes the quotation after its attribution ("...," he said. "..."): same line, and
 * nothing but the attribution (with its adverbials and any apposition) between the two.
 */
function resumes(text: string, quote: QuoteSpan, next: QuoteSpan, speaker: Speaker): boolean {
  const gap = text.slice(quote.end, next.start);
  if (gap.includes('\n') || gap.length > 200 || speaker.cue[0] < quote.end || speaker.cue[1] > next.start) return false;
  // the attribution may end in a quote of its own ("... reading ‘Education is a right.’ “Our parents ...”")
  const attributionEnd = /[.,:;][\u2019']?\s*$/;
  return attributionEnd.test(gap) && !/[.!?;]\s/.test(text.slice(speaker.cue[1], next.start).replace(attributionEnd, '').replace(/\b(?:[A-Z]|Mr|Mrs|Ms|Dr|St|Sen|Rep|Gen|Lt|Col|Gov|Prof|U\.S|U\.N)\./g, ''));
}

/** Direct-quote proposals: one per quotation (or per quotation resumed after its cue). */
export function quoteProposals(input: RuleInput): Proposal[] {
  const { quotes, text } = input;
  const found: Proposal[] = [];
  let previous: Proposal | null = null;
  for (let index = 0; index < quotes.length; index += 1) {
    const quote = quotes[index]!;
    if (wordCount(text.slice(quote.start, quote.end)) < MIN_WORDS) continue;
    const after = quote.closed ? speakerAfter(input, quote) : null;
    let content: Span = [quote.start, quote.end];
    let speaker = after ?? speakerBefore(input, quote);
    const next = quotes[index + 1];
    if (after !== null && next !== undefined && resumes(text, quote, next, after)) {
      content = [quote.start, next.end];
      index += 1;
    }
    let score = 0.9;
    if (speaker === null) {
      const standsAlone = /^\s*$/.test(text.slice(text.lastIndexOf('\n', quote.start - 1) + 1, quote.start));
      if (!standsAlone || previous === null || text.slice(previous.content[1], quote.start).split('\n').length > 3) continue;
      speaker = { source: null, cue: [0, 0], cueLemma: '', last: -1 };
      score = 0.5;
    }
    const proposal: Proposal = {
      content,
      source: speaker.source,
      cue: speaker.cueLemma === '' ? null : speaker.cue,
      rule: 'quote',
      cueLemma: speaker.cueLemma,
      score,
    };
    found.push(proposal);
    previous = proposal;
  }
  return found;
}
