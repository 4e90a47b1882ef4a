// One document of a REFI-QDA project, rendered on its own (in an export worker): its plain text,
// its TextSource element with a coded PlainTextSelection per placed claim (its note, status reason
// and evidence as the selection's description), and the codes it uses,
// which the project's codebook gathers once every document is written.
import { compareClaimsByPosition, type Claim } from '@shared/domain/claim';
import type { StoredDocument } from '@shared/domain/document';
import { currentStatusChange } from '@shared/domain/status-history';
import type { ExportLookup } from '@shared/formats/export-scope';
import { projectText } from '@shared/text/projection';
import { evidenceDetails } from './report-model';
import { APP_USER_GUID, buildXml, codeGuid, codePointOffsets, derivedGuid, optionalText, xmlName, type XmlElement } from './qdpx-xml';

const SELECTION_NAME_LENGTH = 80;

/** The codes a document's placed claims use, and how many of its claims are placed. */
export interface QdpxCodesUsed {
  statuses: string[];
  attributions: string[];
  /** sources the library knows */
  sourceIds: string[];
  tags: string[];
  placed: number;
  total: number;
}

export interface QdpxSource {
  text: string;
  /** the TextSource element, as XML text */
  xml: string;
  used: QdpxCodesUsed;
}

function truncateCodePoints(text: string, length: number): string {
  const points = Array.from(text);
  return points.length <= length ? text : `${points.slice(0, length - 1).join('')}…`;
}

/** The codes a claim is coded with: status, attribution, then its known sources and tags, each once. */
function claimCodeGuids(claim: Claim, lookup: ExportLookup): string[] {
  const codes = [
    codeGuid.status(claim.status),
    codeGuid.attribution(claim.attribution),
    ...lookup.sources(claim.sourceIds).map((s) => codeGuid.source(s.id)),
    ...claim.tags.map(codeGuid.tag),
  ];
  return [...new Set(codes)];
}

/**
 * A claim's memo, as QDA tools show a selection's description: its note, its cue (the words that
 * attribute it), then the reason given for its status and its evidence (stance, read date, title,
 * address, note), which have no codes of their own.
 */
function selectionDescription(claim: Claim): string {
  const parts = [claim.note.trim()];
  if (claim.cue) parts.push(`Cue: “${claim.cue.exact.replace(/\s+/g, ' ').trim()}”`);
  const change = currentStatusChange(claim);
  if (change && change.note.trim() !== '') parts.push(`Why this status (${change.at.slice(0, 10)}): ${change.note.trim()}`);
  for (const evidence of claim.evidence) {
    const what = [evidence.title.trim(), evidence.url].filter((part) => part !== '').join(' — ');
    parts.push(`Evidence (${evidenceDetails(evidence)}): ${what}${evidence.note.trim() === '' ? '' : `\n${evidence.note.trim()}`}`);
  }
  return parts.filter((part) => part !== '').join('\n\n');
}

function selectionElement(claim: Claim, toCodePoint: (offset: number) => number, lookup: ExportLookup): XmlElement {
  return {
    '@_guid': claim.id,
    '@_name': xmlName(truncateCodePoints(claim.target.exact.replace(/\s+/g, ' ').trim(), SELECTION_NAME_LENGTH), 'claim'),
    '@_startPosition': toCodePoint(claim.target.start),
    '@_endPosition': toCodePoint(claim.target.end),
    '@_creatingUser': APP_USER_GUID,
    '@_creationDateTime': claim.createdAt,
    '@_modifyingUser': APP_USER_GUID,
    '@_modifiedDateTime': claim.updatedAt,
    Description: optionalText(selectionDescription(claim)),
    Coding: claimCodeGuids(claim, lookup).map((guid) => ({
      '@_guid': derivedGuid(`coding:${claim.id}:${guid}`),
      '@_creatingUser': APP_USER_GUID,
      '@_creationDateTime': claim.createdAt,
      CodeRef: { '@_targetGUID': guid },
    })),
  };
}

function documentDescription(doc: StoredDocument): string {
  const { byline, outlet, published, url, credit, license } = doc.meta;
  const fields = [['By', byline], ['Outlet', outlet], ['Published', published], ['URL', url], ['Credit', credit], ['Licence', license]];
  return fields.filter(([, value]) => value !== '').map(([label, value]) => `${label}: ${value}`).join('\n');
}

/** A document as a REFI-QDA text source; claims that lost their place in the text are left out. */
export function qdpxSource(doc: StoredDocument, lookup: ExportLookup): QdpxSource {
  const text = projectText(doc.content);
  const isPlaced = (c: Claim) => c.anchor !== 'orphan' && text.slice(c.target.start, c.target.end) === c.target.exact;
  const claims = doc.claims.filter(isPlaced).sort(compareClaimsByPosition);
  const toCodePoint = codePointOffsets(text);
  const element: XmlElement = {
    '@_guid': doc.id,
    '@_name': xmlName(doc.meta.title, 'Untitled document'),
    '@_plainTextPath': `internal://${doc.id}.txt`,
    '@_creatingUser': APP_USER_GUID,
    '@_creationDateTime': doc.meta.importedAt,
    '@_modifyingUser': APP_USER_GUID,
    '@_modifiedDateTime': doc.meta.updatedAt,
    Description: optionalText(documentDescription(doc)),
    PlainTextSelection: claims.map((claim) => selectionElement(claim, toCodePoint, lookup)),
  };
  const distinct = (values: string[]) => [...new Set(values)];
  return {
    text,
    xml: buildXml({ TextSource: element }),
    used: {
      statuses: distinct(claims.map((c) => c.status)),
      attributions: distinct(claims.map((c) => c.attribution)),
      sourceIds: lookup.sources(distinct(claims.flatMap((c) => c.sourceIds))).map((s) => s.id),
      tags: distinct(claims.flatMap((c) => c.tags)),
      placed: claims.length,
      total: doc.claims.length,
    },
  };
}
