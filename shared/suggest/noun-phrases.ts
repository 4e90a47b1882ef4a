// Finding the source's noun phrase beside a cue: to its left ("the ministry said") or to its right
// ("said the ministry", "according to US figures"), with titles, names, "of"/"for" attachments
// and the anonymous-source relative clauses ("an official who asked not to be named").
import type { Token } from './tokenize';

const NOMINAL = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM', 'PRON']);
const LINKS = new Set(['of', 'for', 'in', 'at', 'from', 'with', 'within', 'inside', 'close', 'to', 'by']);
const SKIPPABLE_BEFORE_CUE = new Set(['also', 'further', 'later', 'then', 'again', 'has', 'have', 'had', 'will', 'would', 'had', 'previously', 'earlier', 'repeatedly', 'reportedly', 'recently', 'once', 'separately', 'publicly', 'privately', 'has', 'was', 'were', 'is', 'are', 'not', 'never', 'clearly', 'openly', 'strongly', 'firmly', 'explicitly', 'however', 'still', 'already', 'first', 'last', 'had', 'could', 'may', 'might', 'did', 'does', 'do']);
/** Days a tagger may read as nouns, never part of a source's name ("the ministry today announced"). */
const DAY_WORDS = new Set(['today', 'yesterday', 'tonight', 'tomorrow', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const RELATIVE_STARTS = new Set(['who', 'which', 'whose']);

/** Whether a token opens a relative clause: "who", "which", "whose", "Which", but not the acronym "(WHO)". */
export const isRelativeStart = (token: Token | undefined) => token !== undefined && RELATIVE_STARTS.has(token.lower) && token.text !== token.text.toUpperCase();
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);
const PLACE_ADVERBS = new Set(['there', 'here']);
/** time words that may follow a participle inside a noun phrase ("published last month", "a poll released Tuesday") */
const PARTICIPLE_TIMES = /^(?:last|this|earlier|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)$/;
const POSSESSIVES = new Set(['our', 'his', 'her', 'their', 'its', 'my', 'your']);
const ARTICLES = new Set(['a', 'an', 'the']);
const HEADS = new Set(['NOUN', 'PROPN', 'NUM']);

export interface Phrase {
  first: number;
  last: number;
}

function isNominal(token: Token): boolean {
  if (POSSESSIVES.has(token.lower)) return true;
  if (NOMINAL.has(token.pos)) return !(token.pos === 'PRON' && !SUBJECT_PRONOUNS.has(token.lower) && token.lower !== 'who');
  if (["'s", '\u2019s', "'", '\u2019', '-', '.', '%', '(', ')', '&'].includes(token.text)) return true;
  // a capitalised word inside a name, whatever the tagger made of it ("State Hydraulic Works")
  if (/^\p{Lu}[\p{L}-]*$/u.test(token.text) && token.pos !== 'PUNCT' && token.pos !== 'AUX') return true;
  return token.pos === 'PART' && /^['\u2019]s$/.test(token.text);
}

const isCapitalisedWord = (token: Token | undefined) => token !== undefined && token.pos !== 'PUNCT' && /^\p{Lu}/u.test(token.text);

/** Words that may come just before a name holding "and" ("the Bill and Melinda Gates Foundation", "Institute of Allergy and Infectious Diseases"). */
const BEFORE_JOINED_NAME = new Set(['the', 'of', 'for']);

/**
 * Whether the token at `at` is a conjunction inside a name, between two capitalised words, and the
 * name starts after "the", "of", "for", punctuation or the sentence's start ("Procter & Gamble"):
 * "targets in Syria and Israel said" joins two phrases, not one name.
 */
function joinsNameWords(tokens: readonly Token[], at: number, floor: number): boolean {
  const token = tokens[at];
  if (token === undefined || !(token.lower === 'and' || token.text === '&') || !isCapitalisedWord(tokens[at - 1]) || !isCapitalisedWord(tokens[at + 1])) return false;
  let start = at - 1;
  while (start - 1 >= floor && isCapitalisedWord(tokens[start - 1])) start -= 1;
  const before = start - 1 >= floor ? tokens[start - 1]! : undefined;
  return before === undefined || before.pos === 'PUNCT' || BEFORE_JOINED_NAME.has(before.lower);
}

/** Whether tokens `at` to `at + 2` are a hyphenated modifier written without spaces ("Boston-based", "state-run", "Iran-backed"). */
function isHyphenatedModifier(tokens: readonly Token[], at: number): boolean {
  // (called for most tokens of most phrases: the cheap test first, and no array to destructure)
  const hyphen = tokens[at + 1];
  if (hyphen === undefined || hyphen.text !== '-') return false;
  const before = tokens[at];
  const after = tokens[at + 2];
  if (before === undefined || after === undefined) return false;
  return before.end === hyphen.start && hyphen.end === after.start && /^[\p{L}\p{N}]/u.test(before.text) && /^\p{L}/u.test(after.text);
}

/** Whether the token opens a participle's time or agent inside a noun phrase ("published last month", "released on Friday by"). */
const opensParticipleComplement = (token: Token) => token.pos === 'ADP' || PARTICIPLE_TIMES.test(token.lower);

/** A past participle modifying a noun ("an official quoted by", "a poll released Tuesday"). */
/** Whether the verb after `at` (a determiner, possessive or adjective) describes the noun after it, inside one phrase. */
function describesNounAfter(tokens: readonly Token[], at: number, ceiling: number): boolean {
  const modifier = tokens[at + 1]!;
  if (at + 2 > ceiling || modifier.pos !== 'VERB' || !/(ing|ed)$/.test(modifier.lower)) return false;
  const before = tokens[at]!;
  const opens = before.pos === 'DET' || before.pos === 'ADJ' || POSSESSIVES.has(before.lower) || /^['\u2019]s$/.test(before.text);
  return opens && tokens[at + 2]!.pos === 'NOUN';
}

function isParticiple(token: Token): boolean {
  return (token.pos === 'VERB' || token.pos === 'ADJ') && token.lower.endsWith('ed');
}

/** The index of the first token the cue's subject may end at: skips adverbs and auxiliaries. */
export function skipBeforeCue(tokens: readonly Token[], cue: number, floor: number): number {
  let at = cue - 1;
  // a day right after a noun is skipped ("the ministry today announced"), not one after a participle ("a poll published Sunday found")
  const isDayAfterName = (token: Token, before: Token | undefined) => DAY_WORDS.has(token.lower) && (before?.pos === 'NOUN' || before?.pos === 'PROPN');
  while (at >= floor && (SKIPPABLE_BEFORE_CUE.has(tokens[at]!.lower) || isDayAfterName(tokens[at]!, tokens[at - 1]) || tokens[at]!.pos === 'ADV')) at -= 1;
  // an aside set off by commas ("One executive, speaking on condition of anonymity, said"): the source is before it
  if (tokens[at]?.text === ',') {
    let open = at - 1;
    while (open > floor && tokens[open]!.text !== ',') open -= 1;
    const first = tokens[open + 1];
    // (", citing officials," is left to citing.ts, which makes the officials the source)
    if (open > floor && tokens[open]!.text === ',' && first !== undefined && first.pos === 'VERB' && first.lower.endsWith('ing') && first.lower !== 'citing') return open;
  }
  return at;
}

/** The noun phrase ending at `last` (inclusive), not before `floor`; null when `last` is not nominal. */
export function phraseEndingAt(tokens: readonly Token[], last: number, floor: number): Phrase | null {
  // no phrase ends on a conjunction (", which he called ..., and accused": the cue shares a subject)
  if (last < floor || tokens[last]!.pos === 'CCONJ') return null;
  // "Doctors there said", "officials here": a place adverb closes the phrase
  if (PLACE_ADVERBS.has(tokens[last]!.lower) && last - 1 >= floor && tokens[last - 1]!.pos !== 'PRON' && isNominal(tokens[last - 1]!)) {
    const phrase = phraseEndingAt(tokens, last - 1, floor);
    return phrase === null ? null : { first: phrase.first, last };
  }
  let end = last;
  // an anonymous source's relative clause: "an official, who asked not to be named," / "an official who declined to be named"
  if (tokens[end]!.text === ',') end -= 1;
  const relativeClause = findRelativeStart(tokens, end, floor);
  const relative = relativeClause ?? (tokens[last]!.text === ',' ? participleAppositionStart(tokens, end, floor) : null);
  // "the strikes, which it described as ...": the cue is the relative clause's own verb, and its subject the source
  // (not after a participle: "The report, released Friday, said" is the report's)
  if (relativeClause !== null && relative! + 1 <= end && tokens.slice(relative! + 1, end + 1).every((t) => isNominal(t))) return phraseEndingAt(tokens, end, relative! + 1);
  if (relative !== null) end = relative - 1;
  if (end >= floor && tokens[end]!.text === ',') end -= 1;
  if (end < floor || !isNominal(tokens[end]!) || tokens[end]!.text === '.' || tokens[end]!.text === '-') return null;
  if (tokens[end]!.pos === 'PRON' && !POSSESSIVES.has(tokens[end]!.lower)) return { first: end, last: relative === null ? end : last };
  let first = end;
  while (first - 1 >= floor) {
    const previous = tokens[first - 1]!;
    // a spaced dash ends a dateline ("STOCKHOLM, Oct 3 - the airline said"), an unspaced one joins a name
    if (/^[-\u2013\u2014]$/.test(previous.text) && (previous.start !== tokens[first - 2]?.end || previous.end !== tokens[first]!.start)) break;
    if (isNominal(previous) && (previous.pos !== 'PRON' || POSSESSIVES.has(previous.lower))) first -= 1;
    else if (first - 3 >= floor && isHyphenatedModifier(tokens, first - 3)) first -= 3;
    // "A UN report published last month found", "a survey ... released this week by X": a participle and its time or agent
    else if (isParticiple(previous) && first - 2 >= floor && tokens[first - 2]!.pos === 'NOUN' && opensParticipleComplement(tokens[first]!)) first -= 1;
    else if (previous.pos === 'ADP' && first - 3 >= floor && isParticiple(tokens[first - 2]!) && isNominal(tokens[first - 3]!)) first -= 3;
    else if (LINKS.has(previous.lower) && first - 2 >= floor && isNominal(tokens[first - 2]!) && tokens[first - 2]!.pos !== 'PRON') first -= 2;
    else if (first - 2 >= floor && joinsNameWords(tokens, first - 1, floor)) first -= 2;
    else break;
  }
  while (first < end && (LINKS.has(tokens[first]!.lower) || tokens[first]!.pos === 'PUNCT')) first += 1;
  const endsWithComma = relative !== null && tokens[last]!.text === ',';
  const phrase = { first, last: relative === null ? end : endsWithComma ? last - 1 : last };
  // an appositive: "Jane Doe, the mayor, said"
  if (relative === null && tokens[last]!.text === ',' && first - 2 >= floor && tokens[first - 1]!.text === ',') {
    const head = phraseEndingAt(tokens, first - 2, floor);
    // a name's last word may be tagged a common noun ("Helen Park", "Tom Wood"): capitalised, it is a name
    const headLast = head === null ? undefined : tokens[head.last]!;
    const named = headLast?.pos === 'PROPN' || (headLast?.pos === 'NOUN' && isCapitalisedWord(headLast) && head!.last > head!.first) || tokens[phrase.last]!.pos === 'PROPN';
    if (head !== null && named && (head.first === floor || tokens[head.first - 1]!.text !== ',')) return { first: head.first, last: phrase.last };
  }
  return phrase;
}

/** Whether a comma between `from` and `to` is followed by a finite verb: a main clause resumed after a relative clause. */
function resumesMainClause(tokens: readonly Token[], from: number, to: number): boolean {
  for (let at = from; at < to; at += 1) {
    const next = tokens[at + 1]!;
    if (tokens[at]!.text === ',' && (next.pos === 'AUX' || (next.pos === 'VERB' && !next.lower.endsWith('ing')))) return true;
  }
  return false;
}

/**
 * Where a participle phrase set off by commas after a noun starts ("The report, released Tuesday by
 * the Labor Department, showed"): like a relative clause, it belongs to the source. `end` is its last
 * word, before the comma that closes it; null when there is none.
 */
function participleAppositionStart(tokens: readonly Token[], end: number, floor: number): number | null {
  for (let at = end; at > floor && end - at <= 20; at -= 1) {
    const token = tokens[at]!;
    if (token.text !== ',') {
      if (token.pos === 'VERB' && !isParticiple(token) && !(tokens[at - 1]?.text === ',' && isIrregularParticiple(token))) return null;
      continue;
    }
    const participle = tokens[at + 1];
    return participle !== undefined && at + 1 <= end && (isParticiple(participle) || isIrregularParticiple(participle)) && isNominal(tokens[at - 1]!) ? at + 1 : null;
  }
  return null;
}

/** A past form without "-ed" ("sent", "seen", "held", "written"): after a noun and a comma, a participle. */
function isIrregularParticiple(token: Token): boolean {
  return token.pos === 'VERB' && token.lower !== token.lemma && !/(ing|s)$/.test(token.lower);
}

function findRelativeStart(tokens: readonly Token[], end: number, floor: number): number | null {
  for (let at = end; at >= Math.max(floor, end - 25); at -= 1) {
    const token = tokens[at]!;
    const relativeThat = token.lower === 'that' && at > floor && tokens[at - 1]!.pos === 'NOUN' && tokens[at + 1]?.pos === 'VERB';
    if ((isRelativeStart(token) || relativeThat) && at > floor) {
      // a bare relative runs to the cue without a comma ("weapons that hit their targets, our correspondent" is none)
      if (tokens[at - 1]!.text !== ',' && tokens.slice(at + 1, end + 1).some((t) => t.text === ',')) return null;
      // the relative clause closed and the sentence's own verb followed ("The plant, which will make chips, is expected to ..., the company"): no subject's clause
      if (resumesMainClause(tokens, at + 1, end)) return null;
      const before = tokens[at - 1]!;
      if (before.text === ',' || isNominal(before)) return before.text === ',' ? at - 1 + 1 : at;
      return null;
    }
    if (token.text === '.' || token.text === ';' || token.text === ':') return null;
  }
  return null;
}

/**
 * The noun phrase starting at `first` and not past `ceiling` (inclusive); null when it is not nominal.
 * `nounExpected`: the words before admit only a noun phrase ("according to figures"), so a first word
 * the tagger read as a verb is taken as a noun.
 */
export function phraseStartingAt(tokens: readonly Token[], first: number, ceiling: number, nounExpected = false): Phrase | null {
  if (first > ceiling || tokens[first]!.pos === 'PUNCT') return null;
  if (!isNominal(tokens[first]!) && !(nounExpected && tokens[first]!.pos === 'VERB' && !tokens[first]!.lower.endsWith('ing'))) return null;
  let last = first;
  while (last + 1 <= ceiling) {
    const next = tokens[last + 1]!;
    // a phrase ends with its sentence ("said Priya Raman. According to...")
    if (next.sentence !== tokens[first]!.sentence) break;
    if (last + 2 <= ceiling && isHyphenatedModifier(tokens, last)) last += 2;
    // an article or other determiner after a noun starts another phrase ("told police the car had
    // been stolen", "told reporters that taps had run dry", whose "that" wink reads as a determiner)
    else if ((ARTICLES.has(next.lower) || next.pos === 'DET') && HEADS.has(tokens[last]!.pos)) break;
    else if (isNominal(next) && (next.pos !== 'PRON' || POSSESSIVES.has(next.lower)) && !(next.text === '.' && last + 1 === ceiling)) last += 1;
    // a gerund or participle between a determiner or possessive and its noun ("Alcantara's running mate", "the ruling party")
    else if (describesNounAfter(tokens, last, ceiling)) last += 1;
    else if (isParticiple(next) && tokens[last]!.pos === 'NOUN' && last + 2 <= ceiling && opensParticipleComplement(tokens[last + 2]!)) last += 1;
    else if (LINKS.has(next.lower) && next.lower !== 'on' && last + 2 <= ceiling && isNominal(tokens[last + 2]!) && tokens[last + 2]!.pos !== 'PRON') last += 2;
    // "on" only inside a name ("Commission on Elections"): after other words it opens a time or topic
    else if (next.lower === 'on' && last + 2 <= ceiling && isCapitalisedWord(tokens[last]) && isCapitalisedWord(tokens[last + 2])) last += 2;
    else if (last + 2 <= ceiling && joinsNameWords(tokens, last + 1, first)) last += 2;
    else break;
  }
  // trailing punctuation goes, but for the bracket that closes one inside the phrase ("the Commission on Elections (Comelec)")
  const closesBracket = (at: number) => tokens[at]!.text === ')' && tokens.slice(first, at).some((t) => t.text === '(');
  while (last > first && ((tokens[last]!.pos === 'PUNCT' && !closesBracket(last)) || LINKS.has(tokens[last]!.lower))) last -= 1;
  if (tokens[first]!.pos === 'PRON' && !POSSESSIVES.has(tokens[first]!.lower)) return { first, last: first };
  return { first, last };
}

/** The sentence's subject: the noun phrase that opens it, after any leading adverbials ("On Friday,"). */
export function sentenceSubject(tokens: readonly Token[], first: number, before: number): Phrase | null {
  let at = first;
  const comma = tokens.slice(first, before).findIndex((t) => t.text === ',');
  if (comma !== -1 && (tokens[first]!.pos === 'ADP' || tokens[first]!.pos === 'ADV' || tokens[first]!.pos === 'SCONJ')) at = first + comma + 1;
  const subject = phraseStartingAt(tokens, at, before - 1);
  return subject === null ? null : withAppositiveName(tokens, subject, before - 1);
}

/** A role with the name set off by commas after it, as one source ("Alcantara's running mate, Dennis Ocampo, was blunt"). */
function withAppositiveName(tokens: readonly Token[], phrase: Phrase, ceiling: number): Phrase {
  if (tokens[phrase.last]!.pos !== 'NOUN' || tokens[phrase.last + 1]?.text !== ',') return phrase;
  const name = phraseStartingAt(tokens, phrase.last + 2, ceiling);
  if (name === null || tokens[name.last + 1]?.text !== ',' || !tokens.slice(name.first, name.last + 1).every((t) => t.pos === 'PROPN')) return phrase;
  return { first: phrase.first, last: name.last };
}

/**
 * A source after its cue extended by its appositive or relative clause to the end of the sentence
 * ("said Rosa Ybarra, who works at a coffee shop across the street."), stopping before a quotation.
 */
export function withTrailingApposition(tokens: readonly Token[], phrase: Phrase, sentenceLast: number): Phrase {
  const comma = phrase.last + 1;
  if (comma + 1 > sentenceLast || tokens[comma]!.text !== ',') return phrase;
  const next = tokens[comma + 1]!;
  if (!(isRelativeStart(next) || ['DET', 'NOUN', 'ADJ', 'PROPN', 'NUM'].includes(next.pos) || POSSESSIVES.has(next.lower))) return phrase;
  let last = comma + 1;
  while (last + 1 <= sentenceLast && !/^["\u201C\u201D.;:!?]$/.test(tokens[last + 1]!.text)) last += 1;
  while (last > comma && (tokens[last]!.pos === 'PUNCT' && !/^["\u201D)]$/.test(tokens[last]!.text))) last -= 1;
  return { first: phrase.first, last };
}
