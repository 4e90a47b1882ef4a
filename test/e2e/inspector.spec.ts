// What the user types in the inspector is kept: evidence typed after a bare address, a tag left
// with Escape (dropped, not added), and a new source's kind, reachable while its name is typed.
// The statuses are one Tab stop, moved among with the arrows.
import type { Page } from '@playwright/test';
import { expect, SEED, test } from './support/fixtures';
import { makeClaim, seedClaims } from './support/claims';
import { firstStoredDocument } from './support/stored';

type StoredClaims = { claims: Array<{ target: { start: number }; evidence: Array<{ url: string; title: string; note: string }>; tags: string[] }> };
const storedClaims = async (server: Parameters<typeof firstStoredDocument>[0]) => (await firstStoredDocument<StoredClaims>(server)).claims.sort((a, b) => a.target.start - b.target.start);

/** Goes to the second claim and back to the first, then checks what its evidence fields show. */
async function leaveAndComeBack(page: Page, shown: Record<'Evidence URL' | 'Evidence title' | 'Evidence note', string>) {
  await page.locator('.claim-item').nth(1).click();
  await page.locator('.claim-item').first().click();
  for (const [label, value] of Object.entries(shown)) await expect(page.getByLabel(label)).toHaveValue(value);
  await expect(page.getByTestId('save-state')).toHaveText('saved');
}

test.beforeEach(async ({ page, server }) => {
  const claims = seedClaims();
  await page.goto(server.url);
  await page.getByTestId('import-input').setInputFiles(SEED);
  await makeClaim(page, claims[0]!.exact);
  await page.keyboard.press('Escape');
  await makeClaim(page, claims[1]!.exact);
  await page.keyboard.press('Escape');
  await page.locator('.claim-item').first().click();
});

test('evidence typed after an address without https:// is saved, and a bad address is kept with the reason', async ({ page, server, pageErrors }, testInfo) => {
  void pageErrors;
  // E on the selected claim starts an item of evidence, its address ready to be typed; E again goes back to that blank item
  await page.keyboard.press('e');
  await expect(page.getByLabel('Evidence URL')).toBeFocused();
  await page.locator('.claim-item').first().focus();
  await page.keyboard.press('e');
  await expect(page.getByLabel('Evidence URL')).toHaveCount(1);
  await expect(page.getByLabel('Evidence URL')).toBeFocused();
  await page.keyboard.type('www.lrs.lt/budget-2027');
  await page.getByLabel('Evidence title').fill('Draft budget 2027');
  await page.getByLabel('Evidence note').fill('Defence spending on page 4');
  await leaveAndComeBack(page, { 'Evidence URL': 'https://www.lrs.lt/budget-2027', 'Evidence title': 'Draft budget 2027', 'Evidence note': 'Defence spending on page 4' });
  expect((await storedClaims(server))[0]!.evidence).toEqual([expect.objectContaining({ url: 'https://www.lrs.lt/budget-2027', title: 'Draft budget 2027', note: 'Defence spending on page 4' })]);

  // an address that is not one: it stays, with why it is not saved; the rest is saved
  await page.getByLabel('Evidence URL').fill('budget report 2027');
  await page.getByLabel('Evidence title').fill('Seimas budget report');
  await expect(page.getByRole('alert').filter({ hasText: 'Address not saved: “budget report 2027” is not a web address' })).toBeVisible();
  await page.locator('.inspector').screenshot({ path: testInfo.outputPath('evidence-address-not-saved.png') });
  await leaveAndComeBack(page, { 'Evidence URL': 'budget report 2027', 'Evidence title': 'Seimas budget report', 'Evidence note': 'Defence spending on page 4' });
  await expect(page.getByRole('alert')).toContainText('with the address saved before: https://www.lrs.lt/budget-2027');
  expect((await storedClaims(server))[0]!.evidence).toEqual([expect.objectContaining({ url: 'https://www.lrs.lt/budget-2027', title: 'Seimas budget report' })]);
});

test('Escape in the tag field drops the half-typed tag and goes back to the text; Tab adds it', async ({ page, server, pageErrors }) => {
  void pageErrors;
  await page.keyboard.press('g');
  await expect(page.locator('#claim-tags-input')).toBeFocused();
  await page.keyboard.type('wa');
  await page.keyboard.press('Escape');
  await expect(page.locator('.article-text')).toBeFocused();
  await expect(page.locator('#claim-tags-input')).toHaveValue('');
  await expect(page.locator('.inspector .chip--tag')).toHaveCount(0);

  await page.keyboard.press('g');
  await page.keyboard.type('casualties');
  await page.keyboard.press('Tab');
  await expect(page.locator('.inspector .chip--tag')).toHaveText(['casualties×']);
  await expect(page.getByTestId('save-state')).toHaveText('saved');
  expect((await storedClaims(server))[0]!.tags).toEqual(['casualties']);
});

test('a new source’s kind stays in sight while its name is typed, and Shift+Tab comes back to the name whole', async ({ page, server, pageErrors }, testInfo) => {
  void pageErrors;
  await page.keyboard.press('s');
  await page.keyboard.type('Ministry of Health');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await page.locator('.claim-item').nth(1).click();

  await page.keyboard.press('s');
  await page.keyboard.type('Ministry of');
  const list = page.getByRole('listbox');
  // a new source's kind is guessed from its name until one is chosen
  await expect(list.getByRole('option')).toHaveText(['Ministry of Health Government', 'Create source “Ministry of” as Government']);
  const kind = page.getByLabel('New source kind');
  await expect(kind).toBeVisible();
  // nothing covers the kind: the point at its middle is the kind picker itself
  const uncovered = await kind.evaluate((select) => {
    const box = select.getBoundingClientRect();
    return document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2) === select;
  });
  expect(uncovered).toBe(true);
  await page.locator('.inspector').screenshot({ path: testInfo.outputPath('source-kind-while-typing.png') });

  await page.keyboard.press('Tab');
  await expect(kind).toBeFocused();
  await kind.selectOption('government');
  await page.keyboard.press('Shift+Tab');
  await expect(page.locator('#claim-source-input')).toBeFocused();
  await page.keyboard.type(' Defence');
  await expect(page.locator('#claim-source-input')).toHaveValue('Ministry of Defence');
  await expect(list.getByRole('option').last()).toHaveText('Create source “Ministry of Defence” as Government');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.locator('.inspector .chip').filter({ hasText: 'Ministry of Defence' })).toBeVisible();
  await expect(page.getByTestId('save-state')).toHaveText('saved');
  const library = await server.call<{ sources: Array<{ name: string; kind: string }> }>('library:get', {});
  expect(library.sources).toContainEqual(expect.objectContaining({ name: 'Ministry of Defence', kind: 'government' }));

  // a source whose every name word is in a new name is offered as maybe the same one, after Create (Enter still creates)
  await page.keyboard.type('Informed sources in Baghdad');
  await expect(list.getByRole('option').first()).toHaveText('Create source “Informed sources in Baghdad” as Anonymous');
  await page.locator('#claim-source-input').fill('Iraqi Health Ministry');
  await expect(list.getByRole('option')).toHaveText(['Create source “Iraqi Health Ministry” as Government', 'Ministry of Health Government · the same one?']);
  await page.locator('.inspector').screenshot({ path: testInfo.outputPath('source-maybe-the-same.png') });
});

test('Ctrl+Z in the note takes back what was typed, as in any text field, not one character at a time', async ({ page, server, pageErrors }) => {
  void pageErrors;
  await page.keyboard.press('n');
  const note = page.locator('#claim-note');
  await expect(note).toBeFocused();
  await page.keyboard.type('Check Harir base reports', { delay: 20 });
  await page.keyboard.press('Control+z');
  await expect(note).toHaveValue('');
  // and Redo, the browser's own, puts it back
  await page.keyboard.press('Control+Shift+z');
  await expect(note).toHaveValue('Check Harir base reports');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('save-state')).toHaveText('saved');
  expect((await storedClaims(server))[0]!).toBeDefined();
});

test('the statuses are one Tab stop: the arrows move among them without setting one, Space sets it', async ({ page, server, pageErrors }) => {
  void pageErrors;
  const status = (name: string) => page.getByRole('radio', { name: new RegExp(`^${name}`) });
  await page.locator('#claim-attribution').focus();
  await page.keyboard.press('Tab');
  await expect(status('Unverified')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(status('Verified')).toBeFocused();
  await expect(status('Unverified')).toHaveAttribute('aria-checked', 'true');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  // round from the first to the last
  await expect(status('Unverifiable')).toBeFocused();
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Space');
  await expect(status('In progress')).toHaveAttribute('aria-checked', 'true');
  await expect(page.getByTestId('save-state')).toHaveText('saved');
  // one Tab leaves the group; Shift+Tab comes back to the status set
  await page.keyboard.press('Tab');
  await expect(page.locator('.status-field [role="radio"]:focus')).toHaveCount(0);
  await page.keyboard.press('Shift+Tab');
  await expect(status('In progress')).toBeFocused();
  const stored = await firstStoredDocument<{ claims: Array<{ target: { start: number }; status: string }> }>(server);
  expect(stored.claims.sort((a, b) => a.target.start - b.target.start)[0]!.status).toBe('in-progress');
});

test('a note and a why-this-status note are saved as typing pauses, without leaving the field, and survive a reload', async ({ page, server, pageErrors }) => {
  void pageErrors;
  await page.getByRole('radio', { name: /^Verified/ }).click();
  await page.getByLabel('Note on the latest status change').fill('Two witnesses confirmed');
  await page.locator('#claim-note').focus();
  await page.keyboard.type('Ask the base for the log');
  await expect(page.locator('#claim-note')).toBeFocused();
  await expect.poll(async () => (await firstStoredDocument<{ claims: Array<{ note: string; statusHistory: Array<{ note: string }> }> }>(server)).claims.map((c) => [c.note, c.statusHistory.at(-1)?.note])).toContainEqual(['Ask the base for the log', 'Two witnesses confirmed']);
  // the document being read opens again after the reload
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('US Occupation Forces Attacked in Northeast Syria');
  await page.locator('.claim-item').first().click();
  await expect(page.locator('#claim-note')).toHaveValue('Ask the base for the log');
  await expect(page.getByLabel('Note on the latest status change')).toHaveValue('Two witnesses confirmed');
});
