// Plain-text articles into documents. Understands the seed's header conventions (a first line
// "date YYYY-MM-DD Title", then "By ...", then a time stamp such as "Today 12:59"), a first line
// "YYYY-MM-DD Headline", a leading
// dateline ("Thursday, August 15, 2019"), a leading headline (headline.ts), and both blank-line and
// line-per-paragraph layouts.
import { paragraph, type ParagraphNode } from '../domain/content';
import { guessDirection } from '../text/direction';
import { parseDateline } from './dates';
import { datedHeadline, isHeadline, isUnderTitleLine, readUnderTitle } from './headline';
import type { FoundMeta, ParsedArticle } from './parsed-article';

const SEED_HEADER = /^date\s+(\d{4}-\d{2}-\d{2})\s+(.+)$/i;

/** Normalises line ends and strips a byte-order mark and control characters. */
export function normalizeText(raw: string): string {
  return raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    // eslint-disable-next-line no-control-regex -- removing control characters is the point
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
    .replace(/\u2028|\u2029/g, '\n');
}

const hasBlankLines = (text: string) => /\n[ \t]*\n/.test(text.trim());

interface Header {
  /** The line the body starts at. */
  bodyStart: number;
  /** The line from which the layout (blank lines between paragraphs, or not) is judged. */
  layoutFrom: number;
}

/**
 * A first-line headline and the lines under it, when more text follows them. In a blank-line
 * layout the headline is the first block (its lines joined), up to a byline or date line.
 */
function readHeadline(lines: string[], first: number, meta: FoundMeta): Header | null {
  let end = first + 1;
  if (hasBlankLines(lines.slice(first).join('\n'))) {
    while (end < lines.length && lines[end]!.trim() !== '' && !isUnderTitleLine(lines[end]!)) end++;
  }
  const title = lines.slice(first, end).join(' ').replace(/\s+/g, ' ').trim();
  if (!isHeadline(title)) return null;
  const found: FoundMeta = { title };
  const bodyStart = readUnderTitle(lines, end, found);
  if (lines.slice(bodyStart).every((l) => l.trim() === '')) return null;
  Object.assign(meta, found);
  // the body is laid out as the whole text is: its paragraphs are those the text had with its header
  return { bodyStart, layoutFrom: first };
}

function readHeader(lines: string[], meta: FoundMeta): Header {
  let i = 0;
  while (i < lines.length && lines[i]!.trim() === '') i++;
  const first = lines[i]?.trim() ?? '';
  const seed = SEED_HEADER.exec(first);
  const dated = seed ? null : datedHeadline(first);
  const dateline = seed || dated ? null : parseDateline(first);
  if (seed) {
    const published = parseDateline(seed[1]!);
    if (published) meta.published = published;
    meta.title = seed[2]!.trim();
  } else if (dated) {
    Object.assign(meta, dated);
  } else if (dateline) {
    meta.published = dateline;
  } else {
    return readHeadline(lines, i, meta) ?? { bodyStart: i, layoutFrom: i };
  }
  const bodyStart = readUnderTitle(lines, i + 1, meta);
  return { bodyStart, layoutFrom: bodyStart };
}

/** Lines wrapped by hand (or by a mail program) are at most about this long. */
const WRAP_WIDTH = 100;
const ENDS_SENTENCE = /[.!?]["'\u201D\u2019)]*$/;

/**
 * Whether a line is a paragraph of its own: longer than a wrapped line, with words in it (a long web
 * address on a line of its own is not), ending a sentence (text wrapped wider breaks mid-sentence).
 */
const isParagraphLine = (line: string) => line.length > WRAP_WIDTH && line.includes(' ') && ENDS_SENTENCE.test(line);

/**
 * A block's paragraphs: one per line when a line before its last is a paragraph of its own
 * (articles separated by blank lines, each laid out one paragraph per line), else its lines joined
 * (one hard-wrapped paragraph).
 */
function blockParagraphs(block: string): string[] {
  const lines = block.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  return lines.slice(0, -1).some(isParagraphLine) ? lines : [lines.join(' ')];
}

function paragraphsOf(body: string, blankLineLayout: boolean): string[] {
  if (!blankLineLayout) return body.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  return body
    .split(/\n[ \t]*\n/)
    .flatMap(blockParagraphs)
    .filter((p) => p !== '');
}

/** Parses plain text into an article. Throws nothing: empty text gives an empty paragraph list. */
export function parsePlainText(raw: string): ParsedArticle {
  const lines = normalizeText(raw).split('\n');
  const meta: FoundMeta = {};
  const { bodyStart, layoutFrom } = readHeader(lines, meta);
  const blankLineLayout = hasBlankLines(lines.slice(layoutFrom).join('\n'));
  const paragraphs = paragraphsOf(lines.slice(bodyStart).join('\n'), blankLineLayout).map((p) => p.replace(/[ \t]+/g, ' '));
  const dir = guessDirection(paragraphs.join('\n'));
  meta.dir = dir;
  // each paragraph reads in its own letters' direction: an English quotation in an Arabic article reads left to right
  const blocks: ParagraphNode[] = paragraphs.map((p) => {
    const own = /\p{L}/u.test(p) ? guessDirection(p) : dir;
    return paragraph(p, own === 'rtl' ? 'rtl' : dir === 'rtl' ? 'ltr' : undefined);
  });
  return { meta, content: { type: 'doc', content: blocks.length > 0 ? blocks : [paragraph('')] } };
}
