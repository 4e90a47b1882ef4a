import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvRows, neutralizeFormula } from '@shared/formats/csv-rows';
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
