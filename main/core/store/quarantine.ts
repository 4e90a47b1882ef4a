// Moves a file that cannot be used aside as <name>.corrupt-<timestamp>.json, so it is never
// written over and can still be inspected or recovered by hand.
import { basename, dirname, join } from 'node:path';
import type { FileSystem } from './file-system';

/** True for a file put aside by `quarantine`. */
export function isQuarantined(name: string): boolean {
  return /\.corrupt-[0-9TZ-]+\.json$/.test(name);
}

/** Renames `path` aside and returns the new path. */
export async function quarantine(fs: FileSystem, path: string, at: string): Promise<string> {
  const stamp = at.replace(/[:.]/g, '-');
  const aside = join(dirname(path), `${basename(path, '.json')}.corrupt-${stamp}.json`);
  await fs.rename(path, aside);
  return aside;
}
