// Claims as W3C Web Annotations (https://www.w3.org/TR/annotation-model/): an AnnotationCollection
// whose items carry TextQuote and TextPosition selectors, with source, attribution, status and tags
// as TextualBody items with a purpose. App fields use the "corr:" prefix of an added @context.
import { compareClaimsByPosition, type Claim } from '../domain/claim';
import type { StoredDocument } from '../domain/document';
import type { TextSpan } from '../text/text-span';
import { documentIri, ExportLookup, type ExportScope } from './export-scope';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
export const CORROBORATE_NS = 'https://corroborate.app/ns#';

/**
 * The added context: one prefix for every app field, lists kept in order. The documents' text and
 * metadata, the sources and the taxonomy travel as JSON literals, so that an import into another
 * library restores them exactly.
 */
export const CORROBORATE_CONTEXT = {
  corr: CORROBORATE_NS,
  'corr:statusHistory': { '@container': '@list' },
  'corr:aliases': { '@container': '@set' },
  'corr:meta': { '@type': '@json' },
  'corr:content': { '@type': '@json' },
  'corr:sources': { '@type': '@json' },
  'corr:taxonomy': { '@type': '@json' },
} as const;

export const EXPORT_CONTEXT = [ANNO_CONTEXT, CORROBORATE_CONTEXT] as const;

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

const urn = (id: string) => `urn:uuid:${id}`;

function selectors(span: TextSpan): JsonObject[] {
  return [
    { type: 'TextQuoteSelector', exact: span.exact, prefix: span.prefix, suffix: span.suffix },
    { type: 'TextPositionSelector', start: span.start, end: span.end },
  ];
}

function bodies(claim: Claim, lookup: ExportLookup): JsonObject[] {
  const items: JsonObject[] = [];
  for (const source of lookup.sources(claim.sourceIds)) {
    items.push({
      type: 'TextualBody',
      purpose: 'identifying',
      value: source.name,
      'corr:source': urn(source.id),
      'corr:sourceKind': source.kind,
    });
  }
  items.push({
    type: 'TextualBody',
    purpose: 'classifying',
    value: claim.attribution,
    'corr:label': lookup.attributionLabel(claim.attribution),
  });
  items.push({
    type: 'TextualBody',
    purpose: 'assessing',
    value: claim.status,
    'corr:label': lookup.statusLabel(claim.status),
  });
  for (const tag of claim.tags) items.push({ type: 'TextualBody', purpose: 'tagging', value: tag });
  if (claim.note !== '') items.push({ type: 'TextualBody', purpose: 'commenting', value: claim.note, format: 'text/plain' });
  for (const evidence of claim.evidence) {
    const fields: JsonObject = {
      'corr:evidence': urn(evidence.id),
      'corr:stance': evidence.stance,
      'corr:title': evidence.title,
      'corr:note': evidence.note,
      'corr:accessedAt': evidence.accessedAt,
    };
    items.push(
      evidence.url !== ''
        ? { type: 'SpecificResource', purpose: 'linking', source: evidence.url, ...fields }
        : { type: 'TextualBody', purpose: 'linking', value: evidence.title, ...fields },
    );
  }
  return items;
}

/**
 * The annotated text as a target's source: its IRI, with the text's language and direction when the
 * document has them (the model's `language` and `textDirection` of a resource), so a reader of the
 * quotes knows an Arabic text reads right to left.
 */
function targetSource(doc: StoredDocument): Json {
  const { language, dir } = doc.meta;
  if (language === '' && dir === 'auto') return documentIri(doc);
  return { id: documentIri(doc), ...(language === '' ? {} : { language }), ...(dir === 'auto' ? {} : { textDirection: dir }) };
}

/** One claim as a standalone Annotation (it carries its own @context). */
export function claimToAnnotation(claim: Claim, doc: StoredDocument, lookup: ExportLookup): JsonObject {
  const source = targetSource(doc);
  const annotation: JsonObject = {
    '@context': EXPORT_CONTEXT as unknown as Json,
    id: urn(claim.id),
    type: 'Annotation',
    motivation: 'assessing',
    created: claim.createdAt,
    modified: claim.updatedAt,
    body: bodies(claim, lookup),
    target: { type: 'SpecificResource', source, selector: selectors(claim.target) },
    'corr:document': urn(doc.id),
    'corr:anchor': claim.anchor,
    'corr:statusHistory': claim.statusHistory.map((change) => ({
      'corr:status': change.status,
      'corr:at': change.at,
      'corr:note': change.note,
    })),
  };
  if (claim.cue) annotation['corr:cue'] = { type: 'SpecificResource', source, selector: selectors(claim.cue) };
  return annotation;
}

/** A document as the collection lists it: its name, and its text and metadata whole. */
export function documentEntry(doc: StoredDocument): JsonObject {
  return {
    id: urn(doc.id),
    'corr:title': doc.meta.title,
    'corr:byline': doc.meta.byline,
    'corr:published': doc.meta.published,
    'corr:url': doc.meta.url,
    'corr:meta': doc.meta as unknown as Json,
    'corr:content': doc.content as unknown as Json,
  };
}

/** The collection's own fields, without its documents, sources and page (exports stream those). */
export function collectionHead(scope: Omit<ExportScope, 'documents'>, collectionId: string, label: string, total: number): JsonObject {
  return {
    '@context': EXPORT_CONTEXT as unknown as Json,
    id: urn(collectionId),
    type: 'AnnotationCollection',
    label,
    total,
    generated: scope.generatedAt,
    generator: { id: 'https://corroborate.app/', type: 'Software', name: `Corroborate ${scope.appVersion}` },
    'corr:taxonomy': scope.taxonomy as unknown as Json,
  };
}

/** The page that holds the items, given its collection's id. */
export function firstPage(collectionId: string, items: JsonObject[]): JsonObject {
  return { id: `${urn(collectionId)}#page1`, type: 'AnnotationPage', startIndex: 0, items };
}

/** The sources the claims name, whole, so an import restores their kind, aliases and description. */
export function referencedSources(scope: Pick<ExportScope, 'sources'>, sourceIds: ReadonlySet<string>): Json {
  return scope.sources.filter((s) => sourceIds.has(s.id)) as unknown as Json;
}

/** The documents in scope, as an AnnotationCollection with a single embedded page. */
export function toAnnotationCollection(scope: ExportScope, collectionId: string, label: string): JsonObject {
  const lookup = new ExportLookup(scope);
  const items: JsonObject[] = [];
  const sourceIds = new Set<string>();
  for (const doc of scope.documents) {
    for (const claim of [...doc.claims].sort(compareClaimsByPosition)) {
      items.push(claimToAnnotation(claim, doc, lookup));
      for (const id of claim.sourceIds) sourceIds.add(id);
    }
  }
  return {
    ...collectionHead(scope, collectionId, label, items.length),
    'corr:documents': scope.documents.map(documentEntry),
    'corr:sources': referencedSources(scope, sourceIds),
    first: firstPage(collectionId, items),
  };
}
