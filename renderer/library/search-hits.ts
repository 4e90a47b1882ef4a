// Where the search's terms are in a text: a word is a hit where it starts with a matched term,
// ignoring case and accents (the index matches prefixes and near spellings, so the terms are what it found).
// A long quote whose first hit is past what its two lines in the claims table show is shown from a
// few words before that hit, after an ellipsis, so the user sees why the claim matched.
import { arabicArticleSource } from '@shared/text/arabic-article';
import { accentInsensitiveSource } from '@shared/text/fold-accents';

/** A pattern whose one capture group is each hit (a word starting with a term, whatever its accents: the index keeps words without them), or null for no terms. */
export function hitPattern(terms: readonly string[]): RegExp | null {
  if (terms.length === 0) return null;
  return new RegExp(`((?<![\\p{L}\\p{N}])(?:${terms.map((term) => `${arabicArticleSource(term)}${accentInsensitiveSource(term)}`).join('|')})[\\p{L}\\p{N}\\p{M}]*)`, 'giu');
}

/** Characters of a quote the table's two lines show for sure, at its narrowest column (about 30 a line). */
const SHOWN_CHARACTERS = 60;
/** Characters kept before the hit, so that it is read in its words. */
const CONTEXT_BEFORE = 30;

/** The text from a few words before its first hit, after an ellipsis, when that hit starts past what the table shows in `lines` lines; else the text. */
export function fromFirstHit(text: string, pattern: RegExp | null, lines: 1 | 2 = 2): string {
  if (pattern === null) return text;
  const first = new RegExp(pattern.source, pattern.flags.replace('g', '')).exec(text);
  // one line (a note's or cue's snippet under the quote) shows half as much, with less before its hit
  const [shown, before] = lines === 2 ? [SHOWN_CHARACTERS, CONTEXT_BEFORE] : [SHOWN_CHARACTERS / 2, CONTEXT_BEFORE / 2];
  // a hit in view, or one so near the start that cutting before it would gain nothing (a long word such as an address)
  if (first === null || first.index + first[0].length <= shown || first.index <= before) return text;
  // start at a word, a little before the hit
  const space = text.indexOf(' ', Math.max(0, first.index - before));
  const start = space === -1 || space >= first.index ? first.index : space + 1;
  return `…${text.slice(start)}`;
}
