// An import's writes, all or none: library.json's registries, the documents it changes and the new
// documents. When any write fails, what was written is put back (the changed documents' versions
// from before, library.json as it was) and the new documents' files are taken out, so a failed
// import leaves the library as it found it.
import type { DocumentSummary, StoredDocument } from '@shared/domain/document';
import type { LibraryFile } from '@shared/domain/library';
import { putBackFailed } from './put-back-failure';
import { writeAllOrNone } from './write-all-or-none';

/** The store's own writes, which keep its memory in step with the disk. */
export interface ImportWriter {
  writeLibrary(next: LibraryFile): Promise<void>;
  /** Writes a document's file and resolves to its index entry. */
  writeDocument(doc: StoredDocument): Promise<DocumentSummary>;
  /** Takes new documents' files back out (a file never written is simply not there). */
  removeNewDocuments(docs: readonly StoredDocument[]): Promise<void>;
}

/** An existing document as it was read under the lock, and as the import leaves it. */
export interface DocumentRewrite {
  before: StoredDocument;
  after: StoredDocument;
}

/** How many new document files are written at once. */
const PARALLEL_DOCUMENT_WRITES = 4;

/**
 * Writes `nextLibrary` (the registries; its document list is `before`'s), then the rewritten
 * documents, then the new ones and the index listing them; resolves to the new documents' index
 * entries. On a failure everything written is put back and the failure is thrown.
 */
export async function writeImport(writer: ImportWriter, before: LibraryFile, nextLibrary: LibraryFile, rewrites: readonly DocumentRewrite[], newDocuments: readonly StoredDocument[]): Promise<DocumentSummary[]> {
  const rewritten = new Map<string, DocumentSummary>();
  // a write that fails leaves its file as it was (writeFileDurably): only those that succeeded are put back
  const written: DocumentRewrite[] = [];
  let libraryWritten = false;
  try {
    // the registries first: the documents written next name their sources and taxonomy entries
    if (nextLibrary !== before) {
      await writer.writeLibrary(nextLibrary);
      libraryWritten = true;
    }
    for (const rewrite of rewrites) {
      rewritten.set(rewrite.after.id, await writer.writeDocument(rewrite.after));
      written.push(rewrite);
    }
    const documents = before.documents.map((d) => rewritten.get(d.id) ?? d);
    const listed = (summaries: readonly DocumentSummary[]) => writer.writeLibrary({ ...nextLibrary, documents: [...documents, ...summaries] });
    return await writeAllOrNone(newDocuments, PARALLEL_DOCUMENT_WRITES, (doc) => writer.writeDocument(doc), listed, (docs) => writer.removeNewDocuments(docs));
  } catch (error) {
    if (libraryWritten || written.length > 0) await putBack(writer, before, written, error);
    throw error;
  }
}

/** Writes the documents' versions from before and library.json as it was (with their new file stamps); a failure to do so is told with the first one. */
async function putBack(writer: ImportWriter, before: LibraryFile, written: readonly DocumentRewrite[], failure: unknown): Promise<void> {
  try {
    const restored = new Map<string, DocumentSummary>();
    for (const { before: doc } of written) restored.set(doc.id, await writer.writeDocument(doc));
    await writer.writeLibrary({ ...before, documents: before.documents.map((d) => restored.get(d.id) ?? d) });
  } catch (putBackFailure) {
    throw putBackFailed(failure, putBackFailure, 'Putting the library back as it was', 'part of the import may be in the library. Check the documents it names, or restore a backup (Restore from backup).');
  }
}
