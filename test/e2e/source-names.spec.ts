// A source's names: renamed on the Sources screen, the name it had can stay an alias (the toast
// offers it), so the Source field and the suggester still find the source by that name.
import { expect, test } from './support/fixtures';
import { seedLibrary } from './support/seed-library';
import type { RunningServer } from './support/server';

const storedSources = async (server: RunningServer) => (await server.call<{ sources: Array<{ id: string; name: string; aliases: string[] }> }>('library:get', {})).sources;

test('a renamed source offers to keep its old name as an alias; typing the old name then finds it', async ({ page, server, pageErrors }, testInfo) => {
  void pageErrors;
  await seedLibrary(server);
  await page.goto(server.url);
  await page.getByRole('button', { name: /^Sources/ }).click();
  await page.getByRole('button', { name: /^US officials/ }).click();
  const name = page.getByRole('form', { name: 'Source US officials' }).getByLabel('Name');
  await name.fill('United States officials');
  // leaving the field: the rename is saved, and the toast offers the old name as an alias
  await page.keyboard.press('Tab');
  const keep = page.getByRole('button', { name: 'Keep “US officials” as an alias' });
  await expect(keep).toBeVisible();
  await expect(page.getByText('Renamed “US officials” to “United States officials”.')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('rename-offer.png') });
  await keep.click();
  await expect.poll(async () => (await storedSources(server)).find((s) => s.name === 'United States officials')?.aliases).toEqual(['US officials']);
  await expect(page.getByRole('form', { name: 'Source United States officials' }).getByLabel('Aliases (comma-separated)')).toHaveValue('US officials');

  // the old name finds the source in a claim's Source field
  await page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: /^US Occupation Forces/ }).click();
  // (the second claim cites informed sources only)
  await page.locator('.claim-item').nth(1).click();
  await page.locator('#claim-source-input').fill('US officials');
  await expect(page.getByRole('listbox').getByRole('option').first()).toContainText('United States officials');

  // a name changed and changed back, or only its case and spacing: nothing to offer
  await page.getByRole('button', { name: /^Sources/ }).click();
  await page.getByRole('button', { name: /^informed sources/ }).click();
  const informed = page.getByRole('form', { name: 'Source informed sources' }).getByLabel('Name');
  await informed.fill('Informed  sources');
  await page.keyboard.press('Tab');
  await expect.poll(async () => (await storedSources(server)).some((s) => s.name === 'Informed  sources' || s.name === 'Informed sources')).toBe(true);
  await expect(page.getByRole('button', { name: /^Keep “informed sources”/ })).toHaveCount(0);
});

test('a source is added from the Sources screen by the name searched for, its kind guessed, and Undo takes it out', async ({ page, server, pageErrors }, testInfo) => {
  void pageErrors;
  await seedLibrary(server);
  await page.goto(server.url);
  await page.getByRole('button', { name: /^Sources/ }).click();
  const search = page.getByRole('searchbox', { name: 'Find a source' });
  // a name the registry has, as a name or an alias, is found, not offered again
  await search.fill('us officials');
  await expect(page.getByRole('button', { name: /^Add source/ })).toHaveCount(0);
  // a part of a name finds the source, and Enter opens it: a new source is made only when none is found
  const count = (await storedSources(server)).length;
  await search.fill('inform');
  await search.press('Enter');
  await expect(page.getByRole('form', { name: 'Source informed sources' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^informed sources/ })).toBeFocused();
  expect((await storedSources(server)).length).toBe(count);
  await search.fill('Ministry of Defence');
  await expect(page.getByRole('button', { name: 'Add source “Ministry of Defence”' })).toBeVisible();
  await search.press('Enter');
  const form = page.getByRole('form', { name: 'Source Ministry of Defence' });
  await expect(form.getByLabel('Name')).toBeFocused();
  await expect(form.getByLabel('Kind')).toHaveValue('government');
  await expect(search).toHaveValue('');
  await expect.poll(async () => (await storedSources(server)).map((s) => s.name)).toContain('Ministry of Defence');
  await page.screenshot({ path: testInfo.outputPath('source-added.png') });
  await page.locator('.toast').filter({ hasText: 'Source “Ministry of Defence” added.' }).getByRole('button', { name: 'Undo' }).click();
  await expect.poll(async () => (await storedSources(server)).map((s) => s.name)).not.toContain('Ministry of Defence');
  await expect(page.getByRole('button', { name: /^Ministry of Defence/ })).toHaveCount(0);
});
