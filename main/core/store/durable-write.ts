// Replaces a file whole or not at all (DESIGN.md section 9, promise 1): write a unique temporary
// file opened with mode 0600, fsync it, rename it over the target, then fsync the folder so the
// rename itself survives a power cut. Temporary files end in ".tmp" and are swept at start-up.
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { isNotFound, type FileSystem } from './file-system';

export const TEMP_SUFFIX = '.tmp';
export const FILE_MODE = 0o600;

/** The unique temporary name used while replacing `target`. */
export function temporaryPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`);
}

/** True for a temporary file that `writeFileDurably` leaves behind when a process dies mid-write. */
export function isTemporaryFile(name: string): boolean {
  return name.startsWith('.') && name.endsWith(TEMP_SUFFIX);
}

/** Flushes a folder's entries (a rename or an unlink in it) to disk. */
export async function syncFolder(fs: FileSystem, folder: string): Promise<void> {
  const handle = await fs.open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Writes `data` to `target` durably. Resolves only once the data and the rename are on disk. If
 * any step fails, `target` is left as it was: the old version is kept under a second link until
 * the folder is synced, and put back if that sync fails after the rename.
 */
export async function writeFileDurably(fs: FileSystem, target: string, data: string | Uint8Array): Promise<void> {
  const temporary = temporaryPathFor(target);
  const previous = temporaryPathFor(target);
  let keptPrevious = false;
  let renamed = false;
  try {
    const handle = await fs.open(temporary, 'wx', FILE_MODE);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    try {
      await fs.link(target, previous);
      keptPrevious = true;
    } catch (error) {
      if (!isNotFound(error)) throw error;
    }
    await fs.rename(temporary, target);
    renamed = true;
    await syncFolder(fs, dirname(target));
  } catch (error) {
    if (!renamed) await fs.unlink(temporary).catch(() => undefined);
    else {
      await (keptPrevious ? fs.rename(previous, target) : fs.unlink(target)).catch(() => undefined);
      keptPrevious = false;
      await syncFolder(fs, dirname(target)).catch(() => undefined);
    }
    throw error;
  } finally {
    if (keptPrevious) await fs.unlink(previous).catch(() => undefined);
  }
}
