#!/usr/bin/env node
// Runs a benchmark: bundles test/bench/<name>.bench.ts with esbuild and runs it with node, passing
// on the remaining arguments. Each benchmark prints one JSON line of its figures.
//   node test/bench/run-bench.mjs store [--docs 2000] [--claims-per-doc 100]
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { bundleEntry } from '../helpers/esbuild-project.mjs';

const root = resolve(import.meta.dirname, '..', '..');
const [name, ...args] = process.argv.slice(2);
if (!name) {
  console.error('usage: run-bench.mjs <name> [args...]');
  process.exit(2);
}
const bundle = await bundleEntry(root, join(root, 'test', 'bench', `${name}.bench.ts`), `${name}.bench`);
const result = spawnSync(process.execPath, ['--expose-gc', bundle, ...args], { stdio: 'inherit', env: { ...process.env, CORROBORATE_ROOT: root } });
process.exit(result.status ?? 1);
