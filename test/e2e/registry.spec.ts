// The registries the researcher controls: sources (edit, merge a duplicate, track record), the
// taxonomy (rename, recolour, keys, add), how highlights are coloured, the theme, tags; and
// links, which leave the app only after a confirmation.
import type { Page } from '@playwright/test';
import { join } from 'node:path';
import { expect, FIXTURES, SEED, test } from './support/fixtures';
import { makeClaim, seedClaims } from './support/claims';
import { chooseStatus } from './support/ui';
import { firstStoredDocument } from './support/stored';

/** Gives the selected claim a new source, even when the name partly matches an existing one. */
async function setSource(page: Page, name: string) {
  await page.locator('#claim-source-input').fill(name);
  await page.getByRole('option', { name: /^Create/ }).click();
  await expect(page.locator('.inspector .chip').filter({ hasText: new RegExp(`^${name}×?$`) })).toBeVisible();
  await expect(page.getByTestId('save-state')).toHaveText('saved');
}

test('sources: merge a duplicate (its claims follow), edit one, see its track record', async ({ page, server, pageErrors }, testInfo) => {
  void pageErrors;
  const claims = seedClaims();
  await page.goto(server.url);
  await page.getByTestId('import-input').setInputFiles(SEED);
  await makeClaim(page, claims[7]!.exact);
  await setSource(page, 'Abu Alaa al-Walai');
  await chooseStatus(page, 'disputed');
  await makeClaim(page, claims[8]!.exact);
  await setSource(page, 'al-Walai');

  await page.getByRole('button', { name: /^Sources/ }).click();
  await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^al-Walai/ }).locator('.registry-item__meta')).toHaveText('Other · 1 claim');
  await page.getByRole('button', { name: /^al-Walai/ }).click();
  const editor = page.getByRole('form', { name: 'Source al-Walai' });
  page.once('dialog', (dialog) => void dialog.accept());
  await editor.getByLabel('Merge into').selectOption({ label: 'Abu Alaa al-Walai' });
  await editor.getByRole('button', { name: 'Merge' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Merged into "Abu Alaa al-Walai"; 1 claim follows.' })).toBeVisible();

  await page.getByRole('button', { name: /^Abu Alaa al-Walai/ }).click();
  const walai = page.getByRole('form', { name: 'Source Abu Alaa al-Walai' });
  await expect(walai.getByLabel('Aliases (comma-separated)')).toHaveValue('al-Walai');
  await expect(walai.getByRole('region', { name: 'Track record' })).toContainText('2 claims in 1 document.');
  await expect(walai.getByRole('region', { name: 'Track record' })).toContainText('Disputed1');
  await walai.getByLabel('Kind').selectOption({ label: 'Person' });
  await walai.getByLabel('Description').fill('Secretary-General of Kataib Sayyid al-Shuhada');
  await walai.getByRole('button', { name: 'Save source' }).click();
  await expect(page.getByTestId('save-state')).toHaveText('saved');
  await page.screenshot({ path: testInfo.outputPath('sources.png') });
  const library = await server.call<{ sources: Array<{ name: string; kind: string; description: string }> }>('library:get', {});
  expect(library.sources).toEqual([expect.objectContaining({ name: 'Abu Alaa al-Walai', kind: 'person', description: 'Secretary-General of Kataib Sayyid al-Shuhada' })]);
});

test('settings: rename and recolour a status, change its key, add one; colour by attribution; dark theme', async ({ page, server, pageErrors }, testInfo) => {
  void pageErrors;
  await page.goto(server.url);
  await page.getByTestId('import-input').setInputFiles(SEED);
  await makeClaim(page, seedClaims()[1]!.exact);
  await page.getByRole('button', { name: 'Settings' }).click();
  const statuses = page.getByRole('region', { name: 'Statuses' });
  await statuses.getByLabel('Label of unverified').fill('Not checked');
  await statuses.getByLabel('Colour of Not checked').fill('#8a6d3b');
  await statuses.getByLabel('Key of Verified').fill('u');
  await expect(page.getByRole('alert').filter({ hasText: 'a shortcut key is used twice' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save taxonomy' })).toBeDisabled();
  await statuses.getByLabel('Key of Verified').fill('y');
  page.once('dialog', (dialog) => void dialog.accept('Needs context'));
  await statuses.getByRole('button', { name: 'Add…' }).click();
  await statuses.getByLabel('Key of Needs context').fill('m');
  await statuses.getByRole('button', { name: 'Move Needs context up' }).click();
  await page.getByRole('button', { name: 'Save taxonomy' }).click();
  await expect(page.getByRole('button', { name: 'Save taxonomy' })).toBeDisabled();
  await page.getByLabel('Colour highlights by').selectOption('attribution');
  await page.getByLabel('Theme').selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.screenshot({ path: testInfo.outputPath('settings-dark.png'), fullPage: true });

  await page.locator('.doc-list__item').click();
  await page.locator('.claim-item').first().click();
  await expect(page.getByRole('radio', { name: /^Not checked/ })).toHaveAttribute('aria-checked', 'true');
  await page.locator('.claim-item').first().press('m');
  await expect(page.getByRole('radio', { name: /^Needs context/ })).toHaveAttribute('aria-checked', 'true');
  const highlight = page.locator('.claim-hl').first();
  expect(await highlight.evaluate((el) => getComputedStyle(el).getPropertyValue('--hl').trim())).toBe('#57534e');
  const taxonomy = (await server.call<{ taxonomy: { statuses: Array<{ id: string; label: string; key: string }> } }>('library:get', {})).taxonomy;
  // added at the end, then moved up once: just before the last built-in status
  const ids = taxonomy.statuses.map((s) => s.id);
  expect(ids.at(-1)).toBe('unverifiable');
  expect(ids.at(-2)).toMatch(/^needs-context/);
  expect(taxonomy.statuses.find((s) => s.id === 'unverified')).toMatchObject({ label: 'Not checked' });
  expect(taxonomy.statuses.find((s) => s.id === 'verified')).toMatchObject({ key: 'y' });
});

test('tags: added in the inspector, renamed and deleted across the library', async ({ page, server, pageErrors }) => {
  void pageErrors;
  const claims = seedClaims();
  await page.goto(server.url);
  await page.getByTestId('import-input').setInputFiles(SEED);
  for (const index of [0, 1]) {
    await makeClaim(page, claims[index]!.exact);
    await page.keyboard.press('Escape');
    await page.keyboard.press('g');
    await page.keyboard.type(index === 0 ? 'syria' : 'Syria');
    await page.keyboard.press('Enter');
    await page.keyboard.type('casualties,');
    await expect(page.locator('.inspector .chip--tag')).toHaveCount(2);
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('save-state')).toHaveText('saved');
  }
  await page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: 'Tags' }).click();
  await expect(page.locator('.tag-row')).toHaveCount(3);
  const lowercase = page.locator('.tag-row').filter({ has: page.getByLabel('Tag syria', { exact: true }) });
  await lowercase.getByRole('textbox').fill('Syria');
  await lowercase.getByRole('button', { name: 'Rename' }).click();
  await expect(page.locator('.tag-row')).toHaveCount(2);
  await expect(page.locator('.tag-row').first()).toContainText('2 claims');
  page.once('dialog', (dialog) => void dialog.accept());
  await page.locator('.tag-row').filter({ has: page.getByLabel('Tag casualties') }).getByRole('button', { name: 'Delete' }).click();
  await expect(page.locator('.tag-row')).toHaveCount(1);
  const doc = await firstStoredDocument<{ claims: Array<{ tags: string[] }> }>(server);
  expect(doc.claims.map((c) => c.tags)).toEqual([['Syria'], ['Syria']]);
});

test('links in articles and evidence ask before they leave the app, showing the whole URL', async ({ page, server, pageErrors }) => {
  void pageErrors;
  // nothing leaves this machine: the browser's tab for the link is answered here
  await page.context().route('https://www.who.int/**', (route) => route.fulfill({ contentType: 'text/plain', body: 'WHO' }));
  await page.goto(server.url);
  await page.getByTestId('import-input').setInputFiles(join(FIXTURES, 'import', 'saved-page.html'));
  await page.locator('.article-link').filter({ hasText: 'World Health Organization' }).click();
  const dialog = page.getByRole('dialog', { name: 'Open link' });
  await expect(dialog).toContainText('https://www.who.int/');
  await expect(page).toHaveURL(new RegExp(`^${server.origin}`));
  const popup = page.waitForEvent('popup');
  await dialog.getByRole('button', { name: 'Open in browser' }).click();
  expect((await popup).url()).toBe('https://www.who.int/');
  await expect(dialog).toHaveCount(0);
});
