// The document index in library.json is derived data: at start-up it is checked against
// documents/ (by each file's size and modification time) and mended where it is missing or stale,
// reading only the files that changed.
import { summarizeDocument, type DocumentSummary, type FileStamp, type StoredDocument } from '@shared/domain/document';
import { isDocumentFileName } from './backups';
import { isNotFound, mapLimited, type FileSystem } from './file-system';
import type { LibraryPaths } from './library-paths';
import type { Notices } from './notices';

export interface IndexCheck {
  documents: DocumentSummary[];
  /** ids whose entry was added, rebuilt or dropped */
  added: string[];
  rebuilt: string[];
  /** entries dropped because their file is gone */
  missing: string[];
  /** entries dropped because their file could not be used (the loader reported why) */
  unreadable: string[];
}

/** Loads a document for the index; null when the file cannot be used (the loader has said why). */
export type DocumentLoader = (id: string) => Promise<StoredDocument | null>;

export async function stampOf(fs: FileSystem, path: string): Promise<FileStamp | null> {
  try {
    const stats = await fs.stat(path);
    return { size: stats.size, mtimeMs: stats.mtimeMs };
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
}

/** Compares the index with the files and returns the mended index. */
export async function checkIndex(fs: FileSystem, paths: LibraryPaths, index: readonly DocumentSummary[], load: DocumentLoader): Promise<IndexCheck> {
  const files = new Set((await fs.readdir(paths.documentsDir)).filter(isDocumentFileName).map((n) => n.slice(0, -'.json'.length)));
  const check: IndexCheck = { documents: [], added: [], rebuilt: [], missing: [], unreadable: [] };
  const seen = new Set<string>();
  const entries = await mapLimited(index, 32, async (entry) => {
    if (seen.has(entry.id)) return { entry, outcome: 'duplicate' as const };
    seen.add(entry.id);
    if (!files.has(entry.id)) return { entry, outcome: 'missing' as const };
    const stamp = await stampOf(fs, paths.documentFile(entry.id));
    if (stamp && stamp.size === entry.file.size && stamp.mtimeMs === entry.file.mtimeMs) return { entry, outcome: 'keep' as const };
    const doc = await load(entry.id);
    return doc && stamp ? { entry: summarizeDocument(doc, stamp), outcome: 'rebuilt' as const } : { entry, outcome: 'unreadable' as const };
  });
  for (const { entry, outcome } of entries) {
    if (outcome === 'keep' || outcome === 'rebuilt') check.documents.push(entry);
    if (outcome === 'rebuilt') check.rebuilt.push(entry.id);
    if (outcome === 'missing') check.missing.push(entry.id);
    if (outcome === 'unreadable') check.unreadable.push(entry.id);
  }
  const known = new Set([...check.documents.map((d) => d.id), ...check.unreadable]);
  const unindexed = [...files].filter((id) => !known.has(id)).sort();
  for (const id of unindexed) {
    const doc = await load(id);
    const stamp = await stampOf(fs, paths.documentFile(id));
    if (doc && stamp) {
      check.documents.push(summarizeDocument(doc, stamp));
      check.added.push(id);
    }
  }
  return check;
}

/**
 * Tells the user what the check mended (unless `quiet`, when the whole file was rebuilt anyway and
 * another message says so). Returns true when the index changed and must be written.
 */
export function reportIndexCheck(check: IndexCheck, notices: Notices, options: { quiet: boolean }): boolean {
  const rebuilt = check.rebuilt.length + check.added.length;
  if (rebuilt > 0 && !options.quiet) {
    notices.add({ level: 'info', message: `The document index was out of date for ${rebuilt} document${rebuilt === 1 ? '' : 's'} and has been rebuilt from their files.` });
  }
  const missing = check.missing.length;
  if (missing > 0) {
    notices.add({
      level: 'warning',
      message: `${missing} document${missing === 1 ? ' in the index has' : 's in the index have'} no file any more (deleted outside Corroborate?). Restore a backup to get ${missing === 1 ? 'it' : 'them'} back.`,
      action: 'restore-library',
    });
  }
  return rebuilt > 0 || missing > 0 || check.unreadable.length > 0;
}
