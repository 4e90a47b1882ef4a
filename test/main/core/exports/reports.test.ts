// The Markdown and HTML claim reports: metadata, counts and claims grouped by status in taxonomy
// order; hostile library text that stays text in both; and an HTML file that loads nothing and
// runs nothing. Markdown is checked by rendering it (markdown-it), HTML by parsing it (linkedom).
import { parseHTML } from 'linkedom';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import type { Evidence } from '@shared/domain/claim';
import { escapeMarkdownLine, renderMarkdownReport } from '../../../../main/core/exports/report-markdown';
import { REPORT_CSP, renderHtmlReport } from '../../../../main/core/exports/report-html';
import { seedScope } from '../../../helpers/seed-document';

const ARTICLE_URL = 'https://example.org/article';
const EVIDENCE_URL = 'https://evidence.example/report?id=7';

const HOSTILE = {
  title: '# Evil <script>alert(1)</script>',
  credit: '<img src=x onerror=alert(1)>',
  note: "<script>alert('note')</script>\n# heading\n[click](javascript:alert(1))\n<img src=x onerror=alert(2)>\n&lt;b&gt; ![i](https://tracker.example/p.png)",
  quote: 'First line <b>x</b>\n# Second line\n    indented\n1. third',
  source: '<script>src</script> [x](javascript:y)',
  tag: '<img src=x onerror=alert(3)>',
};

const evidence = (id: number, url: string, title: string, stance: Evidence['stance'], note = '', accessedAt = ''): Evidence => ({
  id: `99999999-0000-4000-8000-00000000000${id}`,
  url,
  title,
  stance,
  note,
  accessedAt,
});

/** The seed with four statuses set, an unknown status, a second empty document, and hostile text everywhere. */
function hostileScope() {
  const scope = seedScope();
  const doc = scope.documents[0]!;
  doc.meta = { ...doc.meta, title: HOSTILE.title, outlet: 'Al Mayadeen English', url: ARTICLE_URL, credit: HOSTILE.credit, license: 'CC BY 4.0' };
  const claims = doc.claims;
  const set = (i: number, status: string) => (claims[i] = { ...claims[i]!, status });
  set(0, 'false');
  set(1, 'verified');
  set(2, 'disputed');
  set(5, 'verified');
  set(8, 'retired'); // a status since deleted from the taxonomy
  claims[0] = {
    ...claims[0]!,
    note: HOSTILE.note,
    statusHistory: [{ status: 'false', at: '2026-12-02T10:00:00.000Z', note: 'Budget <b>annex</b>,\ntable 4' }],
    tags: [HOSTILE.tag, 'syria'],
    evidence: [
      evidence(1, EVIDENCE_URL, 'Report <b>bold</b>', 'refutes', 'Table 3 <i>contradicts</i> it', '2026-11-30'),
      evidence(2, 'javascript:alert(1)', '](javascript:alert(1))', 'supports'),
      evidence(3, 'mailto:desk@example.org', 'Ask the desk', 'context'),
    ],
  };
  claims[1] = { ...claims[1]!, target: { ...claims[1]!.target, exact: HOSTILE.quote } };
  scope.sources[0] = { ...scope.sources[0]!, name: HOSTILE.source };
  scope.taxonomy.statuses = scope.taxonomy.statuses.map((s) => (s.id === 'verified' ? { ...s, color: 'red;background:url(https://evil.example/x)' } : s));
  scope.documents.push({ ...doc, id: '22222222-2222-4333-8444-555555555555', meta: { ...doc.meta, title: 'Second', url: '' }, claims: [] });
  return scope;
}

type Queryable = { querySelectorAll(selector: string): ArrayLike<{ textContent: string | null }> };
const texts = (root: Queryable, selector: string) => Array.from(root.querySelectorAll(selector), (e) => e.textContent?.trim());

function markdownDom(markdown: string, linkify = false) {
  return parseHTML(`<!doctype html><html><body>${new MarkdownIt({ html: true, linkify }).render(markdown)}</body></html>`).document;
}

describe('Markdown report', () => {
  const markdown = renderMarkdownReport(hostileScope());
  const dom = markdownDom(markdown);

  it('lists each document with its metadata, counts, and claims grouped in taxonomy order', () => {
    expect(texts(dom, 'h2')).toEqual([HOSTILE.title, 'Second']);
    expect(texts(dom, 'h3')).toEqual(['Unverified (4)', 'Verified (2)', 'Disputed (1)', 'False (1)', 'retired (1)']);
    expect(texts(dom, 'table tr').map((row) => row?.replace(/\s+/g, ' '))).toEqual([
      'Status Claims',
      'Unverified 4',
      'Verified 2',
      'Disputed 1',
      'False 1',
      'retired 1',
      'Total 9',
    ]);
    expect(markdown).toContain(`- **Outlet:** Al Mayadeen English\n- **Byline:** Al Mayadeen English\n- **Published:** 2023-11-11\n- **URL:** <${ARTICLE_URL}>`);
    expect(markdown).toContain('- **Licence:** CC BY 4.0');
    expect(markdown).toMatch(/## Second\n\n- \*\*Outlet:\*\* Al Mayadeen English[\s\S]*\n\nNo claims\.\n$/);
    // when it was made, to the minute, in UTC
    expect(markdown).toContain('Generated 2026-11-20 10:00 UTC by Corroborate test.');
  });

  it('keeps claims in text order within a group, with source, attribution, cue, evidence (with its note and read date) and tags', () => {
    const verified = markdown.slice(markdown.indexOf('### Verified'), markdown.indexOf('### Disputed'));
    expect(verified.indexOf('> First line')).toBeLessThan(verified.indexOf('> Our freedom fighters'));
    const falseGroup = markdown.slice(markdown.indexOf('### False'), markdown.indexOf('### retired'));
    expect(falseGroup).toContain('- **Attribution:** Anonymous source');
    expect(falseGroup).toContain('- **Cue:** “informed sources told Al Mayadeen”');
    expect(falseGroup).toContain(`  - [Report \\<b\\>bold\\</b\\>](<${EVIDENCE_URL}>) (refutes, read 2026-11-30): Table 3 \\<i\\>contradicts\\</i\\> it`);
    expect(falseGroup).toContain('- **Tags:** \\<img src=x onerror=alert(3)\\>, syria');
    // the verdict's reason, given with the latest status change, before the note
    expect(falseGroup).toContain('- **Why this status** (2026-12-02)**:** Budget \\<b\\>annex\\</b\\>,\\\n  table 4\n- **Note:**');
  });

  it('renders hostile text as text: no HTML, no links but the article and http evidence, no extra headings', () => {
    expect(dom.querySelectorAll('script, img, iframe, object, h4, h5, h6').length).toBe(0);
    expect(dom.querySelectorAll('h1').length).toBe(1);
    expect([...dom.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([ARTICLE_URL, EVIDENCE_URL]);
    const linkified = [...markdownDom(markdown, true).querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
    expect(linkified.filter((href) => !/^(https?|mailto):/.test(href))).toEqual([]);
    expect(dom.body.textContent).toContain("<script>alert('note')</script>");
    expect(dom.body.textContent).toContain('[click](javascript:alert(1))');
    expect(dom.body.textContent).toContain('&lt;b&gt; ![i](https://tracker.example/p.png)');
    expect(texts(dom, 'h1')[0]).toBe(`Claims in 2 documents`);
  });

  it('blockquotes a multi-line quote one paragraph per line, with nothing inside turned into syntax', () => {
    const quote = [...dom.querySelectorAll('blockquote')].find((q) => q.textContent?.includes('First line'))!;
    expect(texts(quote, 'p')).toEqual(['First line <b>x</b>', '# Second line', 'indented', '1. third']);
    expect(quote.querySelectorAll('h1, ol, pre, b').length).toBe(0);
  });

  it('escapes what only counts at the start of a line', () => {
    expect(['- item', '+ item', '=== ', '12. item', '3) item', '> quote', '    code'].map(escapeMarkdownLine)).toEqual([
      '\\- item',
      '\\+ item',
      '\\===',
      '12\\. item',
      '3\\) item',
      '\\> quote',
      'code',
    ]);
    // a number that cannot open a list is left as written
    expect(['0.1.0', '2.5 million', '7.'].map(escapeMarkdownLine)).toEqual(['0.1.0', '2.5 million', '7\\.']);
  });
});

describe('HTML report', () => {
  const html = renderHtmlReport(hostileScope());
  const { document } = parseHTML(html);

  it('says when it was made to the minute, in UTC, keeping the exact time for machines', () => {
    const time = document.querySelector('.generated time');
    expect([time?.textContent, time?.getAttribute('datetime')]).toEqual(['2026-11-20 10:00 UTC', '2026-11-20T10:00:00.000Z']);
  });

  it('is a standalone HTML5 file with a strict Content-Security-Policy before any content', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    const csp = document.querySelector('meta[http-equiv="Content-Security-Policy"]');
    expect(csp?.getAttribute('content')).toBe("default-src 'none'; style-src 'unsafe-inline'");
    expect(REPORT_CSP).toBe(csp?.getAttribute('content'));
    expect([...document.head.children].slice(0, 2).map((e) => e.outerHTML)).toContain(csp?.outerHTML);
    expect(document.querySelector('meta[charset]')?.getAttribute('charset')).toBe('utf-8');
  });

  it('runs nothing and loads nothing', () => {
    expect(html).not.toMatch(/<script/i);
    expect(document.querySelectorAll('script, link, img, iframe, object, embed, base, form, svg, video, audio').length).toBe(0);
    expect(document.querySelectorAll('[src], [srcset], [action], [formaction], [data], [poster]').length).toBe(0);
    const eventAttributes = [...document.querySelectorAll('*')].flatMap((e) => e.getAttributeNames()).filter((n) => n.startsWith('on'));
    expect(eventAttributes).toEqual([]);
    const style = document.querySelector('style')!.textContent!;
    expect(style).not.toMatch(/url\(|@import|https?:/i);
    const inlineStyles = [...document.querySelectorAll('[style]')].map((e) => e.getAttribute('style'));
    for (const value of inlineStyles) expect(value).toMatch(/^(background-color|--status):#[0-9a-f]{6}$/i);
    expect(html).not.toContain('evil.example');
  });

  it('links only http(s) evidence, with rel="noopener noreferrer"', () => {
    const links = [...document.querySelectorAll('[href]')];
    expect(links.map((a) => [a.tagName.toLowerCase(), a.getAttribute('href'), a.getAttribute('rel')])).toEqual([['a', EVIDENCE_URL, 'noopener noreferrer']]);
    expect(links[0]!.closest('ul.evidence')).not.toBeNull();
    const evidence = texts(document, 'ul.evidence li');
    expect(evidence).toEqual(['Report <b>bold</b> (refutes, read 2026-11-30)Table 3 <i>contradicts</i> it', '](javascript:alert(1)) — javascript:alert(1) (supports)', 'Ask the desk — mailto:desk@example.org (context)']);
    expect(texts(document, 'dl.meta dd.url')).toEqual([ARTICLE_URL]);
  });

  it('keeps hostile library text as text', () => {
    expect(texts(document, 'h2')).toEqual([HOSTILE.title, 'Second']);
    expect(document.title).toBe('Claims in 2 documents');
    expect(document.querySelector('dd.note')?.textContent).toBe(HOSTILE.note);
    expect(texts(document, 'dd.status-note')).toEqual(['Budget <b>annex</b>,\ntable 4']);
    expect(texts(document, 'dl dt').filter((t) => t!.startsWith('Why'))).toEqual(['Why this status (2026-12-02)']);
    expect(document.body.textContent).toContain(HOSTILE.credit);
    expect(document.body.textContent).toContain(HOSTILE.source);
    expect(document.body.textContent).toContain(HOSTILE.tag);
    expect(document.querySelectorAll('b, i').length).toBe(0);
  });

  it('groups claims by status in taxonomy order, with a swatch of each status colour', () => {
    const groups = [...document.querySelectorAll('section.status-group')];
    expect(groups.map((g) => g.querySelector('h3')?.textContent?.trim())).toEqual(['Unverified (4)', 'Verified (2)', 'Disputed (1)', 'False (1)', 'retired (1)']);
    expect(groups.map((g) => g.querySelectorAll('li.claim').length)).toEqual([4, 2, 1, 1, 1]);
    expect(groups.map((g) => g.querySelector('h3 .swatch')?.getAttribute('style'))).toEqual([
      'background-color:#6b7280',
      'background-color:#64748b', // verified's colour was not a #rrggbb colour: the neutral stand-in
      'background-color:#9333ea',
      'background-color:#dc2626',
      'background-color:#64748b',
    ]);
    expect(texts(document, 'table.counts tfoot td')).toEqual(['9']);
    expect(texts(document, 'article')[1]).toContain('No claims.');
  });

  it('quotes a multi-line claim one paragraph per line, in the article language', () => {
    const quote = [...document.querySelectorAll('blockquote')].find((q) => q.textContent?.includes('First line'))!;
    expect(texts(quote, 'p')).toEqual(['First line <b>x</b>', '# Second line', 'indented', '1. third']);
    expect([quote.getAttribute('lang'), quote.getAttribute('dir')]).toEqual(['en', 'ltr']);
  });

  it('styles light, dark and print', () => {
    const style = document.querySelector('style')!.textContent!;
    expect(style).toContain('color-scheme: light dark');
    expect(style).toContain('@media (prefers-color-scheme: dark)');
    expect(style).toContain('@media print');
  });
});
