// A news dateline at the start of a paragraph ("VIENNA (Reuters) - ", "STOCKHOLM, Oct 3 - "): the
// place (in capitals), maybe the agency and the date, then a spaced dash. It is not part of the
// claim that follows it.

// the words after the dash start a sentence: "NATO - already stretched - will" is no dateline
const DATELINE = /^\p{Lu}[\p{Lu}\p{M} .'\u2019/-]{1,40}(?:\s*\([^)\n]{1,40}\))?(?:,\s*[\p{L}\d .]{1,20})?\s+[-\u2013\u2014]{1,2}\s+(?=[\p{Lu}\d"\u201C])/u;

/** Where the text after a dateline starting at `from` begins, or `from` when there is none (a dateline opens a paragraph). */
export function afterDateline(text: string, from: number): number {
  if (from > 0 && text[from - 1] !== '\n') return from;
  const opening = text.slice(from, from + 100);
  // (most paragraphs have no dash in their first words: no dateline, and no regular expression run)
  if (!opening.includes('-') && !opening.includes('\u2013') && !opening.includes('\u2014')) return from;
  const match = DATELINE.exec(opening);
  return match === null ? from : from + match[0].length;
}
