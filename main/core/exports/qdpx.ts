// REFI-QDA project export (.qdpx, https://www.qdasoftware.org/) for ATLAS.ti, NVivo, MAXQDA and
// QualCoder: a zip of project.qde (valid against Project.xsd 1.0) and each document's plain text
// under sources/. Claims become coded PlainTextSelections whose offsets count Unicode code points.
import { createHash } from 'node:crypto';
import { XMLBuilder } from 'fast-xml-parser';
import JSZip from 'jszip';
import { compareClaimsByPosition, type Claim } from '@shared/domain/claim';
import type { StoredDocument } from '@shared/domain/document';
import type { Source } from '@shared/domain/source';
import { taxonomyEntry, type TaxonomyEntry } from '@shared/domain/taxonomy';
import { ExportLookup, type ExportScope } from '@shared/formats/export-scope';
import { projectText } from '@shared/text/projection';

const PROJECT_NAMESPACE = 'urn:QDA-XML:project:1.0';
/** The namespace of every GUID this export derives by name (RFC 9562 version 5); never change it. */
const GUID_NAMESPACE = '6c00699e-5dfd-4f71-a408-ef97f35b592c';
const APP_USER_GUID = derivedGuid('user:corroborate');
const SELECTION_NAME_LENGTH = 80;

type XmlValue = string | number | XmlElement | XmlElement[] | undefined;
/** An element for XMLBuilder: `@_name` keys are attributes, other keys child elements in order. */
interface XmlElement {
  [key: string]: XmlValue;
}

interface QdaCode {
  guid: string;
  name: string;
  color: string | undefined;
  description: string;
}

/** The codebook: one group per dimension, and each claim field's code by id (or tag). */
interface Codebook {
  groups: { name: string; codes: QdaCode[] }[];
  statuses: Map<string, QdaCode>;
  attributions: Map<string, QdaCode>;
  sources: Map<string, QdaCode>;
  tags: Map<string, QdaCode>;
}

interface PlacedDocument {
  doc: StoredDocument;
  text: string;
  /** claims whose quote is at its position in the text, in text order */
  claims: Claim[];
}

/** A name-based (version 5) UUID: the same name always gives the same GUID. */
export function derivedGuid(name: string): string {
  const namespace = Buffer.from(GUID_NAMESPACE.replaceAll('-', ''), 'hex');
  const bytes = createHash('sha1').update(namespace).update(name, 'utf8').digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Drops what XML 1.0 cannot carry (C0 controls other than tab and line ends, lone surrogates,
 * U+FFFE/U+FFFF; https://www.w3.org/TR/xml/#charsets) and the discouraged C1 controls; line ends become "\n".
 */
export function xmlSafeText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/[^\t\n\u0020-\u007E\u00A0-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '');
}

/** An XML-safe name on one line, or the fallback when nothing is left. */
function xmlName(text: string, fallback: string): string {
  const name = xmlSafeText(text).replace(/\s+/g, ' ').trim();
  return name === '' ? fallback : name;
}

/** Maps UTF-16 offsets into `text` to code-point offsets (a lone surrogate counts as one code point). */
export function codePointOffsets(text: string): (utf16Offset: number) => number {
  const table = new Uint32Array(text.length + 1);
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    table[i] = count;
    const code = text.charCodeAt(i);
    const pairs = code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    count++;
    if (pairs) table[++i] = count;
  }
  table[text.length] = count;
  return (offset) => table[offset]!;
}

function truncateCodePoints(text: string, length: number): string {
  const points = Array.from(text);
  return points.length <= length ? text : `${points.slice(0, length - 1).join('')}…`;
}

const validColor = (color: string) => (/^#[0-9a-f]{6}$/i.test(color) ? color : undefined);

function placeDocument(doc: StoredDocument): PlacedDocument {
  const text = projectText(doc.content);
  const isPlaced = (c: Claim) => c.anchor !== 'orphan' && text.slice(c.target.start, c.target.end) === c.target.exact;
  return { doc, text, claims: doc.claims.filter(isPlaced).sort(compareClaimsByPosition) };
}

/** The taxonomy's entries as codes, plus a stand-in for any id the claims use that it lacks. */
function taxonomyCodes(dimension: string, entries: readonly TaxonomyEntry[], usedIds: Iterable<string>): Map<string, QdaCode> {
  const all = [...entries];
  for (const id of usedIds) if (!all.some((e) => e.id === id)) all.push(taxonomyEntry(entries, id));
  return new Map(
    all.map((e) => [e.id, { guid: derivedGuid(`${dimension}:${e.id}`), name: xmlName(e.label, e.id), color: validColor(e.color), description: e.description }]),
  );
}

function sourceCode(source: Source, scope: ExportScope): QdaCode {
  const kind = taxonomyEntry(scope.taxonomy.sourceKinds, source.kind);
  const lines = [`Kind: ${kind.label}`, source.aliases.length > 0 ? `Also called: ${source.aliases.join('; ')}` : '', source.description];
  return {
    guid: derivedGuid(`source:${source.id}`),
    name: xmlName(source.name, source.id),
    color: validColor(kind.color),
    description: lines.filter((line) => line !== '').join('\n'),
  };
}

const byName = (a: QdaCode, b: QdaCode) => a.name.localeCompare(b.name, 'en') || a.guid.localeCompare(b.guid);

function buildCodebook(scope: ExportScope, placed: readonly PlacedDocument[]): Codebook {
  const claims = placed.flatMap((p) => p.claims);
  const lookup = new ExportLookup(scope);
  const statuses = taxonomyCodes('status', scope.taxonomy.statuses, claims.map((c) => c.status));
  const attributions = taxonomyCodes('attribution', scope.taxonomy.attributionTypes, claims.map((c) => c.attribution));
  const sources = new Map(lookup.sources([...new Set(claims.flatMap((c) => c.sourceIds))]).map((s) => [s.id, sourceCode(s, scope)]));
  const tagNames = [...new Set(claims.flatMap((c) => c.tags))];
  const tags = new Map(tagNames.map((tag) => [tag, { guid: derivedGuid(`tag:${tag}`), name: xmlName(tag, 'tag'), color: undefined, description: '' }]));
  return {
    groups: [
      { name: 'Status', codes: [...statuses.values()] },
      { name: 'Attribution', codes: [...attributions.values()] },
      { name: 'Source', codes: [...sources.values()].sort(byName) },
      { name: 'Tag', codes: [...tags.values()].sort(byName) },
    ],
    statuses,
    attributions,
    sources,
    tags,
  };
}

/** The codes a claim is coded with: status, attribution, then its sources and tags, each once. */
function claimCodeGuids(claim: Claim, codebook: Codebook): string[] {
  const codes = [
    codebook.statuses.get(claim.status),
    codebook.attributions.get(claim.attribution),
    ...claim.sourceIds.map((id) => codebook.sources.get(id)),
    ...claim.tags.map((tag) => codebook.tags.get(tag)),
  ];
  return [...new Set(codes.filter((c): c is QdaCode => c !== undefined).map((c) => c.guid))];
}

const optionalText = (text: string) => (xmlSafeText(text).trim() === '' ? undefined : xmlSafeText(text));

function codeElement(code: QdaCode): XmlElement {
  return { '@_guid': code.guid, '@_name': code.name, '@_isCodable': 'true', '@_color': code.color, Description: optionalText(code.description) };
}

function codeBookElement(codebook: Codebook): XmlElement {
  const groups = codebook.groups.map((group) => ({
    '@_guid': derivedGuid(`group:${group.name}`),
    '@_name': group.name,
    '@_isCodable': 'false',
    Code: group.codes.map(codeElement),
  }));
  return { Codes: { Code: groups } };
}

function selectionElement(claim: Claim, toCodePoint: (offset: number) => number, codebook: Codebook): XmlElement {
  return {
    '@_guid': claim.id,
    '@_name': xmlName(truncateCodePoints(claim.target.exact.replace(/\s+/g, ' ').trim(), SELECTION_NAME_LENGTH), 'claim'),
    '@_startPosition': toCodePoint(claim.target.start),
    '@_endPosition': toCodePoint(claim.target.end),
    '@_creatingUser': APP_USER_GUID,
    '@_creationDateTime': claim.createdAt,
    '@_modifyingUser': APP_USER_GUID,
    '@_modifiedDateTime': claim.updatedAt,
    Description: optionalText(claim.note),
    Coding: claimCodeGuids(claim, codebook).map((codeGuid) => ({
      '@_guid': derivedGuid(`coding:${claim.id}:${codeGuid}`),
      '@_creatingUser': APP_USER_GUID,
      '@_creationDateTime': claim.createdAt,
      CodeRef: { '@_targetGUID': codeGuid },
    })),
  };
}

function documentDescription(doc: StoredDocument): string {
  const { byline, outlet, published, url, credit, license } = doc.meta;
  const fields = [['By', byline], ['Outlet', outlet], ['Published', published], ['URL', url], ['Credit', credit], ['Licence', license]];
  return fields.filter(([, value]) => value !== '').map(([label, value]) => `${label}: ${value}`).join('\n');
}

function textSourceElement({ doc, text, claims }: PlacedDocument, codebook: Codebook): XmlElement {
  const toCodePoint = codePointOffsets(text);
  return {
    '@_guid': doc.id,
    '@_name': xmlName(doc.meta.title, 'Untitled document'),
    '@_plainTextPath': `internal://${doc.id}.txt`,
    '@_creatingUser': APP_USER_GUID,
    '@_creationDateTime': doc.meta.importedAt,
    '@_modifyingUser': APP_USER_GUID,
    '@_modifiedDateTime': doc.meta.updatedAt,
    Description: optionalText(documentDescription(doc)),
    PlainTextSelection: claims.map((claim) => selectionElement(claim, toCodePoint, codebook)),
  };
}

function projectName(scope: ExportScope): string {
  const [only] = scope.documents;
  return scope.documents.length === 1 && only ? xmlName(only.meta.title, 'Corroborate export') : `Corroborate export (${scope.documents.length} documents)`;
}

function projectDescription(scope: ExportScope, placed: readonly PlacedDocument[]): string {
  const exported = placed.reduce((sum, p) => sum + p.claims.length, 0);
  const left = scope.documents.reduce((sum, doc) => sum + doc.claims.length, 0) - exported;
  const summary = xmlSafeText(`Claims annotated in Corroborate ${scope.appVersion}, exported ${scope.generatedAt}: ${exported} claims in ${scope.documents.length} documents.`);
  if (left === 0) return summary;
  return left === 1
    ? `${summary} 1 claim that has lost its place in the text (an orphan) is left out.`
    : `${summary} ${left} claims that have lost their place in the text (orphans) are left out.`;
}

/** project.qde: the whole project as REFI-QDA XML. */
function projectXml(scope: ExportScope, placed: readonly PlacedDocument[]): string {
  const codebook = buildCodebook(scope, placed);
  const project: XmlElement = {
    '@_xmlns': PROJECT_NAMESPACE,
    '@_name': projectName(scope),
    '@_origin': `Corroborate ${xmlName(scope.appVersion, '')}`.trim(),
    '@_creatingUserGUID': APP_USER_GUID,
    '@_creationDateTime': scope.generatedAt,
    Users: { User: [{ '@_guid': APP_USER_GUID, '@_name': 'Corroborate' }] },
    CodeBook: codeBookElement(codebook),
    Sources: placed.length > 0 ? { TextSource: placed.map((p) => textSourceElement(p, codebook)) } : undefined,
    Description: projectDescription(scope, placed),
  };
  const builder = new XMLBuilder({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    format: true,
    suppressEmptyNode: true,
    // the default writes `isCodable="true"` as a bare attribute, which is not XML
    suppressBooleanAttributes: false,
    processEntities: true,
  });
  return builder.build({ '?xml': { '@_version': '1.0', '@_encoding': 'utf-8' }, Project: project }) as string;
}

/**
 * The documents in scope as a REFI-QDA project (.qdpx). Byte-for-byte the same for the same scope:
 * GUIDs are our ids or derived from them, and every zip entry carries the scope's time.
 */
export async function renderQdpx(scope: ExportScope): Promise<Uint8Array> {
  const placed = scope.documents.map(placeDocument);
  const date = new Date(scope.generatedAt);
  const zip = new JSZip();
  zip.file('project.qde', projectXml(scope, placed), { date });
  zip.file('sources/', null, { dir: true, date });
  for (const { doc, text } of placed) zip.file(`sources/${doc.id}.txt`, new TextEncoder().encode(text), { date, createFolders: false });
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}
