// The files named on a command line (`corroborate-desktop article.txt`), so a second launch can hand
// them to the running app, which imports them.
import { statSync } from 'node:fs';
import { resolve } from 'node:path';

/** Existing files among the arguments (flags, their values, folders and the app path are skipped). */
export function filesToOpen(argv: readonly string[], cwd: string): string[] {
  const files: string[] = [];
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--library') {
      i++;
      continue;
    }
    if (arg.startsWith('-')) continue;
    const path = resolve(cwd, arg);
    try {
      if (statSync(path).isFile()) files.push(path);
    } catch {
      // not a file: ignore
    }
  }
  return files;
}
