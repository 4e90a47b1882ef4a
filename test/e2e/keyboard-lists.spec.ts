// The claims and suggestions lists from the keyboard: each list is one Tab stop, the row with the
// focus is the selected one (so a status key acts on the claim the focus ring is on), and the
// arrow keys move along it.
import type { Page } from '@playwright/test';
import { expect, SEED, test } from './support/fixtures';
import { makeClaim, seedClaims } from './support/claims';
import { firstStoredDocument } from './support/stored';

const selectedRow = (page: Page) => page.locator('.claim-item[aria-current="true"]');

test('the claims list is one Tab stop; the focused row is the selected claim, which the keys act on', async ({ page, server, pageErrors }, testInfo) => {
  void pageErrors;
  await page.goto(server.url);
  await page.getByTestId('import-input').setInputFiles(SEED);
  const claims = seedClaims().slice(1, 4);
  for (const claim of claims) await makeClaim(page, claim.exact);
  // the first claim selected, the focus in the list on its row: one Tab stop, however many rows
  await page.locator('.claim-item').first().click();
  await expect(page.locator('.claim-item[tabindex="0"]')).toHaveCount(1);
  await expect(page.locator('.claim-item[tabindex="-1"]')).toHaveCount(2);
  // the arrows move the focus and the selection together; F sets the claim the focus is on
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(selectedRow(page)).toBeFocused();
  await expect(selectedRow(page)).toContainText(claims[2]!.exact.slice(0, 30));
  await page.keyboard.press('f');
  await expect(page.getByTestId('save-state')).toHaveText('saved');
  const stored = await firstStoredDocument<{ claims: Array<{ target: { exact: string }; status: string }> }>(server);
  const statusOf = (exact: string) => stored.claims.find((c) => c.target.exact === exact)!.status;
  expect([statusOf(claims[0]!.exact), statusOf(claims[1]!.exact), statusOf(claims[2]!.exact)]).toEqual(['unverified', 'unverified', 'false']);
  await page.screenshot({ path: testInfo.outputPath('list-focus.png') });
  // Tab leaves the list at once (no stop on the other rows), Shift+Tab comes back to the selected row
  await page.keyboard.press('Tab');
  await expect(page.locator('.claim-item:focus')).toHaveCount(0);
  await page.keyboard.press('Shift+Tab');
  await expect(selectedRow(page)).toBeFocused();
  await expect(selectedRow(page)).toContainText(claims[2]!.exact.slice(0, 30));
});

test('J with no claim selected goes to the first claim after the caret, K to the last before it', async ({ page, server, pageErrors }) => {
  void pageErrors;
  await page.goto(server.url);
  await page.getByTestId('import-input').setInputFiles(SEED);
  const [first, second, third] = seedClaims().slice(1, 4);
  for (const claim of [first!, second!, third!]) await makeClaim(page, claim.exact);
  // the caret in the second claim's paragraph, after the first claim; nothing selected
  await page.locator('.claim-item').nth(1).click();
  await page.keyboard.press('Escape');
  await expect(selectedRow(page)).toHaveCount(0);
  await page.keyboard.press('j');
  await expect(selectedRow(page)).toContainText(second!.exact.slice(0, 30));
  await page.keyboard.press('Escape');
  await page.keyboard.press('k');
  await expect(selectedRow(page)).toContainText(first!.exact.slice(0, 30));
});

test('from the inspector, Escape keeps the claim; Ctrl+Z in the emptied tag box takes the tag back; the Export menu takes the arrows', async ({ page, server, pageErrors }) => {
  void pageErrors;
  await page.goto(server.url);
  await page.getByTestId('import-input').setInputFiles(SEED);
  const [claim] = seedClaims().slice(1, 2);
  await makeClaim(page, claim!.exact);
  // a status chosen from its chip, then Escape: back to the text, the claim still selected
  await page.getByRole('radio', { name: /^Verified/ }).focus();
  await page.keyboard.press('Escape');
  await expect(page.locator('.article-text')).toBeFocused();
  await expect(selectedRow(page)).toHaveCount(1);
  // a tag added with Enter empties the box, where Ctrl+Z is the app's: the tag goes
  await page.keyboard.press('g');
  await page.keyboard.type('casualties');
  await page.keyboard.press('Enter');
  await expect(page.locator('.inspector .chip--tag')).toHaveText(['casualties×']);
  await expect(page.locator('#claim-tags-input')).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect(page.locator('.inspector .chip--tag')).toHaveCount(0);
  // the Export menu: Down opens it on its first format, Up from there goes round to the last, Escape gives the button back
  const exportButton = page.getByRole('button', { name: 'Export ▾' }).first();
  await exportButton.focus();
  await page.keyboard.press('ArrowDown');
  const items = page.getByRole('menuitem');
  await expect(items.first()).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(items.last()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toHaveCount(0);
  await expect(exportButton).toBeFocused();
});
