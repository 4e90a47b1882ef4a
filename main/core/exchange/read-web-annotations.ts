// Reads W3C Web Annotations (https://www.w3.org/TR/annotation-model/): our own JSON-LD exports,
// whose "corr:" fields carry every field of a claim and the documents' text, and other tools'
// annotations, whose TextualBody purposes map as DESIGN.md section 6 says (identifying: a source,
// classifying: an attribution type, assessing: a status, tagging: a tag, commenting and
// describing: the note, linking: evidence).
import { z } from 'zod';
import { AppFailure, describeZodError } from '@shared/bridge/result';
import { AnchorStateSchema, EvidenceSchema, StatusChangeSchema, type Evidence } from '@shared/domain/claim';
import { DocContentSchema } from '@shared/domain/content';
import { DocumentMetaSchema, DOCUMENT_SCHEMA_VERSION, type StoredDocument } from '@shared/domain/document';
import { IdSchema, TimestampSchema } from '@shared/domain/primitives';
import { isSafeLinkUrl } from '@shared/domain/safe-url';
import { SourceSchema } from '@shared/domain/source';
import { TaxonomySchema } from '@shared/domain/taxonomy';
import { derivedGuid } from '../exports/qdpx-xml';
import { emptySet, type IncomingClaim, type IncomingSelector, type IncomingSet, type IncomingSourceRef, type IncomingTerm } from './incoming-set';

export type Json = Record<string, unknown>;

export const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const asList = (value: unknown): unknown[] => (value === undefined || value === null ? [] : Array.isArray(value) ? value : [value]);
const types = (value: Json): string[] => asList(value.type ?? value['@type']).filter((t): t is string => typeof t === 'string');
const text = (value: unknown): string => (typeof value === 'string' ? value : '');

function invalid(where: string, problem: string): AppFailure {
  return new AppFailure('file-corrupt', `${where}: ${problem}.`);
}

function parseWith<T>(schema: z.ZodType<T>, value: unknown, where: string): T {
  const result = schema.safeParse(value);
  if (!result.success) throw invalid(where, describeZodError(result.error));
  return result.data;
}

/** The UUID an IRI names ("urn:uuid:..." or a bare UUID), else null. */
function uuidOf(iri: unknown): string | null {
  if (typeof iri !== 'string') return null;
  const uuid = iri.replace(/^urn:uuid:/i, '').toLowerCase();
  return IdSchema.safeParse(uuid).success ? uuid : null;
}

/** Our ids travel as urn:uuid IRIs; another tool's ids become stable UUIDs of their own. */
export function claimIdFrom(id: unknown, fallbackName: string): string {
  return uuidOf(id) ?? derivedGuid(`annotation:${typeof id === 'string' && id !== '' ? id : fallbackName}`);
}

const QuoteSchema = z.object({ exact: z.string().min(1, { message: 'the quote is empty' }), prefix: z.string().optional(), suffix: z.string().optional() });
const PositionSchema = z
  .object({ start: z.number().int().min(0), end: z.number().int().min(1) })
  .refine((p) => p.end > p.start, { message: 'end must be after start' });

/** The quote and position selectors of a target (a selector list, a Choice, or one selector). */
export function readSelectors(selectors: unknown, where: string): IncomingSelector | null {
  const flat = asList(selectors).flatMap((s) => (isObject(s) && types(s).includes('Choice') ? asList(s.items) : [s]));
  let quote: z.infer<typeof QuoteSchema> | null = null;
  let position: z.infer<typeof PositionSchema> | null = null;
  for (const selector of flat) {
    if (!isObject(selector)) continue;
    const kind = types(selector);
    if (kind.includes('TextQuoteSelector') && !quote) quote = parseWith(QuoteSchema, selector, `${where}, TextQuoteSelector`);
    if (kind.includes('TextPositionSelector') && !position) position = parseWith(PositionSchema, selector, `${where}, TextPositionSelector`);
  }
  if (!quote && !position) return null;
  if (quote && position && position.end - position.start !== quote.exact.length) position = null;
  return { exact: quote?.exact ?? '', prefix: quote?.prefix ?? '', suffix: quote?.suffix ?? '', start: position?.start ?? null, end: position?.end ?? null };
}

interface Bodies {
  sources: IncomingSourceRef[];
  attribution: IncomingTerm | null;
  status: IncomingTerm | null;
  tags: string[];
  notes: string[];
  evidence: Evidence[];
}

const EvidenceFieldsSchema = z.object({
  'corr:evidence': z.string().optional(),
  'corr:stance': EvidenceSchema.shape.stance.optional(),
  'corr:title': z.string().max(500).optional(),
  'corr:note': z.string().max(5000).optional(),
  'corr:accessedAt': EvidenceSchema.shape.accessedAt.optional(),
});

function readEvidence(body: Json, where: string, fallbackId: string): Evidence {
  const fields = parseWith(EvidenceFieldsSchema, body, where);
  const url = text(body.source ?? body.id);
  return parseWith(
    EvidenceSchema,
    {
      id: uuidOf(fields['corr:evidence']) ?? derivedGuid(`evidence:${fallbackId}`),
      url: isSafeLinkUrl(url) ? url : '',
      title: fields['corr:title'] ?? text(body.value).slice(0, 500),
      stance: fields['corr:stance'] ?? 'context',
      note: fields['corr:note'] ?? '',
      accessedAt: fields['corr:accessedAt'] ?? '',
    },
    where,
  );
}

function readBodies(annotation: Json, where: string, ignored: Set<string>): Bodies {
  const found: Bodies = { sources: [], attribution: null, status: null, tags: [], notes: [], evidence: [] };
  if (typeof annotation.bodyValue === 'string' && annotation.bodyValue.trim() !== '') found.notes.push(annotation.bodyValue);
  asList(annotation.body).forEach((body, index) => {
    const at = `${where}, body ${index + 1}`;
    if (typeof body === 'string') {
      if (isSafeLinkUrl(body)) found.evidence.push(readEvidence({ source: body }, at, `${where}:${index}`));
      return;
    }
    if (!isObject(body)) throw invalid(at, 'a body must be an object or an IRI');
    const purposes = asList(body.purpose).filter((p): p is string => typeof p === 'string');
    const purpose = purposes[0] ?? (types(body).includes('TextualBody') ? 'commenting' : 'linking');
    const value = text(body.value).trim();
    const label = typeof body['corr:label'] === 'string' ? body['corr:label'] : null;
    switch (purpose) {
      case 'identifying':
        if (value !== '') found.sources.push({ id: uuidOf(body['corr:source']), name: value, kind: typeof body['corr:sourceKind'] === 'string' ? body['corr:sourceKind'] : null });
        break;
      case 'classifying':
        if (value !== '') found.attribution = { value, label };
        break;
      case 'assessing':
        if (value !== '') found.status = { value, label };
        break;
      case 'tagging':
        if (value !== '') found.tags.push(value.slice(0, 80));
        break;
      case 'commenting':
      case 'describing':
        // the note as written, white space and all: a note of spaces exported by the app comes back as it went
        if (text(body.value) !== '') found.notes.push(text(body.value));
        break;
      case 'linking':
        found.evidence.push(readEvidence(body, at, `${where}:${index}`));
        break;
      default:
        ignored.add(`bodies with purpose "${purpose}"`);
    }
  });
  return found;
}

const HistorySchema = z.array(z.object({ 'corr:status': z.string(), 'corr:at': TimestampSchema, 'corr:note': z.string().max(2000) }));

/** A target's source IRI: the source itself, or the `id` of a source given as a resource (with its language and direction). */
function sourceIri(source: unknown): string | null {
  if (typeof source === 'string') return source;
  return isObject(source) && typeof source.id === 'string' ? source.id : null;
}

function readTarget(annotation: Json, where: string): { iri: string | null; selector: IncomingSelector; cue: IncomingSelector | null } {
  for (const target of asList(annotation.target)) {
    if (!isObject(target)) continue;
    const selector = readSelectors(target.selector, `${where}, target`);
    if (!selector) continue;
    const cueTarget = annotation['corr:cue'];
    const cue = isObject(cueTarget) ? readSelectors(cueTarget.selector, `${where}, corr:cue`) : null;
    return { iri: sourceIri(target.source), selector, cue };
  }
  throw invalid(where, 'its target has no TextQuoteSelector or TextPositionSelector, so it names no passage of a text');
}

function readAnnotation(annotation: unknown, where: string, ignored: Set<string>, titles: Map<string, string>): IncomingClaim {
  if (!isObject(annotation) || !types(annotation).includes('Annotation')) throw invalid(where, 'this is not a W3C Annotation (its type is not "Annotation")');
  const { iri, selector, cue } = readTarget(annotation, where);
  const bodies = readBodies(annotation, where, ignored);
  const documentId = uuidOf(annotation['corr:document']);
  const history = annotation['corr:statusHistory'] === undefined ? null : parseWith(HistorySchema, annotation['corr:statusHistory'], `${where}, corr:statusHistory`);
  const anchor = annotation['corr:anchor'] === undefined ? null : parseWith(AnchorStateSchema, annotation['corr:anchor'], `${where}, corr:anchor`);
  const created = TimestampSchema.safeParse(annotation.created);
  const modified = TimestampSchema.safeParse(annotation.modified);
  return {
    where,
    id: claimIdFrom(annotation.id ?? annotation['@id'], `${iri ?? ''}|${selector.exact}|${selector.start ?? ''}`),
    documentId,
    documentIri: iri,
    documentLabel: (documentId && titles.get(documentId)) || iri || 'a document the file does not name',
    target: selector,
    cue,
    anchor,
    sources: bodies.sources,
    attribution: bodies.attribution,
    status: bodies.status,
    statusHistory: history?.map((h) => parseWith(StatusChangeSchema, { status: h['corr:status'], at: h['corr:at'], note: h['corr:note'] }, `${where}, corr:statusHistory`)) ?? null,
    note: bodies.notes.join('\n\n').slice(0, 20000),
    evidence: bodies.evidence.slice(0, 100),
    tags: [...new Set(bodies.tags)].slice(0, 50),
    createdAt: created.success ? created.data : null,
    updatedAt: modified.success ? modified.data : created.success ? created.data : null,
  };
}

const CarriedDocumentSchema = z.object({ id: z.string(), 'corr:meta': DocumentMetaSchema, 'corr:content': DocContentSchema });

/** The documents our export carries in "corr:documents", whole (text and metadata). */
function readCarriedDocuments(collection: Json, set: IncomingSet, titles: Map<string, string>): void {
  asList(collection['corr:documents']).forEach((entry, index) => {
    const where = `corr:documents item ${index + 1}`;
    if (!isObject(entry)) throw invalid(where, 'must be an object');
    const id = uuidOf(entry.id);
    if (id && typeof entry['corr:title'] === 'string') titles.set(id, entry['corr:title']);
    if (!id || entry['corr:content'] === undefined) return;
    const carried = parseWith(CarriedDocumentSchema, entry, where);
    const doc: StoredDocument = { schemaVersion: DOCUMENT_SCHEMA_VERSION, id, meta: carried['corr:meta'], content: carried['corr:content'], claims: [], rejectedSuggestions: [], deletedClaims: [] };
    set.documents.push(doc);
  });
  if (collection['corr:sources'] !== undefined) set.sources = parseWith(z.array(SourceSchema), collection['corr:sources'], 'corr:sources');
  if (collection['corr:taxonomy'] !== undefined) set.taxonomy = parseWith(TaxonomySchema, collection['corr:taxonomy'], 'corr:taxonomy');
}

/** The one value of a key that holds a single value, which JSON-LD may also write as a list of one (first, next, total). */
const single = (value: unknown): unknown => (Array.isArray(value) && value.length === 1 ? value[0] : value);

/** The annotations of one AnnotationPage; the model requires its "items". */
function pageItems(page: unknown, where: string): unknown[] {
  if (typeof page === 'string') throw invalid(where, 'is only linked, not included; export the pages into the file first');
  if (Array.isArray(page)) throw invalid(where, `must be one AnnotationPage (with the annotations in its "items"), not a list of ${page.length} values`);
  if (!isObject(page)) throw invalid(where, 'must be an AnnotationPage (an object with the annotations in its "items")');
  if (types(page).includes('Annotation')) throw invalid(where, 'is an Annotation, not an AnnotationPage: the annotations go in the page’s "items"');
  if (page.items === undefined) throw invalid(where, 'has no "items", so it holds no annotations');
  return asList(page.items);
}

/**
 * The annotations of a collection: its embedded pages from "first" (an AnnotationPage, or a list of
 * one, as the model allows), following "next", and any "items" on the collection itself (as an
 * ActivityStreams collection may have them). A collection that holds neither, unless its total is
 * 0, is refused: its annotations are somewhere this file does not say.
 */
function collectionItems(collection: Json): unknown[] {
  let items = asList(collection.items);
  for (let page = single(collection.first), number = 1; page !== undefined && number <= 10_000; number++) {
    items = items.concat(pageItems(page, `The collection’s ${number === 1 ? 'first page' : `page ${number}`}`));
    page = isObject(page) ? single(page.next) : undefined;
  }
  if (collection.items === undefined && collection.first === undefined && single(collection.total) !== 0) {
    throw invalid('The collection', 'holds no annotations: it has neither "items" nor an embedded "first" page with them');
  }
  return items;
}

/** The annotations of a collection, a page, a list or one annotation. */
function annotationsOf(root: unknown): { items: unknown[]; label: string } {
  if (Array.isArray(root)) return { items: root, label: 'item' };
  if (!isObject(root)) throw invalid('The file', 'holds neither an annotation nor a collection of annotations');
  const kind = types(root);
  if (kind.includes('Annotation')) return { items: [root], label: 'annotation' };
  if (kind.includes('AnnotationPage')) return { items: pageItems(root, 'The page'), label: 'item' };
  if (kind.includes('AnnotationCollection')) return { items: collectionItems(root), label: 'item' };
  throw invalid('The file', `is a JSON-LD "${kind.join(', ') || 'object without a type'}", not an Annotation, AnnotationPage or AnnotationCollection`);
}

export function readWebAnnotations(root: unknown): IncomingSet {
  const ours = isObject(root) && root['corr:documents'] !== undefined;
  const set = emptySet(ours ? 'corroborate' : 'web-annotation');
  const titles = new Map<string, string>();
  if (isObject(root)) readCarriedDocuments(root, set, titles);
  const ignored = new Set<string>();
  const { items, label } = annotationsOf(root);
  set.claims = items.map((item, index) => readAnnotation(item, `${label} ${index + 1}`, ignored, titles));
  set.ignored = [...ignored];
  return set;
}
