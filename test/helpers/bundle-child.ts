// Bundles a TypeScript entry (a child process for a test) into one ES module with esbuild, so
// the test can start it with plain `node` in tens of milliseconds, hundreds of times.
import { build } from 'esbuild';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { projectBundleOptions } from './esbuild-raw-text.mjs';

const ROOT = resolve(import.meta.dirname, '..', '..');
const bundles = new Map<string, Promise<string>>();

export function bundleChild(entry: string): Promise<string> {
  let bundle = bundles.get(entry);
  if (!bundle) {
    const outfile = join(mkdtempSync(join(tmpdir(), 'corroborate-child-')), 'child.mjs');
    bundle = build({ ...projectBundleOptions(ROOT), entryPoints: [entry], outfile }).then(() => outfile);
    bundles.set(entry, bundle);
  }
  return bundle;
}
