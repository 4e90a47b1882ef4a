// Lets Vitest load "?nodeWorker" imports as electron-vite does in the build: the worker entry is
// bundled with esbuild and the import gives a function that starts it in a worker thread.
import { dirname, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { bundleEntry } from '../helpers/esbuild-project.mjs';

const ROOT = resolve(import.meta.dirname, '..', '..');
const PREFIX = '\0node-worker:';

export function nodeWorkerForTests(): Plugin {
  return {
    name: 'node-worker-for-tests',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!source.endsWith('?nodeWorker') || !importer) return null;
      return `${PREFIX}${resolve(dirname(importer), source.slice(0, -'?nodeWorker'.length))}.ts`;
    },
    async load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const outfile = await bundleEntry(ROOT, id.slice(PREFIX.length), 'worker');
      return `import { Worker } from 'node:worker_threads';\nexport default (options) => new Worker(${JSON.stringify(outfile)}, options);\n`;
    },
  };
}
