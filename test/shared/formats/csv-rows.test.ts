import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvRows, neutralizeFormula, splitCsvItems } from '@shared/formats/csv-rows';
import { csvText } from '../../../main/core/exports/csv-text';
import { seedFixture } from '../../helpers/fixtures';
import { seedScope } from '../../helpers/seed-document';

describe('CSV rows', () => {
  it('has a header and one row per claim, in text order, with the claim fields', () => {
    const rows = [...csvRows(seedScope())];
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    const records = rows.slice(1).map((r) => Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, r[i]])));
    const fixture = seedFixture().claims;
    expect(records).toHaveLength(9);
    records.forEach((record, i) => {
      expect(record.quote).toBe(fixture[i]!.exact);
      expect(record.attribution).toBe(fixture[i]!.attribution);
      expect(record.status).toBe(fixture[i]!.status);
      expect(record.sources).toBe(fixture[i]!.source === '(none)' ? '' : fixture[i]!.source);
      expect(Number(record.end) - Number(record.start)).toBe(fixture[i]!.exact.length);
    });
  });

  it('puts each evidence field in its own column, one value per item in the same order, so they split back', () => {
    const scope = seedScope();
    scope.documents[0]!.claims[0]!.evidence = [
      { id: '99999999-0000-4000-8000-000000000001', url: 'https://a.example/report', title: 'The report', stance: 'refutes', note: 'Table 3,\nsecond row', accessedAt: '2026-11-30' },
      { id: '99999999-0000-4000-8000-000000000002', url: '', title: 'Phone call with the ministry', stance: 'context', note: '', accessedAt: '' },
    ];
    const [header, first] = [...csvRows(scope)];
    const cell = (column: string) => first![header!.indexOf(column)]!.split(' | ');
    expect(cell('evidence')).toEqual(['https://a.example/report', '']);
    expect(cell('evidence_titles')).toEqual(['The report', 'Phone call with the ministry']);
    expect(cell('evidence_stances')).toEqual(['refutes', 'context']);
    expect(cell('evidence_notes')).toEqual(['Table 3, second row', '']);
    expect(cell('evidence_read')).toEqual(['2026-11-30', '']);
  });

  it('keeps an item holding " | " one item: its own | and \\ are escaped, and the cell splits back into the items', () => {
    const scope = seedScope();
    const claim = scope.documents[0]!.claims[0]!;
    claim.tags = ['pensions', 'labour | strike', 'C:\\drafts\\'];
    claim.evidence = [{ id: '99999999-0000-4000-8000-000000000003', url: 'https://a.example/?a=1|2', title: 'Fact check | Reuters', stance: 'refutes', note: '', accessedAt: '' }];
    const [header, first] = [...csvRows(scope)];
    const cell = (column: string) => first![header!.indexOf(column)]!;
    expect(cell('tags')).toBe('pensions | labour \\| strike | C:\\\\drafts\\\\');
    expect(splitCsvItems(cell('tags'))).toEqual(claim.tags);
    expect(splitCsvItems(cell('evidence_titles'))).toEqual(['Fact check | Reuters']);
    expect(splitCsvItems(cell('evidence'))).toEqual(['https://a.example/?a=1|2']);
    expect(splitCsvItems('')).toEqual([]);
  });

  it('gives the note on the latest status change, the outlet and the byline, after the first release’s columns', () => {
    const scope = seedScope();
    const doc = scope.documents[0]!;
    doc.meta = { ...doc.meta, outlet: 'Al Mayadeen English', byline: 'Staff' };
    doc.claims[0]!.status = 'false';
    doc.claims[0]!.statusHistory = [
      { status: 'in-progress', at: '2026-12-01T10:00:00.000Z', note: 'Asked the ministry' },
      { status: 'false', at: '2026-12-02T10:00:00.000Z', note: 'Budget annex, table 4' },
    ];
    const [header, first, second] = [...csvRows(scope)];
    expect(header!.slice(-4)).toEqual(['status_changed', 'status_note', 'document_outlet', 'document_byline']);
    const cell = (row: string[], column: string) => row[header!.indexOf(column)];
    expect(cell(first!, 'status_note')).toBe('Budget annex, table 4');
    expect(cell(first!, 'status_changed')).toBe('2026-12-02T10:00:00.000Z');
    expect(cell(second!, 'status_note')).toBe('');
    expect(cell(first!, 'document_outlet')).toBe('Al Mayadeen English');
    expect(cell(first!, 'document_byline')).toBe('Staff');
    // an article that names no outlet has none in the CSV (the app files it under its byline, which may be a person)
    doc.meta = { ...doc.meta, outlet: '', byline: 'Zoë Müller' };
    const [, unfiled] = [...csvRows(scope)];
    expect(cell(unfiled!, 'document_outlet')).toBe('');
    expect(cell(unfiled!, 'document_byline')).toBe('Zoë Müller');
  });

  it('survives an RFC 4180 round trip with quotes, commas and new lines in cells', () => {
    const scope = seedScope();
    scope.documents[0]!.claims[0]!.note = 'He said, "no"\nthen left';
    const rows = [...csvRows(scope)];
    const text = csvText(rows);
    expect(text).toContain('"He said, ""no""\nthen left"');
    expect(text.endsWith('\r\n')).toBe(true);
    expect(parse(text)).toEqual(rows);
  });

  it('neutralises cells a spreadsheet would run as a formula', () => {
    for (const cell of ['=HYPERLINK("http://x")', '+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1']) {
      expect(neutralizeFormula(cell).startsWith("'")).toBe(true);
    }
    expect(neutralizeFormula('Plain text')).toBe('Plain text');
    const scope = seedScope();
    scope.documents[0]!.claims[0]!.note = '=cmd|"/c calc"!A1';
    const row = [...csvRows(scope)][1]!;
    expect(row[CSV_COLUMNS.indexOf('note')]).toBe(`'=cmd|"/c calc"!A1`);
  });
});
