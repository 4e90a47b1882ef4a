#!/usr/bin/env node
// Runs a benchmark: bundles test/bench/<name>.bench.ts with esbuild and runs it with node, passing
// on the remaining arguments. Each benchmark prints one JSON line of its figures.
//   node test/bench/run-bench.mjs store [--docs 2000] [--claims-per-doc 100]
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { projectBundleOptions } from '../helpers/esbuild-raw-text.mjs';

const root = resolve(import.meta.dirname, '..', '..');
const [name, ...args] = process.argv.slice(2);
if (!name) {
  console.error('usage: run-bench.mjs <name> [args...]');
  process.exit(2);
}
const outdir = mkdtempSync(join(tmpdir(), 'corroborate-bench-'));
await build({ ...projectBundleOptions(root), entryPoints: [join(root, 'test', 'bench', `${name}.bench.ts`)], outdir, outExtension: { '.js': '.mjs' } });
const result = spawnSync(process.execPath, ['--expose-gc', join(outdir, `${name}.bench.mjs`), ...args], { stdio: 'inherit', env: { ...process.env, CORROBORATE_ROOT: root } });
process.exit(result.status ?? 1);
