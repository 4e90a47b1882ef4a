// Finds the article in a sanitised web page with Mozilla's Readability (the reader view of
// Firefox), leaving navigation, related links and comments behind.
import { Readability } from '@mozilla/readability';
import { parseSanitised } from './dom';
import type { HtmlNode } from './html-to-content';

/** Above this size (sanitised HTML) Readability gets slow; the page's <article> or <main> is used. */
const READABILITY_LIMIT = 3_000_000;

export interface Article {
  root: HtmlNode;
  title: string;
  byline: string;
  siteName: string;
  lang: string;
  dir: string;
  publishedTime: string;
}

export function extractArticle(sanitised: string): Article {
  const page = parseSanitised(sanitised);
  const empty = { title: '', byline: '', siteName: '', lang: '', dir: '', publishedTime: '' };
  if (sanitised.length > READABILITY_LIMIT) {
    const root = page.document.querySelector('article') ?? page.document.querySelector('main') ?? page.body;
    return { ...empty, root };
  }
  const found = new Readability(page.document as never, { charThreshold: 200, keepClasses: false }).parse();
  if (!found?.content) return { ...empty, root: parseSanitised(sanitised).body };
  return {
    root: parseSanitised(found.content).body,
    title: found.title ?? '',
    byline: found.byline ?? '',
    siteName: found.siteName ?? '',
    lang: found.lang ?? '',
    dir: found.dir ?? '',
    publishedTime: found.publishedTime ?? '',
  };
}
