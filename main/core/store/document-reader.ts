// Reads one document file for the store: a damaged file is put aside and the user told what to
// do; a file from a newer version is returned to be opened read-only.
import { basename } from 'node:path';
import { DOCUMENT_SCHEMA_VERSION, type StoredDocument } from '@shared/domain/document';
import type { FileSystem } from './file-system';
import type { LibraryPaths } from './library-paths';
import type { Notices } from './notices';
import { quarantine } from './quarantine';
import { parseJsonText, readJsonFile } from './read-json-file';
import { DOCUMENT_FILE } from './versioned-schemas';

export type DocumentReading =
  | { doc: StoredDocument; readOnly: boolean; migratedFrom: number | null }
  | { missing: true }
  | { problem: string };

/** The document a reading found, or null. */
export function documentOf(reading: DocumentReading): StoredDocument | null {
  return 'doc' in reading ? reading.doc : null;
}

interface ReaderContext {
  fs: FileSystem;
  paths: LibraryPaths;
  notices: Notices;
  at: string;
}

export async function readDocumentFile(context: ReaderContext, id: string): Promise<DocumentReading> {
  const path = context.paths.documentFile(id);
  const reading = await readJsonFile(context.fs, path, DOCUMENT_FILE);
  if (reading.kind === 'missing') return { missing: true };
  if (reading.kind === 'invalid') {
    const aside = await quarantine(context.fs, path, context.at);
    const problem = `documents/${id}.json could not be read: ${reading.reason}. It was moved aside as ${basename(aside)}. Restore the document from a backup.`;
    context.notices.add({ level: 'error', message: problem, action: 'restore-document', documentId: id });
    return { problem };
  }
  if (reading.kind === 'newer') {
    const problem = `documents/${id}.json was written by a newer version of Corroborate (format ${reading.version}).`;
    if (!reading.data) {
      const message = `${problem} This version cannot read it; update Corroborate.`;
      context.notices.add({ level: 'warning', message });
      return { problem: message };
    }
    context.notices.add({ level: 'warning', message: `${problem} It is open read-only; update Corroborate to change it.`, documentId: id });
    return { doc: reading.data, readOnly: true, migratedFrom: null };
  }
  return { doc: reading.data, readOnly: false, migratedFrom: reading.migratedFrom };
}

/**
 * A current document file read without the full check (for derived views), or null when it is
 * not plainly one: missing, unparsable, another version or shape, which getDocument then handles.
 */
export async function peekDocumentFile(fs: FileSystem, paths: LibraryPaths, id: string): Promise<StoredDocument | null> {
  const text = await fs.readFile(paths.documentFile(id)).then((b) => b.toString('utf8'), () => null);
  const parsed = text === null ? null : parseJsonText(text);
  const value = parsed?.ok ? (parsed.value as Partial<StoredDocument>) : null;
  const plain = value && value.schemaVersion === DOCUMENT_SCHEMA_VERSION && value.id === id && Array.isArray(value.claims) && value.meta && value.content;
  return plain ? (value as StoredDocument) : null;
}
