// Markdown: headings, emphasis, links, lists, quotes (markdown-it), converted through the HTML
// path, so inline HTML in the Markdown is read as HTML and sanitised like any other. The first
// level-1 heading becomes the title.
import MarkdownIt from 'markdown-it';
import type { FoundMeta, ParsedArticle } from '@shared/importers/parsed-article';
import { parseHtmlFragment } from './html';

const markdown = new MarkdownIt({ html: true, linkify: false, typographer: false });

const BYLINE = /^by\s+(.{1,200})$/i;

export function parseMarkdown(text: string): ParsedArticle {
  const tokens = markdown.parse(text, {});
  const meta: FoundMeta = {};
  const h1 = tokens.findIndex((t) => t.type === 'heading_open' && t.tag === 'h1');
  const title = h1 >= 0 ? tokens[h1 + 1]?.content.trim() : undefined;
  if (title) meta.title = title;
  // A first paragraph "By Jane Doe" (right after the title) is the byline, as in the seed's text.
  const first = tokens.findIndex((t, i) => t.type === 'paragraph_open' && (h1 < 0 || i > h1));
  const byline = first >= 0 && (h1 < 0 || first === h1 + 3) ? BYLINE.exec(tokens[first + 1]?.content.trim() ?? '') : null;
  if (byline) {
    meta.byline = byline[1]!.trim();
    tokens.splice(first, 3);
  }
  return parseHtmlFragment(markdown.renderer.render(tokens, markdown.options, {}), meta);
}
