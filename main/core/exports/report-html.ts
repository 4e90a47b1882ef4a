// The claims report as one standalone, printable HTML5 file, rendered one document at a time (so
// a report streams): no scripts, no remote resources, a
// Content-Security-Policy that forbids both, inline CSS for light, dark and print. Everything from
// the library is HTML-escaped; only http(s) evidence URLs become links.
import type { DocumentMeta, StoredDocument } from '@shared/domain/document';
import { ExportLookup, type ExportScope } from '@shared/formats/export-scope';
import { evidenceDetails, metadataRows, readableTime, reportDocument, reportHeading, type ReportClaim, type ReportDocument, type ReportEvidence, type ReportHeading, type StatusGroup } from './report-model';
import { layOut, type TextLayout } from './text-layout';

export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'";

const HTML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and double- or single-quoted attribute values. */
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch] ?? ch);

/** A taxonomy colour, if it is a plain #rrggbb colour (the schema's rule, checked again here). */
const cssColor = (color: string) => (/^#[0-9a-f]{6}$/i.test(color) ? color : '#64748b');

const swatch = (color: string) => `<span class="swatch" style="background-color:${cssColor(color)}" aria-hidden="true"></span>`;

/** lang and dir attributes for text in the article's language. */
function contentLanguage(meta: DocumentMeta): string {
  const lang = meta.language !== '' ? ` lang="${escapeHtml(meta.language)}"` : '';
  return `${lang} dir="${escapeHtml(meta.dir)}"`;
}

const STYLE = `
:root { color-scheme: light dark; --fg: #1f2937; --bg: #ffffff; --muted: #4b5563; --rule: #d1d5db; --quote: #f3f4f6; --link: #1d4ed8; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #e5e7eb; --bg: #111827; --muted: #9ca3af; --rule: #374151; --quote: #1f2937; --link: #93c5fd; }
}
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 48rem; padding: 2rem 1.25rem; color: var(--fg); background: var(--bg);
  font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.35rem; margin: 2.5rem 0 .5rem; padding-top: 1.5rem; border-top: 1px solid var(--rule); }
h3 { font-size: 1.1rem; margin: 2rem 0 .5rem; }
.generated, dt, .muted, .count { color: var(--muted); }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: .5rem 0; }
dd { margin: 0; overflow-wrap: anywhere; }
.note, .status-note { white-space: pre-line; }
.swatch { display: inline-block; width: .8em; height: .8em; margin-inline-end: .4em; vertical-align: -.05em;
  border: 1px solid var(--rule); border-radius: 2px; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
table { border-collapse: collapse; margin: 1rem 0; }
th, td { padding: .2rem .75rem; border-bottom: 1px solid var(--rule); text-align: start; font-weight: normal; }
thead th, tfoot th, tfoot td { font-weight: 600; }
td { text-align: end; font-variant-numeric: tabular-nums; }
ol.claims { list-style: none; margin: 0; padding: 0; }
.claim { margin: 1rem 0 1.75rem; padding-inline-start: .75rem; border-inline-start: 4px solid var(--status, var(--rule));
  break-inside: avoid; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
blockquote { margin: 0 0 .5rem; padding: .5rem .75rem; background: var(--quote); font-family: Georgia, "Times New Roman", serif; }
blockquote p { margin: 0 0 .35rem; }
blockquote p:last-child { margin-bottom: 0; }
ul.evidence { margin: 0; padding-inline-start: 1.1rem; }
.evidence__note { white-space: pre-wrap; }
a { color: var(--link); }
@media print {
  :root { --fg: #000; --bg: #fff; --muted: #333; --rule: #999; --quote: #f3f4f6; --link: #000; }
  body { max-width: none; padding: 0; font-size: 11pt; }
  .document + .document { break-before: page; }
  h2, h3 { break-after: avoid; }
  a[href]::after { content: " <" attr(href) ">"; font-size: .85em; overflow-wrap: anywhere; }
}
`;

function evidenceItem(evidence: ReportEvidence): string {
  const title = escapeHtml(evidence.title || evidence.url || 'Untitled evidence');
  const stance = ` <span class="muted">(${escapeHtml(evidenceDetails(evidence))})</span>`;
  const note = evidence.note.trim() === '' ? '' : `<div class="evidence__note">${escapeHtml(evidence.note)}</div>`;
  if (evidence.href) return `<li><a href="${escapeHtml(evidence.href)}" rel="noopener noreferrer">${title}</a>${stance}${note}</li>`;
  const shownUrl = evidence.url !== '' && evidence.title !== '' ? ` — <span class="url">${escapeHtml(evidence.url)}</span>` : '';
  return `<li>${title}${shownUrl}${stance}${note}</li>`;
}

const field = (label: string, valueHtml: string, className = '') =>
  `<dt>${label}</dt><dd${className ? ` class="${className}"` : ''}>${valueHtml}</dd>`;

function claimItem(claim: ReportClaim, group: StatusGroup, language: string): string {
  const paragraphs = claim.quote.split(/\r\n|\r|\n/).filter((line) => line.trim() !== '');
  const sources = claim.sources.map((s) => `${escapeHtml(s.name)} <span class="muted">(${escapeHtml(s.kind)})</span>`).join('; ');
  const fields = [field('Source', sources || 'none recorded'), field('Attribution', escapeHtml(claim.attribution))];
  if (claim.cue) fields.push(field('Cue', `<q${language}>${escapeHtml(claim.cue)}</q>`));
  if (claim.statusNote !== '') fields.push(`<dt>Why this status <span class="muted">(${escapeHtml(claim.statusChanged)})</span></dt><dd class="status-note" dir="auto">${escapeHtml(claim.statusNote)}</dd>`);
  if (claim.note.trim() !== '') fields.push(`<dt>Note</dt><dd class="note" dir="auto">${escapeHtml(claim.note.trim())}</dd>`);
  if (claim.evidence.length > 0) fields.push(field('Evidence', `<ul class="evidence">${claim.evidence.map(evidenceItem).join('')}</ul>`));
  if (claim.tags.length > 0) fields.push(field('Tags', claim.tags.map(escapeHtml).join(', ')));
  return [
    `<li class="claim" style="--status:${cssColor(group.status.color)}">`,
    `<blockquote${language}>${paragraphs.map((p) => `<p dir="auto">${escapeHtml(p)}</p>`).join('')}</blockquote>`,
    `<dl>${fields.join('')}</dl>`,
    '</li>',
  ].join('\n');
}

function groupSection(group: StatusGroup, language: string): string {
  return [
    '<section class="status-group">',
    `<h3>${swatch(group.status.color)}${escapeHtml(group.status.label)} <span class="count">(${group.claims.length})</span></h3>`,
    `<ol class="claims">\n${group.claims.map((c) => claimItem(c, group, language)).join('\n')}\n</ol>`,
    '</section>',
  ].join('\n');
}

function countsTable(doc: ReportDocument): string {
  const rows = doc.groups.map((g) => `<tr><th scope="row">${swatch(g.status.color)}${escapeHtml(g.status.label)}</th><td>${g.claims.length}</td></tr>`);
  return [
    '<table class="counts">',
    '<caption class="generated">Claims by status</caption>',
    '<thead><tr><th scope="col">Status</th><th scope="col">Claims</th></tr></thead>',
    `<tbody>${rows.join('')}</tbody>`,
    `<tfoot><tr><th scope="row">Total</th><td>${doc.total}</td></tr></tfoot>`,
    '</table>',
  ].join('\n');
}

function documentSection(doc: ReportDocument): string {
  const language = contentLanguage(doc.meta);
  const rows = metadataRows(doc.meta).map((row) => field(row.label, escapeHtml(row.value), row.isUrl ? 'url' : ''));
  const parts = [`<article class="document">`, `<h2${language}>${escapeHtml(doc.meta.title || 'Untitled document')}</h2>`];
  if (rows.length > 0) parts.push(`<dl class="meta">${rows.join('')}</dl>`);
  if (doc.total === 0) parts.push('<p>No claims.</p>');
  else parts.push(countsTable(doc), ...doc.groups.map((g) => groupSection(g, language)));
  parts.push('</article>');
  return parts.join('\n');
}

/** One document's article of the report. */
export function htmlDocumentSection(doc: StoredDocument, lookup: ExportLookup): string {
  return documentSection(reportDocument(doc, lookup));
}

/** The page around the documents' articles, one per line. */
export function htmlReportLayout(heading: ReportHeading): TextLayout {
  const title = `Claims in ${heading.title}`;
  const head = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Corroborate ${escapeHtml(heading.appVersion)}">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${escapeHtml(title)}</h1>
<p class="generated">Generated <time datetime="${escapeHtml(heading.generatedAt)}">${escapeHtml(readableTime(heading.generatedAt))}</time> by Corroborate ${escapeHtml(heading.appVersion)}.</p>
</header>
<main>
`;
  return { head, separator: '\n', tail: '\n</main>\n</body>\n</html>\n' };
}

/** The report of documents in memory, as a complete HTML document. */
export function renderHtmlReport(scope: ExportScope): string {
  const lookup = new ExportLookup(scope);
  return layOut(htmlReportLayout(reportHeading(scope)), scope.documents.map((doc) => htmlDocumentSection(doc, lookup)));
}
