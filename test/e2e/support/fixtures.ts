// Playwright fixtures: each test gets a fresh library served by `corroborate serve`, and a page
// that fails the test on any uncaught error or console error.
import { test as base, expect } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type RunningServer } from './server';

export const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');
export const SEED = join(FIXTURES, 'seed', '000_94a0439cd798dd65.txt');

interface Fixtures {
  library: string;
  server: RunningServer;
  pageErrors: string[];
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixture's dependencies from this pattern
  library: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'corroborate-e2e-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  server: async ({ library }, use) => {
    const server = await startServer(library);
    await use(server);
    await server.stop();
  },
  pageErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.stack ?? e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await use(errors);
    expect(errors, 'errors in the page').toEqual([]);
  },
});

export { expect };
