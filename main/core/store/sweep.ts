// Start-up clean-up: temporary files left by a process that died mid-write are removed. Only the
// process holding the library lock may do this, or it could remove another writer's file.
import { join } from 'node:path';
import { isTemporaryFile } from './durable-write';
import { isNotFound, type FileSystem } from './file-system';

/** Removes stale temporary files from the given folders; returns how many were removed. */
export async function sweepTemporaryFiles(fs: FileSystem, folders: readonly string[]): Promise<number> {
  let removed = 0;
  for (const folder of folders) {
    let names: string[];
    try {
      names = await fs.readdir(folder);
    } catch (error) {
      if (isNotFound(error)) continue;
      throw error;
    }
    for (const name of names.filter(isTemporaryFile)) {
      await fs.unlink(join(folder, name)).catch(() => undefined);
      removed++;
    }
  }
  return removed;
}
