// Quotation marks paired into quoted spans, paragraph by paragraph: curly and guillemet pairs,
// straight double quotes taken in turn, and single quotes (curly or straight) on lines without double
// ones. A quote left open runs to the end of its paragraph, as news style does when a quotation
// continues into the next paragraph.

export interface QuoteSpan {
  /** offset of the opening mark */
  start: number;
  /** offset after the closing mark (or the paragraph's end when the quote is left open) */
  end: number;
  /** whether a closing mark was found */
  closed: boolean;
}

const OPENING = new Map([
  ['\u201C', '\u201D'],
  ['\u00AB', '\u00BB'],
  ['\u201E', '\u201C'],
  ['"', '"'],
]);
const CLOSING = new Set(['\u201D', '\u00BB', '"']);

const SINGLE_OPEN = '\u2018';
const SINGLE_CLOSE = '\u2019';
const STRAIGHT_SINGLE = "'";
const letter = /[\p{L}\p{N}]/u;
/** the characters pairSingleQuotes acts on */
const SINGLE_MARKS = /['\u2018\u2019]/g;

/** Whether a straight ' closes a quote: after the quote's words, and not a plural possessive ("the workers' union"). */
function closesStraight(text: string, at: number): boolean {
  const before = text[at - 1] ?? ' ';
  const after = text[at + 1] ?? ' ';
  if (letter.test(after) || /\s/.test(before)) return false;
  return !(before === 's' && /^\s\p{Ll}/u.test(text.slice(at + 1, at + 3)));
}

/**
 * Single quotes (‘...’ or '...') on a line without double quotes: an opening mark at a word's start,
 * closed by the first closing mark not followed by a letter (so "don’t" stays an apostrophe).
 */
function pairSingleQuotes(text: string, from: number, to: number, spans: QuoteSpan[]): void {
  let open = -1;
  // only the marks matter: the regular expression skips the other characters natively
  SINGLE_MARKS.lastIndex = from;
  for (let found = SINGLE_MARKS.exec(text); found !== null && found.index < to; found = SINGLE_MARKS.exec(text)) {
    const at = found.index;
    const mark = found[0];
    if (open === -1 && (mark === SINGLE_OPEN || (mark === STRAIGHT_SINGLE && letter.test(text[at + 1] ?? ' '))) && !letter.test(text[at - 1] ?? ' ')) open = at;
    else if (open !== -1 && (text[open] === SINGLE_OPEN ? mark === SINGLE_CLOSE && !letter.test(text[at + 1] ?? ' ') : mark === STRAIGHT_SINGLE && closesStraight(text, at))) {
      spans.push({ start: open, end: at + 1, closed: true });
      open = -1;
    }
  }
}

/** Every double-quoted span of `text` (single-quoted, curly or straight, on lines without double quotes), in order, never crossing a line break. */
export function pairQuotes(text: string): QuoteSpan[] {
  const spans = pairDoubleQuotes(text);
  for (let lineStart = 0; lineStart <= text.length; ) {
    const lineBreak = text.indexOf('\n', lineStart);
    const lineEnd = lineBreak === -1 ? text.length : lineBreak;
    const line = text.slice(lineStart, lineEnd);
    if ((line.includes(SINGLE_OPEN) || line.includes(STRAIGHT_SINGLE)) && !DOUBLE_MARK.test(line)) pairSingleQuotes(text, lineStart, lineEnd, spans);
    lineStart = lineEnd + 1;
  }
  return spans.sort((a, b) => a.start - b.start);
}

const DOUBLE_MARK = /["\u201C\u201D\u00AB\u00BB]/;
/** the characters pairDoubleQuotes acts on: line breaks, opening and closing marks (the regular expression skips the rest natively) */
const DOUBLE_PAIRING_MARKS = /[\n"\u201C\u201D\u201E\u00AB\u00BB]/g;

function pairDoubleQuotes(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open: { at: number; close: string } | null = null;
  DOUBLE_PAIRING_MARKS.lastIndex = 0;
  for (let found = DOUBLE_PAIRING_MARKS.exec(text); found !== null; found = DOUBLE_PAIRING_MARKS.exec(text)) {
    const at = found.index;
    const mark = found[0];
    if (mark === '\n') {
      if (open !== null && at - open.at > 1) spans.push({ start: open.at, end: trimEnd(text, at), closed: false });
      open = null;
    } else if (open !== null && (mark === open.close || (CLOSING.has(mark) && mark !== '"'))) {
      spans.push({ start: open.at, end: at + 1, closed: true });
      open = null;
    } else if (open === null && OPENING.has(mark)) {
      open = { at, close: OPENING.get(mark)! };
    }
  }
  if (open !== null && text.length - open.at > 1) spans.push({ start: open.at, end: trimEnd(text, text.length), closed: false });
  return spans;
}

function trimEnd(text: string, end: number): number {
  let at = end;
  while (at > 0 && /\s/.test(text[at - 1]!)) at -= 1;
  return at;
}

/** Whether a character is a quotation mark of any style (double or single). */
export function isQuoteMark(character: string): boolean {
  return OPENING.has(character) || CLOSING.has(character) || character === SINGLE_OPEN || character === SINGLE_CLOSE || character === STRAIGHT_SINGLE;
}
