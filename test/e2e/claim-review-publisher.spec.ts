// The ClaimReview publisher in Settings: saved as typed, bare addresses completed, "{id}" kept in
// the address of each review, and an address with a problem held beside its field, unsaved.
import { expect, test } from './support/fixtures';
import { seedLibrary } from './support/seed-library';

test('settings: the ClaimReview publisher is saved as typed, addresses completed, and an address with a problem is held with it', async ({ page, server, pageErrors }, testInfo) => {
  void pageErrors;
  await seedLibrary(server);
  await page.goto(server.url);
  await page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: 'Settings' }).click();
  const form = page.getByRole('form', { name: 'ClaimReview publisher' });
  await form.getByLabel('Organisation').fill('The Daily Check');
  await form.getByLabel('Its home page').fill('check.example');
  await form.getByLabel('Address of each review').fill('check.example/reviews/{id}');
  await form.getByLabel('Organisation').focus();
  const stored = async () => (await server.call<{ settings: { reviewer: unknown } }>('library:get', {})).settings.reviewer;
  await expect.poll(stored).toEqual({ name: 'The Daily Check', url: 'https://check.example/', reviewUrl: 'https://check.example/reviews/{id}' });
  await form.getByLabel('Its home page').fill('ftp://check.example');
  await expect(form.getByLabel('Its home page')).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByRole('alert')).toHaveText('“ftp:” links are not kept, only https, http and mailto. Give the organisation’s home page, or leave it empty.');
  await form.getByLabel('Organisation').fill('The Daily Check desk');
  await page.screenshot({ path: testInfo.outputPath('settings-publisher.png'), fullPage: true });
  // the name is saved; the address with a problem is not, and the saved one stays
  await expect.poll(stored).toEqual({ name: 'The Daily Check desk', url: 'https://check.example/', reviewUrl: 'https://check.example/reviews/{id}' });
});
