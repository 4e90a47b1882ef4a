// The claims report as Markdown (CommonMark/GFM): per document its metadata, counts by status and
// the claims grouped by status, rendered one document at a time (so a report streams). All library text is escaped, so a quote or note cannot make a
// link, HTML, a heading or a list; only http(s) evidence URLs become links.
import { ExportLookup, type ExportScope } from '@shared/formats/export-scope';
import type { StoredDocument } from '@shared/domain/document';
import { evidenceDetails, metadataRows, readableTime, reportDocument, reportHeading, webHref, type ReportClaim, type ReportDocument, type ReportEvidence, type ReportHeading, type StatusGroup } from './report-model';
import { layOut, type TextLayout } from './text-layout';

/** Characters that start Markdown syntax wherever they stand (emphasis, code, links, HTML, entities, tables). */
const INLINE_SYNTAX = /[\\`*_[\]<>#|~&!]/g;

/** Backslash-escapes Markdown syntax in one line of text, including what counts only at a line's start. */
export function escapeMarkdownLine(line: string): string {
  return line
    .trim()
    .replace(INLINE_SYNTAX, '\\$&')
    .replace(/:(?=\/\/)/g, '\\:') // no bare-URL autolinks (GFM)
    .replace(/\bwww\./gi, (www) => `${www.slice(0, 3)}\\.`)
    .replace(/^([-+=])/, '\\$1') // list items, setext heading underlines
    .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2'); // ordered list items ("1. ", not a version "0.1.0")
}

/** Escapes text that must stay on one line (headings, list items, table cells). */
export const escapeMarkdownInline = (text: string) => escapeMarkdownLine(text.replace(/\s+/g, ' '));

const splitLines = (text: string) => text.split(/\r\n|\r|\n/);

/** Multi-line text inside a list item: lines joined by hard breaks, paragraphs kept, all indented. */
function indentedText(text: string, indent: string): string {
  return text
    .trim()
    .split(/(?:\r\n|\r|\n)\s*(?:\r\n|\r|\n)/)
    .map((paragraph) => splitLines(paragraph.trim()).map(escapeMarkdownLine).join(`\\\n${indent}`))
    .join(`\n\n${indent}`);
}

/** A quote as a blockquote, one paragraph per line of the text. */
export function markdownBlockquote(quote: string): string {
  return splitLines(quote)
    .map(escapeMarkdownLine)
    .filter((line) => line !== '')
    .map((line) => `> ${line}`)
    .join('\n>\n');
}

function evidenceItem(evidence: ReportEvidence): string {
  const title = escapeMarkdownInline(evidence.title || evidence.url || 'Untitled evidence');
  const link = evidence.href ? `[${title}](<${evidence.href}>)` : title;
  const shownUrl = !evidence.href && evidence.url !== '' && evidence.title !== '' ? ` — ${escapeMarkdownInline(evidence.url)}` : '';
  const note = evidence.note.trim() === '' ? '' : `: ${escapeMarkdownInline(evidence.note)}`;
  return `  - ${link}${shownUrl} (${escapeMarkdownInline(evidenceDetails(evidence))})${note}`;
}

function claimBlock(claim: ReportClaim): string {
  const sources = claim.sources.map((s) => `${escapeMarkdownInline(s.name)} (${escapeMarkdownInline(s.kind)})`).join('; ');
  const fields = [
    `- **Source:** ${sources || 'none recorded'}`,
    `- **Attribution:** ${escapeMarkdownInline(claim.attribution)}`,
  ];
  if (claim.cue) fields.push(`- **Cue:** “${escapeMarkdownInline(claim.cue)}”`);
  if (claim.statusNote !== '') fields.push(`- **Why this status** (${claim.statusChanged})**:** ${indentedText(claim.statusNote, '  ')}`);
  if (claim.note.trim() !== '') fields.push(`- **Note:** ${indentedText(claim.note, '  ')}`);
  if (claim.evidence.length > 0) fields.push('- **Evidence:**', ...claim.evidence.map(evidenceItem));
  if (claim.tags.length > 0) fields.push(`- **Tags:** ${claim.tags.map(escapeMarkdownInline).join(', ')}`);
  return `${markdownBlockquote(claim.quote)}\n\n${fields.join('\n')}`;
}

function groupSection(group: StatusGroup): string {
  const heading = `### ${escapeMarkdownInline(group.status.label)} (${group.claims.length})`;
  return [heading, ...group.claims.map(claimBlock)].join('\n\n');
}

function countsTable(doc: ReportDocument): string {
  const rows = doc.groups.map((g) => `| ${escapeMarkdownInline(g.status.label)} | ${g.claims.length} |`);
  return ['| Status | Claims |', '| --- | ---: |', ...rows, `| **Total** | **${doc.total}** |`].join('\n');
}

function metadataList(doc: ReportDocument): string {
  return metadataRows(doc.meta)
    .map((row) => {
      const href = row.isUrl ? webHref(row.value) : null;
      return `- **${row.label}:** ${href ? `<${href}>` : escapeMarkdownInline(row.value)}`;
    })
    .join('\n');
}

function documentSection(doc: ReportDocument): string {
  const parts = [`## ${escapeMarkdownInline(doc.meta.title || 'Untitled document')}`];
  const metadata = metadataList(doc);
  if (metadata !== '') parts.push(metadata);
  if (doc.total === 0) return [...parts, 'No claims.'].join('\n\n');
  return [...parts, countsTable(doc), ...doc.groups.map(groupSection)].join('\n\n');
}

/** One document's section of the report. */
export function markdownDocumentSection(doc: StoredDocument, lookup: ExportLookup): string {
  return documentSection(reportDocument(doc, lookup));
}

/** The report's heading, then its documents' sections, a blank line apart. */
export function markdownReportLayout(heading: ReportHeading): TextLayout {
  const head = [
    `# Claims in ${escapeMarkdownInline(heading.title)}`,
    `Generated ${escapeMarkdownInline(readableTime(heading.generatedAt))} by Corroborate ${escapeMarkdownInline(heading.appVersion)}.`,
  ].join('\n\n');
  return { head: `${head}\n\n`, separator: '\n\n', tail: '\n', whenEmpty: `${head}\n` };
}

/** The report of documents in memory, as Markdown text. */
export function renderMarkdownReport(scope: ExportScope): string {
  const lookup = new ExportLookup(scope);
  return layOut(markdownReportLayout(reportHeading(scope)), scope.documents.map((doc) => markdownDocumentSection(doc, lookup)));
}
