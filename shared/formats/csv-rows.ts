// Claims as CSV rows: one row per claim, with the columns of DESIGN.md section 6 (and the note on
// the latest status change, the outlet and the byline, which a verdict's reader needs). Multi-valued
// fields are joined with " | ", each item's own "|" and "\" written "\|" and "\\" (an evidence title
// "Fact check | Reuters" stays one item); the evidence columns (addresses, titles, stances, notes,
// read dates) hold one value per item in the same order. Cells a spreadsheet would read as a formula are neutralised.
import { compareClaimsByPosition } from '../domain/claim';
import type { StoredDocument } from '../domain/document';
import { currentStatusChange } from '../domain/status-history';
import { ExportLookup, type ExportScope } from './export-scope';

export const CSV_MULTI_VALUE_SEPARATOR = ' | ';

export const CSV_COLUMNS = [
  'document_id',
  'document_title',
  'document_url',
  'document_published',
  'claim_id',
  'quote',
  'start',
  'end',
  'sources',
  'source_kinds',
  'attribution',
  'cue',
  'status',
  'note',
  'tags',
  'evidence',
  'evidence_titles',
  'evidence_stances',
  'evidence_notes',
  'evidence_read',
  'anchor',
  'created',
  'updated',
  'status_changed',
  // added after the first release, at the end so that columns read by position stay where they were
  'status_note',
  'document_outlet',
  'document_byline',
] as const;

/**
 * Makes a text cell safe to open in spreadsheet software: a leading =, +, -, @, tab or carriage
 * return would start a formula, so such cells get a leading apostrophe (OWASP's advice).
 */
export function neutralizeFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** An item of a multi-valued cell, its "|" and "\" escaped with a backslash: the cell splits back into its items at every " | ". */
const escapeItem = (item: string) => item.replace(/[\\|]/g, (character) => `\\${character}`);

const join = (values: readonly string[]) => values.map(escapeItem).join(CSV_MULTI_VALUE_SEPARATOR);

/** The items of a multi-valued cell as join wrote them (for readers of the CSV, and its tests). */
export function splitCsvItems(cell: string): string[] {
  if (cell === '') return [];
  return cell.split(CSV_MULTI_VALUE_SEPARATOR).map((item) => item.replace(/\\([\\|])/g, '$1'));
}

/** Yields the header row, then one row per claim of each document, in text order. */
export function* csvRows(scope: ExportScope): Generator<string[]> {
  const lookup = new ExportLookup(scope);
  yield [...CSV_COLUMNS];
  for (const doc of scope.documents) yield* csvDocumentRows(doc, lookup);
}

/** One row per claim of a document, in text order (exports stream document by document). */
export function* csvDocumentRows(doc: StoredDocument, lookup: ExportLookup): Generator<string[]> {
  for (const claim of [...doc.claims].sort(compareClaimsByPosition)) {
    const sources = lookup.sources(claim.sourceIds);
    const change = currentStatusChange(claim);
    const lastChange = change?.at ?? claim.createdAt;
    const text = [
      doc.id,
      doc.meta.title,
      doc.meta.url,
      doc.meta.published,
      claim.id,
      claim.target.exact,
    ].map(neutralizeFormula);
    const rest = [
      join(sources.map((s) => s.name)),
      join(sources.map((s) => s.kind)),
      claim.attribution,
      claim.cue?.exact ?? '',
      claim.status,
      claim.note,
      join(claim.tags),
      // one item per position in each evidence column, so the columns split back into items
      join(claim.evidence.map((e) => e.url)),
      join(claim.evidence.map((e) => e.title)),
      join(claim.evidence.map((e) => e.stance)),
      join(claim.evidence.map((e) => e.note.replace(/\s+/g, ' ').trim())),
      join(claim.evidence.map((e) => e.accessedAt)),
      claim.anchor,
      claim.createdAt,
      claim.updatedAt,
      lastChange,
      change?.note ?? '',
      // the outlet as recorded: empty when the article names none (the app files such an article
      // under its byline, but a byline is often a person's, and data must say which is which)
      doc.meta.outlet,
      doc.meta.byline,
    ].map(neutralizeFormula);
    yield [...text, String(claim.target.start), String(claim.target.end), ...rest];
  }
}
