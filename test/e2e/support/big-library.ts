// A large generated library for a test, written by a bundled child process (the generator uses
// the core, which Playwright's loader cannot import).
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { bundleChild } from '../../helpers/bundle-child';

export async function writeBigLibrary(dir: string, documents: number, claimsPerDocument: number): Promise<void> {
  const bundle = await bundleChild(join(import.meta.dirname, 'generate-library-child.ts'));
  execFileSync(process.execPath, [bundle, dir, String(documents), String(claimsPerDocument)], { env: { ...process.env, CORROBORATE_ROOT: join(import.meta.dirname, '..', '..', '..') } });
}
