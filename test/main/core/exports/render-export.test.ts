import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '@shared/formats/csv-rows';
import { renderExport } from '../../../../main/core/exports/render-export';
import { seedScope } from '../../../helpers/seed-document';
import { annotationMustFailures, collectionMustFailures } from '../../../helpers/w3c-annotation-tests';

describe('rendered exports', () => {
  it('writes CSV as UTF-8 with a byte-order mark and CRLF records that parse back to the rows', () => {
    const rendered = renderExport(seedScope(), 'csv');
    expect(rendered.fileName).toBe('us-occupation-forces-attacked-in-northeast-syria-claims.csv');
    expect(rendered.content.startsWith('\uFEFFdocument_id,')).toBe(true);
    expect(rendered.content.includes('\r\n')).toBe(true);
    const records = parse(rendered.content, { bom: true, columns: true }) as Record<string, string>[];
    expect(Object.keys(records[0]!)).toEqual([...CSV_COLUMNS]);
    expect(records).toHaveLength(9);
  });

  it('writes JSON-LD whose collection and annotations pass the W3C MUST assertions', () => {
    const rendered = renderExport(seedScope(), 'jsonld');
    expect(rendered.mediaType).toBe('application/ld+json');
    const collection = JSON.parse(rendered.content);
    expect(collectionMustFailures(collection)).toEqual([]);
    for (const item of collection.first.items) expect(annotationMustFailures(item)).toEqual([]);
  });
});
