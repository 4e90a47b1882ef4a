// A Markdown file's YAML front matter (between "---" lines at its very top, as static-site
// generators and note-taking tools write it): its title, author, date, outlet, address, language
// and licence fill the document's details, and the block itself is not part of the text. YAML is
// read with js-yaml's core schema (plain values only, nothing a file could make run); a block that
// is not valid YAML, not a mapping, or names none of those details, is left in the text as it was.
import { CORE_SCHEMA, load } from 'js-yaml';
import { safeLinkUrl } from '@shared/domain/safe-url';
import { dateOfTimestamp } from '@shared/importers/dates';
import type { FoundMeta } from '@shared/importers/parsed-article';

const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/** The keys each detail goes by in front matter, as the common tools spell them (compared in lower case). */
const KEYS: Record<Exclude<keyof FoundMeta, 'dir'>, readonly string[]> = {
  title: ['title'],
  byline: ['author', 'authors', 'byline', 'creator', 'by'],
  published: ['date', 'published', 'publishdate', 'pubdate', 'datepublished', 'published_at', 'publication_date'],
  outlet: ['outlet', 'publisher', 'publication', 'site', 'site_name', 'source'],
  url: ['url', 'link', 'canonical', 'canonical_url', 'source_url', 'original_url'],
  language: ['lang', 'language'],
  license: ['license', 'licence'],
  credit: ['credit', 'copyright', 'rights'],
};

const KNOWN_KEYS = new Set(Object.values(KEYS).flat());

/** The longest value each detail keeps (the document's limits). */
const LONGEST: Record<Exclude<keyof FoundMeta, 'dir'>, number> = { title: 1000, byline: 1000, outlet: 500, published: 100, url: 2000, language: 35, license: 500, credit: 2000 };

/**
 * A plain value as text: a string, a number, or a list of them ("authors: [A, B]"), a list only
 * one deep and of its first 20 (YAML's aliases can nest a small file into a huge value).
 */
function textOf(value: unknown, nested = false): string {
  // (a note-taking tool's wiki link, "[[Carlos Mendes]]", is the name inside it)
  if (typeof value === 'string' || typeof value === 'number') return String(value).trim().replace(/^\[\[(?:[^\]|]*\|)?([^\]]*)\]\]$/, '$1').slice(0, 2000);
  if (Array.isArray(value) && !nested) return value.slice(0, 20).map((v) => textOf(v, true)).filter((v) => v !== '').join(', ');
  if (value && typeof value === 'object' && !Array.isArray(value) && 'name' in value) return textOf((value as { name: unknown }).name, true);
  return '';
}

/** The details a front matter block gives, and the Markdown after it; the text unchanged when it has none. */
export function splitFrontMatter(text: string): { meta: FoundMeta; body: string } {
  const found = FRONT_MATTER.exec(text);
  if (!found) return { meta: {}, body: text };
  let data: unknown;
  try {
    data = load(found[1]!, { schema: CORE_SCHEMA, json: true });
  } catch {
    return { meta: {}, body: text };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return { meta: {}, body: text };
  const byKey = new Map(Object.entries(data as Record<string, unknown>).map(([key, value]) => [key.toLowerCase(), value]));
  // words between two rules that only read as YAML ("WASHINGTON (Reuters) - The ministry said: …")
  // are text: a block is front matter when it names at least one detail
  if (![...byKey.keys()].some((key) => KNOWN_KEYS.has(key))) return { meta: {}, body: text };
  const meta: FoundMeta = {};
  // a web clipper's "source:" is the page's address, not its outlet: an address goes to the URL
  const isAddress = (value: string) => /^https?:\/\//i.test(value);
  const source = textOf(byKey.get('source'));
  for (const [field, keys] of Object.entries(KEYS) as Array<[keyof typeof KEYS, readonly string[]]>) {
    const values = keys.map((key) => textOf(byKey.get(key))).filter((v) => v !== '');
    const value = field === 'url' ? (values[0] ?? (isAddress(source) ? source : undefined)) : values.find((v) => !(field === 'outlet' && isAddress(v)));
    if (value === undefined) continue;
    const clipped = value.slice(0, LONGEST[field]);
    if (field === 'published') {
      const date = dateOfTimestamp(clipped);
      if (date) meta.published = date;
    } else if (field === 'url') {
      const url = safeLinkUrl(clipped);
      if (url) meta.url = url;
    } else meta[field] = clipped;
  }
  return { meta, body: text.slice(found[0].length) };
}
