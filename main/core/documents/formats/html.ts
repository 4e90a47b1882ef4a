// Web pages (saved from a browser) and HTML fragments (pasted, or made from Markdown and Word):
// metadata from the page, a strict sanitiser pass, the article found by Readability, then the
// conversion into the document schema.
import { dateOfTimestamp } from '@shared/importers/dates';
import type { FoundMeta, ParsedArticle } from '@shared/importers/parsed-article';
import { guessDirection } from '@shared/text/direction';
import { projectText } from '@shared/text/projection';
import type { DocNode } from '@shared/domain/content';
import { extractArticle } from '../html/article';
import { parseSanitised } from '../html/dom';
import { readHtmlMetadata } from '../html/html-metadata';
import { htmlToContent, type HtmlNode } from '../html/html-to-content';
import { sanitizeForImport } from '../html/sanitize';

function textOf(node: HtmlNode): string {
  if (node.nodeType === 3) return node.nodeValue ?? '';
  return Array.from(node.childNodes).map(textOf).join(' ');
}

/** Removes a first heading that only repeats the title shown above the text. */
function withoutTitleHeading(content: DocNode, title: string | undefined): DocNode {
  const [first, ...rest] = content.content;
  if (!title || first?.type !== 'heading' || rest.length === 0) return content;
  const heading = projectText({ type: 'doc', content: [first] }).replace(/\s+/g, ' ').trim();
  return heading === title.replace(/\s+/g, ' ').trim() ? { ...content, content: rest } : content;
}

/** How many images are in the tree (the converter leaves them out). */
function imagesIn(node: HtmlNode): number {
  if (node.nodeType !== 1) return 0;
  let count = node.nodeName === 'IMG' ? 1 : 0;
  for (const child of Array.from(node.childNodes)) count += imagesIn(child);
  return count;
}

/** The article from its tree: content, and the count of images left out when there are any. */
function articleOf(root: HtmlNode, meta: FoundMeta, dir: 'ltr' | 'rtl'): ParsedArticle {
  const parsed: ParsedArticle = { meta: { ...meta, dir }, content: withoutTitleHeading(htmlToContent(root, dir), meta.title) };
  const images = imagesIn(root);
  if (images > 0) parsed.imagesLeftOut = images;
  return parsed;
}

function direction(meta: FoundMeta, root: HtmlNode): 'ltr' | 'rtl' {
  return meta.dir === 'rtl' || meta.dir === 'ltr' ? meta.dir : guessDirection(textOf(root).slice(0, 20000));
}

/** A whole web page: its article and metadata. */
export function parseWebPage(html: string): ParsedArticle {
  const meta = readHtmlMetadata(html);
  const article = extractArticle(sanitizeForImport(html));
  if (!meta.title && article.title) meta.title = article.title;
  if (!meta.byline && article.byline) meta.byline = article.byline.replace(/^by\s+/i, '').trim();
  if (!meta.outlet && article.siteName) meta.outlet = article.siteName;
  if (!meta.published && article.publishedTime) meta.published = dateOfTimestamp(article.publishedTime) || undefined;
  if (!meta.language && article.lang) meta.language = article.lang;
  if (!meta.dir && (article.dir === 'rtl' || article.dir === 'ltr')) meta.dir = article.dir;
  const dir = direction(meta, article.root);
  const parsed = articleOf(article.root, meta, dir);
  if (parsed.meta.published === undefined) delete parsed.meta.published;
  return parsed;
}

/** An HTML fragment (no page around it): everything in it is content. */
export function parseHtmlFragment(html: string, meta: FoundMeta = {}): ParsedArticle {
  const { body } = parseSanitised(sanitizeForImport(html));
  const dir = direction(meta, body);
  return articleOf(body, meta, dir);
}
