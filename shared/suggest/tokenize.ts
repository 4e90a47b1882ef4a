// Tokens with their offsets: wink-nlp (English lite model) tokenises, splits sentences, tags parts
// of speech and lemmatises; this module ties each token back to its UTF-16 offsets in the text, and
// finds the token at an offset.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { partitionPoint } from '../text/partition-point';

export interface Token {
  /** the token as written */
  text: string;
  /** lower case of `text` */
  lower: string;
  lemma: string;
  /** universal part of speech (NOUN, VERB, PROPN, PUNCT...) */
  pos: string;
  start: number;
  end: number;
  /** index of the sentence the token is in */
  sentence: number;
  /** index of the paragraph (line) the token is in */
  paragraph: number;
}

export interface Sentence {
  /** first token index */
  first: number;
  /** last token index, inclusive */
  last: number;
  paragraph: number;
}

export interface TokenizedText {
  tokens: Token[];
  sentences: Sentence[];
}

const nlp = winkNLP(model, ['sbd', 'pos']);
const DIGIT_START = /^\d/;

/**
 * The text's line breaks, passed in order: how many lie between the tokens (and in white-space
 * tokens), found with indexOf rather than by reading every character.
 */
class LineBreaks {
  private next: number;

  constructor(private readonly text: string) {
    this.next = text.indexOf('\n');
  }

  /** How many line breaks lie from the last offset passed to `to` (they are passed). */
  countBefore(to: number): number {
    let count = 0;
    while (this.next !== -1 && this.next < to) {
      count += 1;
      this.next = this.text.indexOf('\n', this.next + 1);
    }
    return count;
  }

  /** Passes the line breaks before `to` without counting them (inside a token). */
  skipBefore(to: number): void {
    while (this.next !== -1 && this.next < to) this.next = this.text.indexOf('\n', this.next + 1);
  }
}
const its = nlp.its;

/**
 * Tokenises `text`, dropping white-space tokens. Offsets are found by walking the text; a line
 * break always ends a sentence and starts a paragraph (wink may run a sentence across lines).
 */
export function tokenize(text: string): TokenizedText {
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  // wink's typings declare `its.lemma` with a third parameter the other helpers lack
  const lemmas = doc.tokens().out(its.lemma as unknown as typeof its.value) as string[];
  const sentenceOf = new Int32Array(values.length);
  // the spans in one call: an item per sentence (each()) costs more than the sentences are worth
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  spans.forEach(([first, last], index) => sentenceOf.fill(index, first, last + 1));
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let cursor = 0;
  let paragraph = 0;
  let previousSentence = -1;
  const lineBreaks = new LineBreaks(text);
  for (let index = 0; index < values.length; index += 1) {
    const value = values[index]!;
    const at = text.indexOf(value, cursor);
    const start = at === -1 ? cursor : at;
    paragraph += lineBreaks.countBefore(start);
    if (value.length > 0 && value.trim() === '') {
      cursor = start + value.length;
      paragraph += lineBreaks.countBefore(cursor);
      continue;
    }
    const end = at === -1 ? start : start + value.length;
    lineBreaks.skipBefore(end);
    cursor = end;
    const rawSentence = sentenceOf[index]!;
    const last = sentences[sentences.length - 1];
    // wink ends a sentence inside "Sh1.2 billion" (a period with a digit right after it): no sentence ends without a space
    const previous = tokens[tokens.length - 1];
    const insideNumber = previous !== undefined && previous.text === '.' && previous.end === start && DIGIT_START.test(value);
    if (last === undefined || (rawSentence !== previousSentence && !insideNumber) || last.paragraph !== paragraph) {
      sentences.push({ first: tokens.length, last: tokens.length, paragraph });
    }
    previousSentence = rawSentence;
    sentences[sentences.length - 1]!.last = tokens.length;
    const lower = value.toLowerCase();
    tokens.push({ text: value, lower, lemma: lemmas[index] ?? lower, pos: tags[index] ?? 'X', start, end, sentence: sentences.length - 1, paragraph });
  }
  return { tokens, sentences };
}

/** The index of the first token that ends after `offset` (the token at or after it): a binary search. */
export function lowerBound(tokens: readonly Token[], offset: number): number {
  return partitionPoint(tokens.length, (at) => tokens[at]!.end <= offset);
}

/** The index of the first of `items` (tokens, quotations: in text order) that starts at or after `offset`: a binary search. */
export function firstStartingAtOrAfter(items: readonly { start: number }[], offset: number): number {
  return partitionPoint(items.length, (at) => items[at]!.start < offset);
}
