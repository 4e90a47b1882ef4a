// The library archive: a zip of library.json (taxonomy, sources, settings) and one file per
// document, exactly as the store keeps them, that restores into an empty library exactly and
// merges into a full one like any annotation set. Reading it trusts nothing: only the names it
// expects are read, a path outside the archive or a decompression bomb is refused before any
// byte is inflated, and every file is migrated and validated as the store would.
import { Readable } from 'node:stream';
import yauzl from 'yauzl';
import yazl from 'yazl';
import { AppFailure } from '@shared/bridge/result';
import type { Claim } from '@shared/domain/claim';
import type { StoredDocument } from '@shared/domain/document';
import { LIBRARY_SCHEMA_VERSION, defaultSettings, type LibraryFile } from '@shared/domain/library';
import type { ExportFeed } from '../exports/export-feed';
import type { StreamOptions } from '../exports/stream-options';
import { zipChunks } from '../exports/zip-output';
import { interpret, parseJsonText, type VersionedSchema } from '../store/read-json-file';
import { DOCUMENT_FILE, LIBRARY_FILE } from '../store/versioned-schemas';
import { emptySet, type IncomingClaim, type IncomingSet } from './incoming-set';

export const ARCHIVE_MANIFEST = 'corroborate-archive.json';
const LIBRARY_ENTRY = 'library.json';
const DOCUMENT_ENTRY = /^documents\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.json$/;

export const ARCHIVE_LIMITS = {
  entries: 100_000,
  entryBytes: 256 * 1024 * 1024,
  totalBytes: 2 * 1024 * 1024 * 1024,
  /** inflated size over compressed size beyond which an entry is a bomb, not a document */
  ratio: 200,
};

/**
 * Streams the archive of a feed's documents and the library's registries and settings. Each
 * document is read only when the zip writer reaches it, so memory stays bounded.
 */
export async function* streamArchive(feed: ExportFeed, options: StreamOptions = {}): AsyncGenerator<Uint8Array> {
  const zip = new yazl.ZipFile();
  const { base } = feed;
  const manifest = { format: 'corroborate-archive', version: 1, appVersion: base.appVersion, createdAt: base.generatedAt, documents: feed.documentIds.length };
  zip.addBuffer(Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`), ARCHIVE_MANIFEST);
  // The index of documents is derived from their files; the store rebuilds it on import.
  const library: LibraryFile = { schemaVersion: LIBRARY_SCHEMA_VERSION, taxonomy: base.taxonomy, sources: [...base.sources], settings: base.settings ?? defaultSettings(), sets: [...(base.sets ?? [])], documents: [] };
  zip.addBuffer(Buffer.from(JSON.stringify(library)), LIBRARY_ENTRY);
  feed.documentIds.forEach((id, index) => {
    zip.addReadStreamLazy(`documents/${id}.json`, (done) => {
      if (options.signal?.aborted) return done(options.signal.reason, Readable.from([]));
      feed.load(id).then(
        (doc) => {
          options.onProgress?.(index + 1, feed.documentIds.length);
          done(null, Readable.from([Buffer.from(JSON.stringify(doc))]));
        },
        (error: unknown) => done(error, Readable.from([])),
      );
    });
  });
  yield* zipChunks(zip);
}

function refuse(fileName: string, problem: string): AppFailure {
  return new AppFailure('file-corrupt', `${fileName} cannot be imported: ${problem}. Nothing was changed.`);
}

/** The archive's entries we read, inflated, after checking names and sizes. */
function readEntries(bytes: Uint8Array, fileName: string): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(Buffer.from(bytes), { lazyEntries: true, validateEntrySizes: true, strictFileNames: true }, (openError, zip) => {
      if (openError || !zip) return reject(refuse(fileName, `it is not a readable zip archive (${openError?.message ?? 'no entries'})`));
      const entries = new Map<string, Buffer>();
      let count = 0;
      let total = 0;
      const fail = (problem: string) => {
        zip.close();
        reject(refuse(fileName, problem));
      };
      zip.on('error', (error: Error) =>
        fail(/relative path|absolute path/.test(error.message) ? `it holds a path outside its folder (${error.message})` : `the archive is damaged (${error.message})`),
      );
      zip.on('end', () => resolve(entries));
      zip.on('entry', (entry: yauzl.Entry) => {
        const name = entry.fileName;
        if (++count > ARCHIVE_LIMITS.entries) return fail(`it holds more than ${ARCHIVE_LIMITS.entries} files`);
        if (name.endsWith('/')) return zip.readEntry();
        if (name !== ARCHIVE_MANIFEST && name !== LIBRARY_ENTRY && !DOCUMENT_ENTRY.test(name)) return fail(`it holds “${name.slice(0, 120)}”, which is not part of a Corroborate archive`);
        total += entry.uncompressedSize;
        if (entry.uncompressedSize > ARCHIVE_LIMITS.entryBytes || total > ARCHIVE_LIMITS.totalBytes) return fail(`“${name}” would inflate to more than the ${ARCHIVE_LIMITS.entryBytes / 1024 / 1024} MB a file may hold`);
        if (entry.uncompressedSize > 1024 * 1024 && entry.uncompressedSize / Math.max(1, entry.compressedSize) > ARCHIVE_LIMITS.ratio) return fail(`“${name}” inflates ${Math.round(entry.uncompressedSize / Math.max(1, entry.compressedSize))} times its size, as a decompression bomb does`);
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return fail(`“${name}” cannot be read (${streamError?.message ?? 'no data'})`);
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('error', (error: Error) => fail(`“${name}” is damaged (${error.message})`));
          stream.on('end', () => {
            entries.set(name, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  });
}

function readFile<T>(entries: Map<string, Buffer>, name: string, versioned: VersionedSchema<T>, fileName: string): T {
  const bytes = entries.get(name);
  if (!bytes) throw refuse(fileName, `it has no ${name}`);
  const parsed = parseJsonText(bytes.toString('utf8'));
  if (!parsed.ok) throw refuse(fileName, `${name}: ${parsed.reason}`);
  const reading = interpret(parsed.value, versioned);
  if (reading.kind === 'ok') return reading.data;
  if (reading.kind === 'newer') throw refuse(fileName, `${name} was written by a newer version of Corroborate (schema ${reading.version}); update the app first`);
  throw refuse(fileName, `${name}: ${reading.kind === 'invalid' ? reading.reason : 'missing'}`);
}

/** A stored claim as an incoming one: every field kept, its document named by id. */
function claimToIncoming(claim: Claim, doc: StoredDocument, where: string): IncomingClaim {
  return {
    where,
    id: claim.id,
    documentId: doc.id,
    documentIri: null,
    documentLabel: doc.meta.title,
    target: { ...claim.target },
    cue: claim.cue ? { ...claim.cue } : null,
    anchor: claim.anchor,
    sources: claim.sourceIds.map((id) => ({ id, name: id, kind: null })),
    attribution: { value: claim.attribution, label: null },
    status: { value: claim.status, label: null },
    statusHistory: claim.statusHistory,
    note: claim.note,
    evidence: claim.evidence,
    tags: claim.tags,
    createdAt: claim.createdAt,
    updatedAt: claim.updatedAt,
  };
}

export async function readArchive(bytes: Uint8Array, fileName: string): Promise<IncomingSet> {
  const entries = await readEntries(bytes, fileName);
  if (!entries.has(ARCHIVE_MANIFEST)) throw refuse(fileName, `it is a zip file but not a Corroborate archive (it has no ${ARCHIVE_MANIFEST})`);
  const library = readFile(entries, LIBRARY_ENTRY, LIBRARY_FILE, fileName);
  const set = emptySet('archive');
  set.taxonomy = library.taxonomy;
  set.settings = library.settings;
  set.sources = library.sources;
  set.savedSets = library.sets;
  for (const name of [...entries.keys()].filter((n) => DOCUMENT_ENTRY.test(n)).sort()) {
    const doc = readFile(entries, name, DOCUMENT_FILE, fileName);
    if (`documents/${doc.id}.json` !== name) throw refuse(fileName, `${name} holds document ${doc.id}`);
    set.documents.push({ ...doc, claims: [] });
    doc.claims.forEach((claim, index) => set.claims.push(claimToIncoming(claim, doc, `${name}, claim ${index + 1}`)));
  }
  return set;
}
