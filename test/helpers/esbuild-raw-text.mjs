// An esbuild plugin for Vite's "?raw" imports (a file's text as a string), so code bundled for
// test children and benchmarks loads the same way as in the app.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';

export const rawTextPlugin = {
  name: 'raw-text',
  setup(build) {
    build.onResolve({ filter: /\?raw$/ }, (args) => ({ path: resolve(args.resolveDir, args.path.slice(0, -'?raw'.length)), namespace: 'raw-text' }));
    build.onLoad({ filter: /.*/, namespace: 'raw-text' }, async (args) => ({ contents: await readFile(args.path, 'utf8'), loader: 'text' }));
  },
};

/** The esbuild options every bundle of project code needs. */
export function projectBundleOptions(root) {
  return {
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    alias: { '@shared': resolve(root, 'shared') },
    banner: { js: `import { createRequire } from 'node:module'; const require = createRequire(${JSON.stringify(resolve(root, 'package.json'))});` },
    logLevel: 'silent',
    plugins: [rawTextPlugin],
  };
}
