// Opens library.json: migrates an old file (after a backup), opens a newer one read-only, and
// when the file is damaged or missing puts it aside and recovers what a backup holds.
import { basename } from 'node:path';
import { AppFailure } from '@shared/bridge/result';
import { defaultSettings, LIBRARY_SCHEMA_VERSION, type LibraryFile } from '@shared/domain/library';
import { defaultTaxonomy } from '@shared/domain/taxonomy';
import { isDocumentFileName, type Backups } from './backups';
import type { FileSystem } from './file-system';
import type { LibraryPaths } from './library-paths';
import type { Notices } from './notices';
import { quarantine } from './quarantine';
import { interpret, parseJsonText, readJsonFile } from './read-json-file';
import { LIBRARY_FILE } from './versioned-schemas';

export function emptyLibrary(): LibraryFile {
  return { schemaVersion: LIBRARY_SCHEMA_VERSION, taxonomy: defaultTaxonomy(), sources: [], settings: defaultSettings(), sets: [], documents: [] };
}

export interface LoadedLibraryFile {
  library: LibraryFile;
  /** the file on disk differs from `library` and must be written (unless read-only) */
  needsWrite: boolean;
  readOnly: boolean;
}

interface LoaderContext {
  fs: FileSystem;
  paths: LibraryPaths;
  backups: Backups;
  notices: Notices;
  at: string;
}

const when = (iso: string) => `${iso.replace('T', ' ').slice(0, 16)} UTC`;

/** The newest backup whose library.json verifies and reads; null when there is none. */
async function libraryFromBackups(context: LoaderContext): Promise<{ library: LibraryFile; backupAt: string } | null> {
  for (const backup of await context.backups.list()) {
    if ((await context.backups.verify(backup.id, ['library.json'])) !== null) continue;
    const copy = await context.backups.fileIn(backup.id, 'library.json');
    const bytes = copy ? await context.fs.readFile(copy).catch(() => null) : null;
    const parsed = bytes ? parseJsonText(bytes.toString('utf8')) : null;
    const reading = parsed?.ok ? interpret(parsed.value, LIBRARY_FILE) : null;
    if (reading?.kind === 'ok') return { library: reading.data, backupAt: backup.createdAt };
  }
  return null;
}

async function recover(context: LoaderContext, why: string): Promise<LoadedLibraryFile> {
  const found = await libraryFromBackups(context);
  if (found) {
    context.notices.add({
      level: 'error',
      message: `${why} Its sources, taxonomy and settings were recovered from the backup of ${when(found.backupAt)}; your documents and their claims are intact. Sources added since then show as unknown.`,
      action: 'restore-library',
    });
    return { library: { ...found.library, documents: [] }, needsWrite: true, readOnly: false };
  }
  context.notices.add({
    level: 'error',
    message: `${why} No backup holds a readable copy, so the source registry and taxonomy start afresh; your documents and their claims are intact, but their sources show as unknown.`,
  });
  return { library: emptyLibrary(), needsWrite: true, readOnly: false };
}

/** Reads library.json, whatever state it is in. */
export async function loadLibraryFile(context: LoaderContext): Promise<LoadedLibraryFile> {
  const { fs, paths, notices } = context;
  const reading = await readJsonFile(fs, paths.libraryFile, LIBRARY_FILE);
  switch (reading.kind) {
    case 'ok':
      if (reading.migratedFrom !== null) {
        const backup = await context.backups.snapshot(`before-migration-v${reading.migratedFrom}-v${LIBRARY_SCHEMA_VERSION}`, context.at);
        notices.add({ level: 'info', message: `The library was upgraded from format ${reading.migratedFrom} to ${LIBRARY_SCHEMA_VERSION}; the old files were backed up first (${backup.id}).` });
      }
      return { library: reading.data, needsWrite: reading.migratedFrom !== null, readOnly: false };
    case 'missing': {
      const documents = (await fs.readdir(paths.documentsDir)).filter(isDocumentFileName);
      if (documents.length === 0) return { library: emptyLibrary(), needsWrite: true, readOnly: false };
      return recover(context, `library.json is missing from ${paths.root}.`);
    }
    case 'invalid': {
      const aside = await quarantine(fs, paths.libraryFile, context.at);
      return recover(context, `library.json could not be read: ${reading.reason}. It was moved aside as ${basename(aside)}.`);
    }
    case 'newer':
      if (!reading.data) {
        throw new AppFailure(
          'read-only',
          `This library was written by a newer version of Corroborate (format ${reading.version}; this version reads up to ${LIBRARY_SCHEMA_VERSION}) and cannot be opened. Update Corroborate to open it.`,
        );
      }
      notices.add({
        level: 'warning',
        message: `This library was written by a newer version of Corroborate (format ${reading.version}; this version reads up to ${LIBRARY_SCHEMA_VERSION}). It is open read-only: update Corroborate to change it.`,
      });
      return { library: reading.data, needsWrite: false, readOnly: true };
  }
}
