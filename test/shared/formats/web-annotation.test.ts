import { describe, expect, it } from 'vitest';
import { claimToAnnotation, toAnnotationCollection, ANNO_CONTEXT } from '@shared/formats/web-annotation';
import { ExportLookup } from '@shared/formats/export-scope';
import { projectText } from '@shared/text/projection';
import { seedFixture } from '../../helpers/fixtures';
import { seedScope } from '../../helpers/seed-document';
import { annotationMustCount, annotationMustFailures, collectionMustFailures } from '../../helpers/w3c-annotation-tests';

describe('W3C Web Annotation export', () => {
  const scope = seedScope();
  const collection = toAnnotationCollection(scope, '99999999-8888-4777-8666-555555555555', 'Seed claims');
  const items = (collection.first as { items: Record<string, unknown>[] }).items;

  it('runs the W3C MUST assertions (the suite is really there)', () => {
    expect(annotationMustCount()).toBeGreaterThan(40);
  });

  it('passes every MUST assertion for every annotation', () => {
    expect(items).toHaveLength(9);
    for (const item of items) expect(annotationMustFailures(item)).toEqual([]);
  });

  it('passes every MUST assertion for the collection', () => {
    expect(collectionMustFailures(collection)).toEqual([]);
  });

  it('would fail the MUST assertions if the annotation were broken', () => {
    const broken = { ...items[0]!, '@context': 'http://example.org/context' };
    expect(annotationMustFailures(broken).length).toBeGreaterThan(0);
    const noTarget = { ...items[0]! };
    delete noTarget.target;
    expect(annotationMustFailures(noTarget).length).toBeGreaterThan(0);
  });

  it('carries quote and position selectors that point at the claim in the text', () => {
    const text = projectText(scope.documents[0]!.content);
    items.forEach((item, i) => {
      const target = item.target as { selector: Array<Record<string, unknown>> };
      const quote = target.selector.find((s) => s.type === 'TextQuoteSelector')!;
      const position = target.selector.find((s) => s.type === 'TextPositionSelector')!;
      expect(quote.exact).toBe(seedFixture().claims[i]!.exact);
      expect(text.slice(position.start as number, position.end as number)).toBe(quote.exact);
    });
  });

  it('puts source, attribution, status and tags in bodies with the purposes of the design', () => {
    const claim = scope.documents[0]!.claims[0]!;
    claim.tags = ['syria'];
    claim.note = 'Check with CENTCOM';
    const annotation = claimToAnnotation(claim, scope.documents[0]!, new ExportLookup(scope));
    const bodies = annotation.body as Array<Record<string, unknown>>;
    const byPurpose = (p: string) => bodies.filter((b) => b.purpose === p).map((b) => b.value);
    expect(byPurpose('identifying')).toEqual(['informed sources']);
    expect(byPurpose('classifying')).toEqual(['anonymous-source']);
    expect(byPurpose('assessing')).toEqual(['unverified']);
    expect(byPurpose('tagging')).toEqual(['syria']);
    expect(byPurpose('commenting')).toEqual(['Check with CENTCOM']);
    expect((annotation['@context'] as unknown[])[0]).toBe(ANNO_CONTEXT);
    expect(annotationMustFailures(annotation)).toEqual([]);
  });

  it('gives the annotated text its language and direction, where the document has them', () => {
    const arabic = { ...scope.documents[0]!, meta: { ...scope.documents[0]!.meta, language: 'ar', dir: 'rtl' as const } };
    const annotation = claimToAnnotation(arabic.claims[0]!, arabic, new ExportLookup(scope));
    const target = annotation.target as { source: Record<string, unknown> };
    expect(target.source).toEqual({ id: expect.stringMatching(/^urn:/), language: 'ar', textDirection: 'rtl' });
    expect(annotationMustFailures(annotation)).toEqual([]);
    const plain = { ...arabic, meta: { ...arabic.meta, language: '', dir: 'auto' as const } };
    expect(typeof (claimToAnnotation(plain.claims[0]!, plain, new ExportLookup(scope)).target as { source: unknown }).source).toBe('string');
  });
});
