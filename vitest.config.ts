// Unit and integration tests: shared/ and main/ in Node, renderer components in jsdom. Browser
// work (selection, layout, mouse) is tested in Chromium by Playwright (test/e2e), not here.
import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import { nodeWorkerForTests } from './test/setup/node-worker-plugin';

const alias = { '@shared': resolve(import.meta.dirname, 'shared') };

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        plugins: [nodeWorkerForTests()],
        test: {
          name: 'node',
          environment: 'node',
          include: ['test/shared/**/*.test.ts', 'test/main/**/*.test.ts'],
          setupFiles: ['test/setup/mock-electron.ts'],
          testTimeout: 30000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['test/renderer/**/*.test.{ts,tsx}'],
        },
      },
    ],
  },
});
