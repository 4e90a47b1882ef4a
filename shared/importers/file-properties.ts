// A Word or PDF file's own properties weighed against what its text says. The properties are
// often a template's or an account's ("Microsoft Word - draft3.docx", "jdoe", "IT-Admin"), and a
// file's dates are when it was made or saved, never when the article was published. The title is the
// file's when it reads as one, else the text's headline (a first heading or headline line, with the
// byline and date under it); the author is the byline only when the text has none and it reads as a
// person's name; the date comes only from the text.
import { blockText, withHeadlineAsTitle } from './headline';
import type { ParsedArticle } from './parsed-article';

export interface FileProperties {
  title?: string;
  author?: string;
  language?: string;
}

const OFFICE_PREFIX = /^Microsoft (?:Word|PowerPoint|Excel|Office Word) - /i;

/** A file's title property as a document title, or null when it reads as a file name or a draft's label ("Draft3 FINAL (2)", "report_v2.docx"). */
export function usableFileTitle(title: string | undefined): string | null {
  const text = (title ?? '').replace(OFFICE_PREFIX, '').replace(/\s+/g, ' ').trim();
  if (text === '' || !/\p{L}/u.test(text)) return null;
  const fileLike = /\.[a-z0-9]{2,4}$/i.test(text) || /_/.test(text) || /\(\d+\)$/.test(text);
  const label = /^(?:untitled|document|presentation|slide)\b/i.test(text) || /\bdraft\s*\d*\b/i.test(text) || /\bv\d+(?:\.\d+)*\b/i.test(text);
  return fileLike || label ? null : text;
}

/** Account names and defaults that Office fills in, never an article's author. */
const DEFAULT_AUTHORS = new Set(['microsoft office user', 'office user', 'windows user', 'user', 'admin', 'administrator', 'author', 'unknown']);

/** A file's author property as a byline, or null when it reads as an account ("jdoe", "IT-Admin", "comms-team") rather than a name. */
export function usableFileAuthor(author: string | undefined): string | null {
  const text = (author ?? '').replace(/\s+/g, ' ').trim();
  if (text === '' || DEFAULT_AUTHORS.has(text.toLowerCase()) || /[\d@_\\/]/.test(text)) return null;
  const words = text.split(' ');
  return words.length >= 2 && words.length <= 6 && words.every((word) => /^\p{Lu}/u.test(word) || /^(?:de|van|von|der|da|di|du|le|la|al|el|bin|ibn)$/i.test(word)) ? text : null;
}

const sameText = (a: string, b: string) => a.replace(/\s+/g, ' ').trim().toLowerCase() === b.replace(/\s+/g, ' ').trim().toLowerCase();
/** how far into a printed page its headline may come, after the site's menu line or two */
const HEADLINE_WITHIN = 3;

/**
 * A page printed to PDF: its title is "Headline | Site" and its text opens with the site's menu
 * before the headline. The headline is the title, the site the outlet, and the short lines before
 * the headline go; null when the file's title is not of that kind.
 */
function printedPage(parsed: ParsedArticle, title: string): ParsedArticle | null {
  const split = /^(.+?)\s+[|\u2013\u2014-]\s+([^|\u2013\u2014]{2,80})$/u.exec(title);
  if (!split) return null;
  const [, headline, site] = split as unknown as [string, string, string];
  const blocks = parsed.content.content;
  const at = blocks.slice(0, HEADLINE_WITHIN).findIndex((block) => sameText(blockText(block), headline));
  if (at === -1 || blocks.slice(0, at).some((block) => blockText(block).split(' ').length > 6)) return null;
  const opened = withHeadlineAsTitle({ ...parsed, content: { ...parsed.content, content: blocks.slice(at) } });
  if (opened.meta.title === undefined) return null;
  return { ...opened, meta: { ...opened.meta, ...(parsed.meta.outlet === undefined ? { outlet: site.trim() } : {}) } };
}

/** The article with its header read from the text, and the file's properties where the text says nothing. */
export function withFileProperties(parsed: ParsedArticle, file: FileProperties): ParsedArticle {
  const printed = printedPage(parsed, (file.title ?? '').trim());
  const fromText = printed ?? withHeadlineAsTitle(parsed);
  const fileTitle = usableFileTitle(file.title);
  // the file's title when it reads as one (the text's first heading may be a section's), unless the text's headline says the same
  const keepText = fromText.meta.title !== undefined && (printed !== null || fileTitle === null || sameText(fromText.meta.title, fileTitle));
  const article = keepText || fileTitle === null ? fromText : { ...parsed, meta: { ...parsed.meta, title: fileTitle } };
  const meta = { ...article.meta };
  const author = usableFileAuthor(file.author);
  if (meta.byline === undefined && author !== null) meta.byline = author;
  const language = file.language?.trim();
  if (meta.language === undefined && language) meta.language = language;
  return { ...article, meta };
}
