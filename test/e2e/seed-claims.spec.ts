// A researcher's first session, end to end in Chromium through the web bridge: import the seed,
// make its nine claims by selecting their words, set source, attribution and status, restart
// the server, find every claim where it was, and export CSV and W3C JSON-LD.
import { expect, test, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { projectText } from '../../shared/text/projection';
import type { StoredDocument } from '../../shared/domain/document';
import { startServer, type RunningServer } from './support/server';
import { selectWithKeyboard, selectWithMouse } from './support/select-text';
import { chooseStatus } from './support/ui';
import { firstStoredDocument } from './support/stored';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'seed');
const SEED = join(FIXTURES, '000_94a0439cd798dd65.txt');
const fixture = JSON.parse(readFileSync(join(FIXTURES, 'seed-claims.json'), 'utf8')) as {
  claims: Array<{ exact: string; source: string; attribution: string; status: string }>;
};

let library: string;
let server: RunningServer;

test.beforeAll(async () => {
  library = mkdtempSync(join(tmpdir(), 'corroborate-e2e-'));
  server = await startServer(library);
});

test.afterAll(async () => {
  await server.stop();
  rmSync(library, { recursive: true, force: true });
});

async function waitUntilSaved(page: Page) {
  await expect(page.getByTestId('save-state')).toHaveText('saved');
}


test('import the seed, annotate its nine claims, restart, and export them', async ({ page }, testInfo) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });

  await page.goto(server.url);
  await expect(page.getByRole('heading', { name: 'Your library is empty' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Open a sample article' })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('01-empty-library.png') });

  await page.getByTestId('import-input').setInputFiles(SEED);
  await expect(page.getByRole('heading', { level: 1, name: 'US Occupation Forces Attacked in Northeast Syria' })).toBeVisible();
  await expect(page.locator('.doc-header__line')).toHaveText('Al Mayadeen English · 2023-11-11');
  await expect(page.locator('.article-text')).not.toContainText('Today 12:59');

  for (const [index, claim] of fixture.claims.entries()) {
    const selected = index % 3 === 2 ? await selectWithKeyboard(page, claim.exact) : await selectWithMouse(page, claim.exact);
    expect(selected.trim(), `selection for claim ${index + 1}`).toBe(claim.exact);
    await page.keyboard.press('c');
    await expect(page.locator('.claim-item')).toHaveCount(index + 1);
    // the new claim is selected, the keys still the text's: Enter opens its Source field
    const source = page.locator('#claim-source-input');
    await expect(source).not.toBeFocused();
    await page.keyboard.press('Enter');
    await expect(source).toBeFocused();
    if (claim.source !== '(none)') {
      await source.fill(claim.source);
      await source.press('Enter');
      await expect(page.locator('.chip').filter({ hasText: claim.source })).toBeVisible();
    }
    await page.locator('#claim-attribution').selectOption(claim.attribution);
    if (index === 0) {
      await chooseStatus(page, 'in-progress');
      await waitUntilSaved(page);
    }
    await chooseStatus(page, claim.status);
    await waitUntilSaved(page);
  }
  await expect(page.locator('.claim-hl')).not.toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath('02-nine-claims.png') });

  // Restart the server on the same library, reload, and find everything where it was.
  await server.stop();
  server = await startServer(library);
  await page.goto(server.url);
  await page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: /US Occupation Forces Attacked/ }).click();
  await expect(page.locator('.claim-item')).toHaveCount(9);
  const highlighted = await page.locator('.claim-hl').evaluateAll((els) => new Set(els.map((e) => e.getAttribute('data-claim-id'))).size);
  expect(highlighted).toBe(9);

  const doc = await firstStoredDocument<StoredDocument>(server);
  const text = projectText(doc.content);
  const sourceName = new Map((await server.call<{ sources: Array<{ id: string; name: string }> }>('library:get', {})).sources.map((s) => [s.id, s.name]));
  const stored = [...doc.claims].sort((a, b) => a.target.start - b.target.start);
  stored.forEach((claim, i) => {
    const expected = fixture.claims[i]!;
    expect(claim.target.exact).toBe(expected.exact);
    expect(text.slice(claim.target.start, claim.target.end)).toBe(expected.exact);
    expect(claim.anchor).toBe('exact');
    expect(claim.attribution).toBe(expected.attribution);
    expect(claim.status).toBe(expected.status);
    expect(claim.sourceIds.map((id) => sourceName.get(id))).toEqual(expected.source === '(none)' ? [] : [expected.source]);
  });
  expect(stored[0]!.statusHistory.map((h) => h.status)).toEqual(['unverified', 'in-progress', 'unverified']);

  // Clicking a claim in the list selects it and scrolls its highlight into view.
  await page.locator('.claim-item').nth(8).click();
  const last = page.locator(`.claim-hl.is-selected[data-claim-id="${stored[8]!.id}"]`).first();
  await expect(last).toBeInViewport();
  await page.screenshot({ path: testInfo.outputPath('03-after-restart.png') });

  // Export every format through the UI.
  const exported: Record<string, string> = {};
  let qdpx = Buffer.alloc(0);
  for (const [label, format] of [
    [/^CSV/, 'csv'],
    [/^W3C Web Annotation/, 'jsonld'],
    [/^Report \(Markdown/, 'md'],
    [/^Report \(HTML/, 'html'],
    [/^ClaimReview/, 'claimreview'],
    [/^REFI-QDA/, 'qdpx'],
  ] as const) {
    await page.getByRole('button', { name: /Export/ }).click();
    if (format === 'csv') await page.screenshot({ path: testInfo.outputPath('04-export-menu.png') });
    const download = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: label }).click();
    const file = await download;
    if (format === 'qdpx') qdpx = readFileSync(await file.path());
    else exported[format] = readFileSync(await file.path(), 'utf8');
  }
  expect(qdpx.subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
  expect(exported.md).toContain('US Occupation Forces Attacked in Northeast Syria');
  expect(exported.html?.startsWith('<!doctype html>')).toBe(true);
  expect(JSON.parse(exported.claimreview!)).toEqual(expect.any(Array));
  // ClaimReview takes only claims with a verdict; none of the nine has one: the file is an empty list, and its toast says why
  expect(JSON.parse(exported.claimreview!)).toEqual([]);
  await expect(page.getByRole('status').filter({ hasText: /claimreview\.jsonld\./ })).toContainText(
    'No claim here has a verdict (Verified, Partly true, Disputed, False or Unverifiable), so the file holds an empty list: 9 claims without one are left out (Unverified: 9).',
  );
  const rows = parse(exported.csv!, { bom: true, columns: true }) as Array<Record<string, string>>;
  expect(rows.map((r) => [r.quote, r.sources, r.attribution, r.status])).toEqual(
    fixture.claims.map((c) => [c.exact, c.source === '(none)' ? '' : c.source, c.attribution, c.status]),
  );
  const collection = JSON.parse(exported.jsonld!);
  expect(collection.type).toBe('AnnotationCollection');
  expect(collection.total).toBe(9);
  const items = collection.first.items as Array<{ target: { selector: Array<{ type: string; exact?: string }> }; body: Array<{ purpose: string; value: string }> }>;
  expect(items.map((a) => a.target.selector.find((s) => s.type === 'TextQuoteSelector')!.exact)).toEqual(fixture.claims.map((c) => c.exact));
  expect(items.map((a) => a.body.find((b) => b.purpose === 'classifying')!.value)).toEqual(fixture.claims.map((c) => c.attribution));

  expect(errors).toEqual([]);
});
