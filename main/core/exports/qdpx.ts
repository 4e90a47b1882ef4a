// REFI-QDA project export (.qdpx, https://www.qdasoftware.org/) for ATLAS.ti, NVivo, MAXQDA and
// QualCoder: a zip of each document's plain text under sources/ and project.qde (valid against
// Project.xsd 1.0), whose claims are coded PlainTextSelections with offsets in Unicode code points.
// Streamed: each document's text goes into the zip as it is rendered and its TextSource to a spool
// file; project.qde is written last, once the codebook of every code used is known.
import { Readable } from 'node:stream';
import yazl from 'yazl';
import type { Source } from '@shared/domain/source';
import { taxonomyEntry, type Taxonomy, type TaxonomyEntry } from '@shared/domain/taxonomy';
import { ExportLookup } from '@shared/formats/export-scope';
import { counted } from '@shared/text/counted';
import { partsInOrder, type ExportFeed } from './export-feed';
import type { QdpxCodesUsed } from './qdpx-source';
import { APP_USER_GUID, buildXml, codeGuid, derivedGuid, optionalText, xmlName, xmlSafeText, type XmlElement } from './qdpx-xml';
import { SpoolFile } from './spool-file';
import type { StreamOptions } from './stream-options';
import { zipChunks } from './zip-output';

const PROJECT_NAMESPACE = 'urn:QDA-XML:project:1.0';

interface QdaCode {
  guid: string;
  name: string;
  color: string | undefined;
  description: string;
}

/** The codes every document used, and how many claims were placed in all. */
class CodesGathered {
  readonly statuses = new Set<string>();
  readonly attributions = new Set<string>();
  readonly sourceIds = new Set<string>();
  readonly tags = new Set<string>();
  placed = 0;
  total = 0;
  documents = 0;

  add(used: QdpxCodesUsed): void {
    for (const id of used.statuses) this.statuses.add(id);
    for (const id of used.attributions) this.attributions.add(id);
    for (const id of used.sourceIds) this.sourceIds.add(id);
    for (const tag of used.tags) this.tags.add(tag);
    this.placed += used.placed;
    this.total += used.total;
    this.documents++;
  }
}

const validColor = (color: string) => (/^#[0-9a-f]{6}$/i.test(color) ? color : undefined);

/** The taxonomy's entries as codes, plus a stand-in for any id the claims use that it lacks. */
function taxonomyCodes(guidOf: (id: string) => string, entries: readonly TaxonomyEntry[], usedIds: Iterable<string>): QdaCode[] {
  const all = [...entries];
  for (const id of usedIds) if (!all.some((e) => e.id === id)) all.push(taxonomyEntry(entries, id));
  return all.map((e) => ({ guid: guidOf(e.id), name: xmlName(e.label, e.id), color: validColor(e.color), description: e.description }));
}

function sourceCode(source: Source, taxonomy: Taxonomy): QdaCode {
  const kind = taxonomyEntry(taxonomy.sourceKinds, source.kind);
  const lines = [`Kind: ${kind.label}`, source.aliases.length > 0 ? `Also called: ${source.aliases.join('; ')}` : '', source.description];
  return {
    guid: codeGuid.source(source.id),
    name: xmlName(source.name, source.id),
    color: validColor(kind.color),
    description: lines.filter((line) => line !== '').join('\n'),
  };
}

const byName = (a: QdaCode, b: QdaCode) => a.name.localeCompare(b.name, 'en') || a.guid.localeCompare(b.guid);

function codeElement(code: QdaCode): XmlElement {
  return { '@_guid': code.guid, '@_name': code.name, '@_isCodable': 'true', '@_color': code.color, Description: optionalText(code.description) };
}

/** The codebook: one group per dimension (status, attribution, source, tag), with the codes used. */
function codeBookElement(feed: ExportFeed, used: CodesGathered): XmlElement {
  const { taxonomy } = feed.base;
  const lookup = new ExportLookup(feed.base);
  const groups = [
    { name: 'Status', codes: taxonomyCodes(codeGuid.status, taxonomy.statuses, used.statuses) },
    { name: 'Attribution', codes: taxonomyCodes(codeGuid.attribution, taxonomy.attributionTypes, used.attributions) },
    { name: 'Source', codes: lookup.sources([...used.sourceIds]).map((s) => sourceCode(s, taxonomy)).sort(byName) },
    { name: 'Tag', codes: [...used.tags].map((tag) => ({ guid: codeGuid.tag(tag), name: xmlName(tag, 'tag'), color: undefined, description: '' })).sort(byName) },
  ];
  const groupElements = groups.map((group) => ({
    '@_guid': derivedGuid(`group:${group.name}`),
    '@_name': group.name,
    '@_isCodable': 'false',
    Code: group.codes.map(codeElement),
  }));
  return { Codes: { Code: groupElements } };
}

/** The project's name: the document's title, or the saved set's name, with how many documents it spans. */
function projectName(feed: ExportFeed): string {
  const count = feed.documentIds.length;
  if (count === 1) return xmlName(feed.title, 'Corroborate export');
  const named = feed.title !== `${count} documents` ? xmlName(feed.title, '') : '';
  return `${named === '' ? 'Corroborate export' : named} (${count} documents)`;
}

function projectDescription(feed: ExportFeed, used: CodesGathered): string {
  const left = used.total - used.placed;
  const summary = xmlSafeText(`Claims annotated in Corroborate ${feed.base.appVersion}, exported ${feed.base.generatedAt}: ${counted(used.placed, 'claim')} in ${counted(used.documents, 'document')}.`);
  if (left === 0) return summary;
  return left === 1
    ? `${summary} 1 claim that has lost its place in the text (an orphan) is left out.`
    : `${summary} ${left} claims that have lost their place in the text (orphans) are left out.`;
}

/** Stands where the text sources go while the rest of project.qde is built (no library text can hold "<"). */
const SOURCES_PLACEHOLDER = '<Sources>sources</Sources>';

/** project.qde: the project around the text sources spooled as the documents were rendered. */
async function* projectXml(feed: ExportFeed, used: CodesGathered, sources: SpoolFile): AsyncGenerator<string> {
  const project: XmlElement = {
    '@_xmlns': PROJECT_NAMESPACE,
    '@_name': projectName(feed),
    '@_origin': `Corroborate ${xmlName(feed.base.appVersion, '')}`.trim(),
    '@_creatingUserGUID': APP_USER_GUID,
    '@_creationDateTime': feed.base.generatedAt,
    Users: { User: [{ '@_guid': APP_USER_GUID, '@_name': 'Corroborate' }] },
    CodeBook: codeBookElement(feed, used),
    Sources: used.documents > 0 ? 'sources' : undefined,
    Description: projectDescription(feed, used),
  };
  const xml = buildXml({ '?xml': { '@_version': '1.0', '@_encoding': 'utf-8' }, Project: project });
  const at = xml.indexOf(SOURCES_PLACEHOLDER);
  if (at < 0) return yield xml;
  yield `${xml.slice(0, at)}<Sources>\n`;
  yield* sources.read();
  yield `</Sources>${xml.slice(at + SOURCES_PLACEHOLDER.length)}`;
}

/**
 * The documents of a feed as a REFI-QDA project (.qdpx), streamed. Byte-for-byte the same for the
 * same documents: GUIDs are our ids or derived from them, and every zip entry carries the export's time.
 */
export async function* streamQdpx(feed: ExportFeed, options: StreamOptions = {}): AsyncGenerator<Uint8Array> {
  const mtime = new Date(feed.base.generatedAt);
  const sources = await SpoolFile.create();
  const used = new CodesGathered();
  const parts = partsInOrder(feed, 'qdpx', options);
  const zip = new yazl.ZipFile();
  try {
    zip.addEmptyDirectory('sources/', { mtime });
    // yazl asks for entries one after another, in the order added: each asks for the next document
    for (const id of feed.documentIds) {
      zip.addReadStreamLazy(`sources/${id}.txt`, { mtime }, (done) => {
        parts
          .next()
          .then(async (next) => {
            if (next.done || !next.value.qdpx) throw new Error(`the rendering of document ${id} is missing`);
            await sources.write(next.value.entry);
            used.add(next.value.qdpx);
            done(null, Readable.from([Buffer.from(next.value.body, 'utf8')]));
          })
          .catch((error: unknown) => done(error as Error, Readable.from([])));
      });
    }
    // the feed's last turn tells the progress of the last document
    zip.addReadStreamLazy('project.qde', { mtime }, (done) => {
      parts.next().then(
        () => done(null, Readable.from(projectXml(feed, used, sources))),
        (error: unknown) => done(error as Error, Readable.from([])),
      );
    });
    yield* zipChunks(zip);
  } finally {
    await parts.return(undefined);
    await sources.dispose();
  }
}
