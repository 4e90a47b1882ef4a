import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '@shared/formats/csv-rows';
import { EXPORT_FORMAT_IDS, EXPORT_FORMATS } from '@shared/formats/export-formats';
import { exportBytes, renderExport } from '../../../../main/core/exports/render-export';
import { seedScope } from '../../../helpers/seed-document';
import { annotationMustFailures, collectionMustFailures } from '../../../helpers/w3c-annotation-tests';

describe('rendered exports', () => {
  it('writes CSV as UTF-8 with a byte-order mark and CRLF records that parse back to the rows', async () => {
    const rendered = await renderExport(seedScope(), 'csv');
    expect(rendered.fileName).toBe('us-occupation-forces-attacked-in-northeast-syria-claims.csv');
    expect(rendered.content.startsWith('\uFEFFdocument_id,')).toBe(true);
    expect(rendered.content.includes('\r\n')).toBe(true);
    const records = parse(rendered.content, { bom: true, columns: true }) as Record<string, string>[];
    expect(Object.keys(records[0]!)).toEqual([...CSV_COLUMNS]);
    expect(records).toHaveLength(9);
  });

  it('writes JSON-LD whose collection and annotations pass the W3C MUST assertions', async () => {
    const rendered = await renderExport(seedScope(), 'jsonld');
    expect(rendered.mediaType).toBe('application/ld+json');
    const collection = JSON.parse(rendered.content);
    expect(collectionMustFailures(collection)).toEqual([]);
    for (const item of collection.first.items) expect(annotationMustFailures(item)).toEqual([]);
  });

  it('names every format\'s file after the document, and carries binary formats as base64', async () => {
    const names: Record<string, string> = {};
    for (const format of EXPORT_FORMAT_IDS) {
      const rendered = await renderExport(seedScope(), format);
      names[format] = rendered.fileName;
      expect(rendered.mediaType).toBe(EXPORT_FORMATS[format].mediaType);
      expect(rendered.encoding).toBe(EXPORT_FORMATS[format].binary ? 'base64' : 'utf8');
    }
    expect(names).toEqual({
      csv: 'us-occupation-forces-attacked-in-northeast-syria-claims.csv',
      jsonld: 'us-occupation-forces-attacked-in-northeast-syria-claims.jsonld',
      md: 'us-occupation-forces-attacked-in-northeast-syria-report.md',
      html: 'us-occupation-forces-attacked-in-northeast-syria-report.html',
      qdpx: 'us-occupation-forces-attacked-in-northeast-syria-claims.qdpx',
      claimreview: 'us-occupation-forces-attacked-in-northeast-syria-claimreview.jsonld',
      archive: 'us-occupation-forces-attacked-in-northeast-syria-archive.zip',
    });
    const zip = exportBytes(await renderExport(seedScope(), 'qdpx'));
    expect(zip.subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
  });
});
