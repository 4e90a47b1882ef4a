// Plain-text articles into documents. Understands the seed's header conventions (a first line
// "date YYYY-MM-DD Title", then "By ...", then a time stamp such as "Today 12:59"), a leading
// dateline ("Thursday, August 15, 2019"), and both blank-line and line-per-paragraph layouts.
import { paragraph, type ParagraphNode } from '../domain/content';
import { guessDirection } from '../text/direction';
import { parseDateline } from './dates';
import type { FoundMeta, ParsedArticle } from './parsed-article';

const SEED_HEADER = /^date\s+(\d{4}-\d{2}-\d{2})\s+(.+)$/i;
const BYLINE = /^by\s+(.{1,200})$/i;
const TIME_STAMP = /^(?:(?:today|yesterday|updated|published)\b[^a-z]*)?\d{1,2}:\d{2}(?:\s*(?:am|pm|gmt|utc))?$/i;

/** Normalises line ends and strips a byte-order mark and control characters. */
export function normalizeText(raw: string): string {
  return raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    // eslint-disable-next-line no-control-regex -- removing control characters is the point
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
    .replace(/\u2028|\u2029/g, '\n');
}

function readHeader(lines: string[], meta: FoundMeta): number {
  let i = 0;
  while (i < lines.length && lines[i]!.trim() === '') i++;
  const first = lines[i]?.trim() ?? '';
  const seed = SEED_HEADER.exec(first);
  const dateline = seed ? null : parseDateline(first);
  if (seed) {
    const published = parseDateline(seed[1]!);
    if (published) meta.published = published;
    meta.title = seed[2]!.trim();
    i++;
  } else if (dateline) {
    meta.published = dateline;
    i++;
  } else {
    return i;
  }
  while (i < lines.length && lines[i]!.trim() === '') i++;
  const byline = BYLINE.exec(lines[i]?.trim() ?? '');
  if (byline) {
    meta.byline = byline[1]!.trim();
    i++;
  }
  while (i < lines.length && lines[i]!.trim() === '') i++;
  if (TIME_STAMP.test(lines[i]?.trim() ?? '')) i++;
  return i;
}

function paragraphsOf(body: string): string[] {
  const blankLineLayout = /\n[ \t]*\n/.test(body.trim());
  if (!blankLineLayout) return body.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  return body
    .split(/\n[ \t]*\n/)
    .map((block) => block.split('\n').map((l) => l.trim()).filter((l) => l !== '').join(' '))
    .filter((p) => p !== '');
}

/** Parses plain text into an article. Throws nothing: empty text gives an empty paragraph list. */
export function parsePlainText(raw: string): ParsedArticle {
  const lines = normalizeText(raw).split('\n');
  const meta: FoundMeta = {};
  const bodyStart = readHeader(lines, meta);
  const paragraphs = paragraphsOf(lines.slice(bodyStart).join('\n')).map((p) => p.replace(/[ \t]+/g, ' '));
  const dir = guessDirection(paragraphs.join('\n'));
  meta.dir = dir;
  const blocks: ParagraphNode[] = paragraphs.map((p) => paragraph(p, dir === 'rtl' ? 'rtl' : undefined));
  return { meta, content: { type: 'doc', content: blocks.length > 0 ? blocks : [paragraph('')] } };
}
