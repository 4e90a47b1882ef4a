// Reads an article's metadata from a web page in one streaming pass (htmlparser2, fast even on a
// 10 MB page): <title>, <meta> (name, property: OpenGraph, article:*), <link rel=canonical>,
// <html lang dir>, and schema.org JSON-LD (NewsArticle, Article, BlogPosting...).
import { Parser } from 'htmlparser2';
import { dateOfTimestamp } from '@shared/importers/dates';
import type { FoundMeta } from '@shared/importers/parsed-article';
import { safeLinkUrl } from '@shared/domain/safe-url';

interface RawMeta {
  title: string;
  meta: Map<string, string>;
  canonical: string;
  lang: string;
  /** the datetime of a <time> marked as the publication's (pubdate, or itemprop="datePublished") */
  timePublished: string;
  dir: string;
  jsonLd: string[];
}

const JSON_LD_SCRIPT = /<script\b[^>]*\btype\s*=\s*["']?application\/ld\+json["']?[^>]*>([\s\S]*?)<\/script\s*>/gi;

/**
 * Metadata lives in <head> (and JSON-LD sometimes in the body): the head is parsed, the body only
 * searched for JSON-LD blocks, so a 10 MB page costs one quick scan.
 */
function collect(html: string): RawMeta {
  const headEnd = html.search(/<\/head\s*>|<body[\s>]/i);
  const raw = collectFrom(headEnd >= 0 ? html.slice(0, headEnd) : html);
  if (headEnd >= 0) for (const match of html.slice(headEnd).matchAll(JSON_LD_SCRIPT)) raw.jsonLd.push(decodeBasicEntities(match[1] ?? ''));
  if (headEnd >= 0 && !raw.timePublished) raw.timePublished = publishedTime(html.slice(headEnd));
  return raw;
}

const TIME_TAG = /<time\b[^>]*>/gi;

/** The datetime of the body's first <time> marked as the publication's (pubdate, or itemprop="datePublished"), or ''. */
function publishedTime(body: string): string {
  for (const [tag] of body.matchAll(TIME_TAG)) {
    if (!/\spubdate\b|\sitemprop\s*=\s*["']?datePublished\b/i.test(tag)) continue;
    const datetime = /\sdatetime\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(tag);
    if (datetime) return decodeBasicEntities(datetime[1] ?? datetime[2] ?? datetime[3] ?? '');
  }
  return '';
}

/** JSON-LD blocks are script text: only the odd entity needs decoding. */
function decodeBasicEntities(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

function collectFrom(html: string): RawMeta {
  const raw: RawMeta = { title: '', meta: new Map(), canonical: '', lang: '', timePublished: '', dir: '', jsonLd: [] };
  let inTitle = false;
  let jsonLdBuffer: string | null = null;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'html') {
          raw.lang = attrs.lang ?? '';
          raw.dir = attrs.dir ?? '';
        } else if (name === 'title' && !raw.title) inTitle = true;
        else if (name === 'meta') {
          const key = (attrs.property ?? attrs.name ?? attrs.itemprop ?? attrs['http-equiv'] ?? '').toLowerCase();
          if (key && attrs.content && !raw.meta.has(key)) raw.meta.set(key, attrs.content.trim());
        } else if (name === 'link' && (attrs.rel ?? '').toLowerCase().split(/\s+/).includes('canonical') && attrs.href) raw.canonical = attrs.href;
        else if (name === 'script' && (attrs.type ?? '').toLowerCase() === 'application/ld+json') jsonLdBuffer = '';
        else if (name === 'time' && !raw.timePublished && attrs.datetime && ('pubdate' in attrs || (attrs.itemprop ?? '').toLowerCase() === 'datepublished')) raw.timePublished = attrs.datetime;
      },
      ontext(text) {
        if (inTitle) raw.title += text;
        if (jsonLdBuffer !== null) jsonLdBuffer += text;
      },
      onclosetag(name) {
        if (name === 'title') inTitle = false;
        if (name === 'script' && jsonLdBuffer !== null) {
          raw.jsonLd.push(jsonLdBuffer);
          jsonLdBuffer = null;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return raw;
}

type Json = Record<string, unknown>;
const ARTICLE_TYPES = /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BlogPosting|ScholarlyArticle|Report|WebPage)$/;

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
}

function articleNodes(blocks: string[]): Json[] {
  const found: Json[] = [];
  const visit = (node: unknown) => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(visit);
    const json = node as Json;
    if (asArray(json['@type']).some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t))) found.push(json);
    visit(json['@graph']);
  };
  for (const block of blocks) {
    try {
      visit(JSON.parse(block));
    } catch {
      // a broken JSON-LD block: ignore it
    }
  }
  // articles first, a WebPage last
  return found.sort((a, b) => Number(asArray(a['@type']).includes('WebPage')) - Number(asArray(b['@type']).includes('WebPage')));
}

function names(value: unknown): string {
  return asArray(value)
    .map((v) => (typeof v === 'string' ? v : typeof v === 'object' && v && typeof (v as Json).name === 'string' ? ((v as Json).name as string) : ''))
    .filter(Boolean)
    .join(', ');
}

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

/** The metadata of a web page. Missing fields are left out. */
export function readHtmlMetadata(html: string): FoundMeta {
  const raw = collect(html);
  const [article] = articleNodes(raw.jsonLd);
  const meta = (key: string) => raw.meta.get(key) ?? '';
  const outlet = meta('og:site_name') || names(article?.publisher) || meta('application-name');
  let title = meta('og:title') || text(article?.headline) || raw.title.trim();
  if (outlet && title.endsWith(outlet)) title = title.slice(0, -outlet.length).replace(/\s*[|\-–—:·]\s*$/, '');
  const published = [meta('article:published_time'), text(article?.datePublished), meta('datepublished'), raw.timePublished, meta('date'), meta('pubdate'), meta('dc.date'), meta('dcterms.created')]
    .map(dateOfTimestamp)
    .find((d) => d !== '');
  const url = [raw.canonical, meta('og:url'), text(article?.url)].map((u) => safeLinkUrl(u)).find((u) => u && /^https?:/.test(u));
  const found: FoundMeta = {};
  if (title) found.title = title.replace(/\s+/g, ' ').slice(0, 1000);
  const byline = meta('author') || meta('article:author') || names(article?.author) || meta('dc.creator');
  if (byline && !/^https?:/.test(byline)) found.byline = byline.slice(0, 1000);
  if (outlet) found.outlet = outlet.slice(0, 500);
  if (published) found.published = published;
  if (url) found.url = url;
  // the article's own language before the page template's `lang` (a site's template says "en" on its Spanish articles too)
  const language = text(article?.inLanguage) || raw.lang || meta('og:locale').replace('_', '-') || meta('content-language');
  if (language) found.language = language.slice(0, 35);
  if (raw.dir === 'rtl' || raw.dir === 'ltr') found.dir = raw.dir;
  return found;
}
