// Builds the three parts of the app: the main process and the command line (ESM, dependencies
// external), the sandboxed preload (one CJS file, nothing external) and the renderer (root renderer/).
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';

const alias = { '@shared': resolve(import.meta.dirname, 'shared') };

export default defineConfig({
  main: {
    resolve: { alias },
    build: {
      outDir: 'out/main',
      rolldownOptions: {
        input: { index: resolve(import.meta.dirname, 'main/electron/main.ts'), cli: resolve(import.meta.dirname, 'main/cli/main.ts') },
        output: { format: 'es' },
      },
    },
  },
  preload: {
    resolve: { alias },
    build: {
      outDir: 'out/preload',
      externalizeDeps: false,
      rolldownOptions: {
        input: { preload: resolve(import.meta.dirname, 'main/electron/preload.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    resolve: { alias },
    plugins: [react()],
    build: {
      outDir: resolve(import.meta.dirname, 'out/renderer'),
      minify: !process.env.CORROBORATE_PROFILE_BUILD,
      sourcemap: process.env.CORROBORATE_PROFILE_BUILD ? 'hidden' : false,
      chunkSizeWarningLimit: 1500,
      rolldownOptions: { input: resolve(import.meta.dirname, 'renderer/index.html') },
    },
  },
});
