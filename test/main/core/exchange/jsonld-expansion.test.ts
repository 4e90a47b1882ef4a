// Our JSON-LD is real JSON-LD: expanding it (jsonld.js in safe mode, which fails on anything it
// would drop) loses no field, the app's fields expand under our namespace, and the documents'
// text survives as a JSON literal.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsonld from 'jsonld';
import { describe, expect, it } from 'vitest';
import { ANNO_CONTEXT, CORROBORATE_NS } from '@shared/formats/web-annotation';
import { renderExport } from '../../../../main/core/exports/render-export';
import { FIXTURES } from '../../../helpers/fixtures';
import { seedScope } from '../../../helpers/seed-document';

const ANNO = JSON.parse(readFileSync(join(FIXTURES, 'w3c-annotation-context', 'anno.jsonld'), 'utf8'));

/** Serves the W3C context from the fixtures; anything else would be a network fetch, which is refused. */
const documentLoader = async (url: string) => {
  if (url === ANNO_CONTEXT) return { contextUrl: undefined, documentUrl: url, document: ANNO };
  throw new Error(`no network in tests: ${url}`);
};

/** Every property IRI used anywhere in an expanded document (JSON literals are not walked). */
function propertyIris(node: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(node)) node.forEach((n) => propertyIris(n, found));
  else if (node && typeof node === 'object') {
    const object = node as Record<string, unknown>;
    if (object['@type'] === '@json') return found;
    for (const [key, value] of Object.entries(object)) {
      if (!key.startsWith('@')) found.add(key);
      propertyIris(value, found);
    }
  }
  return found;
}

describe('the JSON-LD export under expansion', () => {
  it('loses no field, and keeps the documents’ text as a JSON literal', async () => {
    const scope = seedScope();
    const collection = JSON.parse((await renderExport(scope, 'jsonld')).content);
    const expanded = await jsonld.expand(collection, { documentLoader, safe: true } as jsonld.Options.Expand);
    const iris = propertyIris(expanded);
    for (const field of ['document', 'anchor', 'statusHistory', 'status', 'at', 'source', 'sourceKind', 'label', 'meta', 'content', 'sources', 'taxonomy', 'cue']) {
      expect(iris, field).toContain(`${CORROBORATE_NS}${field}`);
    }
    expect(iris).toContain('http://www.w3.org/ns/oa#hasSelector');
    expect([...iris].filter((iri) => !/^https?:\/\//.test(iri))).toEqual([]);
    const page = (expanded[0] as Record<string, Array<Record<string, unknown>>>)['http://www.w3.org/ns/activitystreams#first']![0]!;
    const items = page['http://www.w3.org/ns/activitystreams#items'] as unknown[];
    const list = (items[0] as { '@list'?: unknown[] })['@list'] ?? items;
    expect(list).toHaveLength(scope.documents[0]!.claims.length);
    const documents = (expanded[0] as Record<string, Array<Record<string, Array<{ '@value': unknown; '@type': string }>>>>)[`${CORROBORATE_NS}documents`]!;
    expect(documents[0]![`${CORROBORATE_NS}content`]![0]).toEqual({ '@value': scope.documents[0]!.content, '@type': '@json' });
  });
});
