// Imports annotation sets and library archives into the library: reads the file (our JSON-LD,
// other tools' W3C annotations, Hypothesis API JSON, or an archive), plans the merge, checks that
// everything it would write is valid, and only then writes. Also renders the archive export.
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { AppFailure, describeZodError } from '@shared/bridge/result';
import { ClaimSchema, type Claim } from '@shared/domain/claim';
import { withClaimsPut } from '@shared/domain/deleted-claims';
import { StoredDocumentSchema, type StoredDocument } from '@shared/domain/document';
import { LibraryFileSchema, type LibraryFile } from '@shared/domain/library';
import type { ImportReport } from '@shared/formats/import-report';
import { parseJsonText } from '../store/read-json-file';
import type { LibraryStore } from '../store/library-store';
import type { IncomingSet } from './incoming-set';
import { readArchive } from './library-archive';
import { planMerge, type MergePlan } from './merge-plan';
import { assertNamesKnown, withPlannedChanges } from './planned-library';
import { isHypothesisJson, readHypothesis } from './read-hypothesis';
import { readWebAnnotations } from './read-web-annotations';

/** The largest annotation set or archive accepted (a 200,000-claim JSON-LD export is about 400 MB). */
export const MAX_ANNOTATION_IMPORT_BYTES = 512 * 1024 * 1024;

const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/** Reads any annotation file this app accepts into an incoming set. */
export async function readAnnotationFile(fileName: string, bytes: Uint8Array): Promise<IncomingSet> {
  if (bytes.length > MAX_ANNOTATION_IMPORT_BYTES) {
    throw new AppFailure('too-large', `${fileName} is larger than the ${MAX_ANNOTATION_IMPORT_BYTES / 1024 / 1024} MB limit for annotation sets.`);
  }
  if (isZip(bytes)) return readArchive(bytes, fileName);
  const text = Buffer.from(bytes).toString('utf8');
  const parsed = parseJsonText(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  if (!parsed.ok) throw new AppFailure('file-corrupt', `${fileName} cannot be imported: ${parsed.reason}. Nothing was changed.`);
  try {
    return isHypothesisJson(parsed.value) ? readHypothesis(parsed.value) : readWebAnnotations(parsed.value);
  } catch (error) {
    if (error instanceof AppFailure) throw new AppFailure(error.code, `${fileName} cannot be imported: ${error.message} Nothing was changed.`);
    throw error;
  }
}

/** Refuses an import whose claims were edited in the library after the plan read them (or made there since). */
function assertClaimsAsSeen(doc: StoredDocument, seen: StoredDocument | undefined, changed: readonly Claim[], fileName: string): void {
  const updatedAt = (claims: readonly Claim[] | undefined, id: string) => claims?.find((c) => c.id === id)?.updatedAt;
  const edited = changed.find((claim) => updatedAt(doc.claims, claim.id) !== updatedAt(seen?.claims, claim.id));
  if (edited) throw new AppFailure('invalid-argument', `A claim of “${doc.meta.title}” that ${fileName} changes was edited while the file was read: nothing was changed; import the file again.`);
}

function check(plan: MergePlan, fileName: string): void {
  const fail = (what: string, problem: string) => new AppFailure('file-corrupt', `${fileName} cannot be imported: ${what} ${problem}. Nothing was changed.`);
  const library = LibraryFileSchema.safeParse(plan.library);
  if (!library.success) throw fail('the library would not be valid:', describeZodError(library.error));
  for (const doc of plan.newDocuments) {
    const result = StoredDocumentSchema.safeParse(doc);
    if (!result.success) throw fail(`document “${doc.meta.title}”`, `is not valid (${describeZodError(result.error)})`);
  }
  for (const claims of plan.upserts.values()) {
    for (const claim of claims) {
      const result = ClaimSchema.safeParse(claim);
      if (!result.success) throw fail(`claim ${claim.id}`, `is not valid (${describeZodError(result.error)})`);
    }
  }
}

/** The claims among `changed` that the document held, as it held them. */
function claimsAsTheyWere(doc: StoredDocument | undefined, changed: readonly Claim[]): Claim[] {
  const held = new Map((doc?.claims ?? []).map((c) => [c.id, c]));
  return changed.flatMap((c) => held.get(c.id) ?? []);
}

export class ExchangeService {
  constructor(
    private readonly store: LibraryStore,
    private readonly clock: () => string,
  ) {}

  importAnnotations(fileName: string, bytes: Uint8Array, options: { documentId?: string | undefined } = {}): Promise<ImportReport> {
    return readAnnotationFile(fileName, bytes).then((set) => this.importSet(fileName, set, options));
  }

  /**
   * Merges a set read from a file (the file's bytes and parsed text are no longer held). It is
   * planned from the library as it is when the plan starts, and written in one step under the
   * store's lock, laid over the library as it is then: an edit made while the file was read to
   * the taxonomy or the registry stays; one to a claim the import would change refuses it, as does
   * an entry or a source its claims use that was removed meanwhile. Refused, nothing is changed.
   */
  private async importSet(fileName: string, set: IncomingSet, options: { documentId?: string | undefined }): Promise<ImportReport> {
    const read = this.store.library;
    // the documents as the plan saw them, to tell whether a claim it changes was edited since
    const seen = new Map<string, StoredDocument>();
    const load = async (id: string) => {
      const doc = await this.store.getDocument(id);
      seen.set(id, doc);
      return doc;
    };
    const plan = await planMerge(read, load, set, { fileName, documentId: options.documentId, at: this.clock() });
    check(plan, fileName);
    const claims = [...[...plan.upserts.values()].flat(), ...plan.newDocuments.flatMap((doc) => doc.claims)];
    const changesLibrary = plan.report.sourcesAdded.length > 0 || plan.report.termsAdded.length > 0 || plan.library.settings !== read.settings || plan.library.sets.length !== read.sets.length;
    const changeLibrary = (library: LibraryFile) => {
      const taken = plan.newDocuments.find((doc) => library.documents.some((d) => d.id === doc.id));
      if (taken) throw new AppFailure('invalid-argument', `The document “${taken.meta.title}” was added to the library while ${fileName} was read: nothing was changed; import the file again.`);
      const next = changesLibrary ? withPlannedChanges(library, read, plan.library) : library;
      assertNamesKnown(next, claims);
      const valid = LibraryFileSchema.safeParse(next);
      if (!valid.success) throw new AppFailure('invalid-argument', `${fileName} cannot be imported into the library as it is now: ${describeZodError(valid.error)}. Nothing was changed.`);
      return next;
    };
    const documentChanges = new Map(
      [...plan.upserts].map(([documentId, changed]) => [
        documentId,
        (doc: StoredDocument) => {
          assertClaimsAsSeen(doc, seen.get(documentId), changed, fileName);
          return { ...withClaimsPut(doc, changed), meta: { ...doc.meta, updatedAt: this.clock() } };
        },
      ]),
    );
    await this.store.applyImport(changeLibrary, documentChanges, plan.newDocuments);
    const claimChanges = [...plan.upserts].map(([documentId, after]) => {
      const ids = new Set(after.map((c) => c.id));
      const forgotten = (seen.get(documentId)?.deletedClaims ?? []).filter((d) => ids.has(d.id));
      return { documentId, before: claimsAsTheyWere(seen.get(documentId), after), after, forgotten };
    });
    return { ...plan.report, claimChanges };
  }

  /** Imports a file from disk (the command line), refusing one over the limit before reading it. */
  async importPath(path: string, options: { documentId?: string | undefined } = {}): Promise<ImportReport> {
    const fileName = basename(path);
    const size = await stat(path).then((s) => s.size, () => null);
    if (size === null) throw new AppFailure('not-found', `${path} cannot be read.`);
    if (size > MAX_ANNOTATION_IMPORT_BYTES) throw new AppFailure('too-large', `${fileName} is larger than the ${MAX_ANNOTATION_IMPORT_BYTES / 1024 / 1024} MB limit for annotation sets.`);
    return this.importSet(fileName, await readAnnotationFile(fileName, await readFile(path)), options);
  }
}
