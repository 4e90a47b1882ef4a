// Exchanging annotation sets through the UI: Hypothesis rows imported onto the open article (the
// row that cannot be placed kept as an orphan, and listed), an older export that does not bring
// back a claim deleted since, and a library archive exported from one library and restored into
// another; a long export followed and cancelled.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, TestInfo } from '@playwright/test';
import { expect, SEED, test } from './support/fixtures';
import { makeClaim, seedClaims } from './support/claims';
import { startServer } from './support/server';
import { writeBigLibrary } from './support/big-library';

function hypothesisRows(exacts: string[]): string {
  const rows = exacts.map((exact, index) => ({
    id: `row-${index}`,
    uri: 'https://english.almayadeen.net/news/politics/us-occupation',
    text: `Hypothesis note ${index}`,
    tags: ['from-hypothesis'],
    created: '2023-11-12T09:00:00.000000+00:00',
    updated: '2023-11-12T09:30:00.000000+00:00',
    target: [{ source: 'https://english.almayadeen.net/news/politics/us-occupation', selector: [{ type: 'TextPositionSelector', start: 5 + index, end: 5 + index + exact.length }, { type: 'TextQuoteSelector', exact }] }],
  }));
  return JSON.stringify({ total: rows.length, rows });
}

/** The seed imported, with its first two claims made. */
async function seedWithTwoClaims(page: Page): Promise<void> {
  await page.getByTestId('import-input').setInputFiles(SEED);
  for (const claim of seedClaims().slice(0, 2)) await makeClaim(page, claim.exact);
  await page.keyboard.press('Escape');
}

/** Exports from the top bar's menu item `format` and saves the download in the test's folder; answers its path. */
async function downloadExport(page: Page, testInfo: TestInfo, format: RegExp): Promise<string> {
  await page.getByRole('button', { name: /Export/ }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: format }).click();
  const file = testInfo.outputPath((await download).suggestedFilename());
  await (await download).saveAs(file);
  return file;
}

test('Hypothesis rows land on the open article, the row that could not be placed kept as an orphan and listed in the report', async ({ page, server, pageErrors }, testInfo) => {
  void pageErrors;
  await page.goto(server.url);
  await page.getByTestId('import-input').setInputFiles(SEED);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('US Occupation Forces Attacked in Northeast Syria');
  await makeClaim(page, seedClaims()[2]!.exact);
  await page.keyboard.press('Escape');
  const file = testInfo.outputPath('hypothesis.json');
  writeFileSync(file, hypothesisRows(['informed sources told Al Mayadeen', 'caused 56 casualties among US forces', 'words this article never printed']));
  await page.getByTestId('import-input').setInputFiles(file);
  const report = page.getByRole('dialog', { name: 'Imported hypothesis.json' });
  await expect(report).toBeVisible();
  await expect(report.getByRole('status')).toHaveText('3 claims added.');
  await expect(report.locator('.import-report__item--added')).toContainText('words this article never printed');
  await expect(report.locator('.import-report__item--added')).toContainText('Added as an orphan: its quote is not in the text');
  await page.screenshot({ path: testInfo.outputPath('hypothesis-report.png') });
  await report.getByRole('button', { name: 'Close' }).click();
  await expect(report).toHaveCount(0);
  await expect(page.locator('.claim-item')).toHaveCount(4);
  await page.locator('.claim-item').first().click();
  await expect(page.locator('.claim-hl.is-selected').first()).toHaveText(/informed sources told Al Mayadeen/);

  // the import is one step of the history: Undo takes out what it added, not the claim made before it
  await page.keyboard.press('Control+z');
  await expect(page.locator('.claim-item')).toHaveCount(1);
  await expect(page.locator('.claim-item')).toContainText(seedClaims()[2]!.exact.slice(0, 30));
  await page.keyboard.press('Control+Shift+z');
  await expect(page.locator('.claim-item')).toHaveCount(4);
});

test('importing an older export leaves out the claim deleted since, and the report says why', async ({ page, server, pageErrors }, testInfo) => {
  void pageErrors;
  await page.goto(server.url);
  await seedWithTwoClaims(page);
  await expect(page.getByTestId('save-state')).toHaveText('saved');
  const file = await downloadExport(page, testInfo, /^W3C Web Annotation/);

  await page.locator('.claim-item').first().click();
  await page.keyboard.press('Delete');
  await expect(page.locator('.claim-item')).toHaveCount(1);
  await page.getByTestId('import-input').setInputFiles(file);
  const report = page.getByRole('dialog', { name: /^Imported .*\.jsonld$/ });
  await expect(report.getByRole('status')).toHaveText('0 claims added, 1 unchanged, 1 skipped.');
  await expect(report.locator('.import-report__item--skipped')).toContainText(seedClaims()[0]!.exact.slice(0, 40));
  await expect(report.locator('.import-report__item--skipped')).toContainText(/You deleted this claim here on .* UTC; the file’s version is older, so it stays deleted\./);
  await page.screenshot({ path: testInfo.outputPath('deleted-stays-deleted.png') });
  await report.getByRole('button', { name: 'Close' }).click();
  await expect(page.locator('.claim-item')).toHaveCount(1);
});

test('a library archive exported from one library restores into another, claims and all', async ({ page, server, pageErrors }, testInfo) => {
  void pageErrors;
  await page.goto(server.url);
  await seedWithTwoClaims(page);
  await page.locator('.claim-item').first().click();
  await page.keyboard.press('v');
  await expect(page.locator('.claim-hl.is-selected').first()).toHaveAttribute('data-status', 'verified');
  await expect(page.getByTestId('save-state')).toHaveText('saved');
  const archive = await downloadExport(page, testInfo, /^Library archive/);
  expect(readFileSync(archive).subarray(0, 2).toString('latin1')).toBe('PK');

  const otherLibrary = mkdtempSync(join(tmpdir(), 'corroborate-e2e-'));
  const other = await startServer(otherLibrary);
  try {
    await page.goto(other.url);
    await expect(page.getByRole('button', { name: 'Open a sample article' })).toBeVisible();
    await page.getByTestId('import-input').setInputFiles(archive);
    const report = page.getByRole('dialog', { name: /^Imported .*-archive\.zip$/ });
    await expect(report.getByRole('status')).toHaveText('2 claims added, 1 document added.');
    await expect(report).toContainText('Corroborate library archive');
    await page.screenshot({ path: testInfo.outputPath('archive-report.png') });
    await page.keyboard.press('Escape');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('US Occupation Forces Attacked in Northeast Syria');
    await expect(page.locator('.claim-item')).toHaveCount(2);
    await expect(page.locator('.claim-hl[data-status="verified"]')).not.toHaveCount(0);
    // and Undo moves the document it added to the trash
    await page.locator('.claim-item').first().click();
    await page.keyboard.press('Control+z');
    await expect(page.getByRole('button', { name: 'Open a sample article' })).toBeVisible();
  } finally {
    await other.stop();
    rmSync(otherLibrary, { recursive: true, force: true });
  }
});

test('a long export shows its progress and can be cancelled', async ({ page, pageErrors }, testInfo) => {
  void pageErrors;
  const libraryDir = mkdtempSync(join(tmpdir(), 'corroborate-e2e-'));
  await writeBigLibrary(libraryDir, 600, 60);
  // 600 documents at 50 ms each: half a minute, so the click on Cancel always lands in time
  const server = await startServer(libraryDir, { exportPaceMs: 50 });
  try {
    await page.goto(server.url);
    await expect(page.getByRole('button', { name: /Export/ })).toBeEnabled();
    let downloaded = false;
    page.on('download', () => (downloaded = true));
    await page.getByRole('button', { name: /Export/ }).click();
    await page.getByRole('menuitem', { name: /^W3C Web Annotation/ }).click();
    const progress = page.getByRole('region', { name: 'Export' });
    await expect(progress.getByRole('status')).toHaveText(/^Exporting W3C Web Annotation \(JSON-LD\): \d+ of 600 documents$/);
    await expect(progress.getByRole('progressbar', { name: 'Export progress' })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('export-progress.png') });
    await progress.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByText('The export was cancelled; no file was written.')).toBeVisible();
    await expect(progress).toHaveCount(0);
    expect(downloaded).toBe(false);
  } finally {
    await server.stop();
    rmSync(libraryDir, { recursive: true, force: true });
  }
});
