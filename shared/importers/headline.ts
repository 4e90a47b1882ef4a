// The header of an article copied as text: a headline (a short first line without final
// punctuation, with more text after it), then perhaps a "By NAME" line, a dateline and a time stamp.
// They become the title, byline and date and leave the body, as a web page's title heading does
// (formats/html.ts): the title is shown above the text, not again as its first paragraph.
import type { BlockNode } from '../domain/content';
import { projectText } from '../text/projection';
import { parseDateline } from './dates';
import type { FoundMeta, ParsedArticle } from './parsed-article';

/** "By NAME", and the same in French, Spanish, Portuguese, German, Italian, Dutch and Arabic ("Par", "Por", "Von", "Di", "Door", "بقلم"). */
const BYLINE = /^(?:by|par|por|von|di|door|\u0628\u0642\u0644\u0645)\s+(.{1,200})$/iu;
const TIME_STAMP = /^(?:(?:today|yesterday|updated|published)\b[^a-z]*)?\d{1,2}:\d{2}(?:\s*(?:am|pm|gmt|utc))?$/i;
/** At most as many words as the suggester's headline rule (shared/suggest/detect-attributions.ts). */
const HEADLINE_MAX_WORDS = 25;
const HEADLINE_MAX_LENGTH = 200;
const BYLINE_MAX_WORDS = 15;
/** Closing quotes and brackets, looked through for the punctuation before them ('"We will win."'). */
const CLOSERS = /["'\u2019\u201D\u00BB\u203A)\]\u300D\u300F]+$/u;
/** Punctuation that ends a sentence or a clause, in the scripts the app reads. */
const FINAL_PUNCTUATION = /[.!?:;,\u2026\u061F\u06D4\u3002\uFF01\uFF1F]$/u;

const words = (text: string) => text.split(/\s+/).length;

/** The name of a "By NAME" line, or null: a name, not a sentence ("By the time the police came, ..."). */
export function bylineName(line: string): string | null {
  const match = BYLINE.exec(line.trim());
  const name = match?.[1]?.trim();
  if (!name || words(name) > BYLINE_MAX_WORDS || /[!?:;,]$/.test(name) || /\p{Ll}{3,}\.$/u.test(name)) return null;
  // after another language's word a name starts with a capital ("Por eso dijo que no" is a sentence); "By the Associated Press" is English's
  if (!/^by\s/i.test(match![0]) && /^\p{Ll}/u.test(name)) return null;
  return name;
}

/** Whether a line is one that goes under a title: a byline, a date or a time stamp. */
export function isUnderTitleLine(line: string): boolean {
  const text = line.trim();
  return bylineName(text) !== null || parseDateline(text) !== null || TIME_STAMP.test(text);
}

/** Whether a line can be a headline: short, with a letter, not ending a sentence, and not a byline, date, time or address. */
export function isHeadline(line: string): boolean {
  const text = line.replace(/\s+/g, ' ').trim();
  if (text === '' || text.length > HEADLINE_MAX_LENGTH || words(text) > HEADLINE_MAX_WORDS || !/\p{L}/u.test(text)) return false;
  if (/^(?:[a-z][a-z\d+.-]*:\/\/|www\.)\S*$/i.test(text)) return false;
  return !FINAL_PUNCTUATION.test(text.replace(CLOSERS, '')) && !isUnderTitleLine(text);
}

const DATED = /^(\d{4}-\d{2}-\d{2})\s+(.+)$/;

/** A line that is a date, then a headline ("2024-03-14 Port Workers Threaten Strike"): both, or null. */
export function datedHeadline(line: string): { published: string; title: string } | null {
  const text = line.replace(/\s+/g, ' ').trim();
  const match = DATED.exec(text);
  // a date line with a time is a date line, not a headline ("2024-03-14 12:59 CET")
  if (!match || parseDateline(text) !== null) return null;
  const published = parseDateline(match[1]!);
  return published && isHeadline(match[2]!) && !/^(?:at )?\d{1,2}[:.]\d{2}\b/i.test(match[2]!) ? { published, title: match[2]! } : null;
}

/**
 * Reads the lines under a title: a "By NAME" line, a dateline (when no date is known yet) and a
 * time stamp such as "Today 12:59", each at most once, in any order, blank lines between them
 * skipped. A null line (not text: a list, a quote) ends the header. Returns the index of the first
 * line it did not take.
 */
export function readUnderTitle(lines: readonly (string | null)[], start: number, meta: FoundMeta): number {
  let end = start;
  let timeStamp = false;
  for (let i = start; i < lines.length; i++) {
    const line = lines[i]?.trim();
    if (line === '') continue;
    if (line === undefined) break;
    const byline = meta.byline === undefined ? bylineName(line) : null;
    const date = meta.published === undefined ? parseDateline(line) : null;
    if (byline !== null) meta.byline = byline;
    else if (date !== null) meta.published = date;
    else if (!timeStamp && TIME_STAMP.test(line)) timeStamp = true;
    else break;
    end = i + 1;
  }
  return end;
}

/** A block's text on one line, spaces run together. */
export const blockText = (block: BlockNode) => projectText({ type: 'doc', content: [block] }).replace(/\s+/g, ' ').trim();

/**
 * Takes a first heading, or a first paragraph that reads as a headline, as the title when more
 * text follows it, with the byline, date and time stamp under it (for pasted HTML, which has no
 * page title). An article that already has a title, or does not start so, is returned as it is.
 */
export function withHeadlineAsTitle(parsed: ParsedArticle): ParsedArticle {
  const blocks = parsed.content.content;
  const first = blocks[0];
  if (parsed.meta.title || !first) return parsed;
  const title = blockText(first);
  const headline = first.type === 'heading' ? title !== '' && title.length <= HEADLINE_MAX_LENGTH : first.type === 'paragraph' && isHeadline(title);
  if (!headline) return parsed;
  // a date written before the headline is the date, unless the article has one
  const dated = datedHeadline(title);
  const meta: FoundMeta = dated ? { published: dated.published, ...parsed.meta, title: dated.title } : { ...parsed.meta, title };
  const bodyStart = readUnderTitle(blocks.map((b) => (b.type === 'paragraph' ? blockText(b) : null)), 1, meta);
  if (blocks.slice(bodyStart).every((b) => blockText(b) === '')) return parsed;
  return { ...parsed, meta, content: { ...parsed.content, content: blocks.slice(bodyStart) } };
}
