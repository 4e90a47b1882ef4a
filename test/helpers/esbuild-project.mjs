// esbuild settings for bundling project code for test children and benchmarks, with plugins for
// the two Vite import suffixes the app uses: "?raw" (a file's text) and electron-vite's
// "?nodeWorker" (a function that starts the file in a worker thread).
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

export const rawTextPlugin = {
  name: 'raw-text',
  setup(build) {
    build.onResolve({ filter: /\?raw$/ }, (args) => ({ path: resolve(args.resolveDir, args.path.slice(0, -'?raw'.length)), namespace: 'raw-text' }));
    build.onLoad({ filter: /.*/, namespace: 'raw-text' }, async (args) => ({ contents: await readFile(args.path, 'utf8'), loader: 'text' }));
  },
};

/** Bundles a "?nodeWorker" import's entry into its own file and imports a Worker factory for it. */
function nodeWorkerPlugin(root) {
  return {
    name: 'node-worker',
    setup(b) {
      b.onResolve({ filter: /\?nodeWorker$/ }, (args) => ({ path: resolve(args.resolveDir, `${args.path.slice(0, -'?nodeWorker'.length)}.ts`), namespace: 'node-worker' }));
      b.onLoad({ filter: /.*/, namespace: 'node-worker' }, async (args) => {
        const outfile = await bundleEntry(root, args.path, 'worker');
        return { contents: `import { Worker } from 'node:worker_threads';\nexport default (options) => new Worker(${JSON.stringify(outfile)}, options);\n`, loader: 'js' };
      });
    },
  };
}

/**
 * The esbuild options every bundle of project code needs. Runtime dependencies stay external, as
 * in the app's own build, so they load from node_modules (bundles go in bundleFolder(root)).
 */
export function projectBundleOptions(root) {
  const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
  return {
    // (Playwright drives Chromium from a benchmark; it loads from node_modules, never bundled)
    external: [...Object.keys(pkg.dependencies ?? {}), 'playwright-core', '@playwright/test'].flatMap((name) => [name, `${name}/*`]),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    alias: { '@shared': resolve(root, 'shared') },
    logLevel: 'silent',
    plugins: [rawTextPlugin, nodeWorkerPlugin(root)],
  };
}

/** A fresh folder for bundles, inside the project so that external packages resolve. */
export function bundleFolder(root) {
  const cache = join(root, 'node_modules', '.cache', 'corroborate');
  mkdirSync(cache, { recursive: true });
  return mkdtempSync(join(cache, 'bundle-'));
}

/**
 * Bundles one entry into a fresh folder, split into chunks so that dynamic imports stay lazy (as
 * in the app's build); returns the path of the entry's file.
 */
export async function bundleEntry(root, entry, name) {
  const outdir = bundleFolder(root);
  await build({ ...projectBundleOptions(root), entryPoints: { [name]: entry }, outdir, splitting: true, outExtension: { '.js': '.mjs' } });
  return join(outdir, `${name}.mjs`);
}
