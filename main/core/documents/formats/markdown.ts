// Markdown: headings, emphasis, links, lists, quotes, footnotes (markdown-it and its footnote
// plugin), converted through the HTML path, so inline HTML in the Markdown is read as HTML and
// sanitised like any other. YAML front matter gives the details; else the first level-1 heading
// becomes the title, and a "By …" paragraph after it the byline.
import MarkdownIt from 'markdown-it';
import footnotes from 'markdown-it-footnote';
import type { ParsedArticle } from '@shared/importers/parsed-article';
import { splitFrontMatter } from './front-matter';
import { parseHtmlFragment } from './html';

// footnotes are kept as a numbered list at the end, their markers as the numbers in the text
const markdown = new MarkdownIt({ html: true, linkify: false, typographer: false }).use(footnotes);
// (without the plugin's "↩︎" links back to the markers, which would be words of the text)
markdown.renderer.rules.footnote_anchor = () => '';

const BYLINE = /^by\s+(.{1,200})$/i;

export function parseMarkdown(text: string): ParsedArticle {
  const { meta, body } = splitFrontMatter(text);
  const env = {};
  const tokens = markdown.parse(body, env);
  const h1 = tokens.findIndex((t) => t.type === 'heading_open' && t.tag === 'h1');
  const title = h1 >= 0 ? tokens[h1 + 1]?.content.trim() : undefined;
  if (title && !meta.title) meta.title = title;
  // A first paragraph "By Jane Doe" (right after the title) is the byline, as in the seed's text.
  const first = tokens.findIndex((t, i) => t.type === 'paragraph_open' && (h1 < 0 || i > h1));
  const byline = !meta.byline && first >= 0 && (h1 < 0 || first === h1 + 3) ? BYLINE.exec(tokens[first + 1]?.content.trim() ?? '') : null;
  if (byline) {
    meta.byline = byline[1]!.trim();
    tokens.splice(first, 3);
  }
  return parseHtmlFragment(markdown.renderer.render(tokens, markdown.options, env), meta);
}
