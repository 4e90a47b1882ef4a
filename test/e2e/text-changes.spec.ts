// When the text changes: a newer version of the article replaces it (claims re-anchored, orphans
// listed and re-attached by hand), or the user corrects it in place (claims follow the edits).
import { join } from 'node:path';
import { expect, FIXTURES, SEED, test } from './support/fixtures';
import { makeClaim, seedClaims } from './support/claims';
import { selectWithKeyboard, selectWithMouse } from './support/select-text';
import { firstStoredDocument } from './support/stored';

test('a newer version of the article re-anchors the claims; an orphan is re-attached by hand', async ({ page, server, pageErrors }, testInfo) => {
  void pageErrors;
  const claims = seedClaims();
  await page.goto(server.url);
  await page.getByTestId('import-input').setInputFiles(SEED);
  for (const index of [0, 1, 2, 6]) await makeClaim(page, claims[index]!.exact);

  await page.getByTestId('replace-input').setInputFiles(join(FIXTURES, 'seed', '000_94a0439cd798dd65.edited.txt'));
  await expect(page.getByRole('status').filter({ hasText: 'Text replaced. Claims: 0 in place, 1 moved, 2 matched approximately, 1 orphaned.' })).toBeVisible();
  await expect(page.locator('.article-text')).toContainText("Editor's note");
  await expect(page.locator('.claim-item .anchor-badge--fuzzy')).toHaveCount(2);
  const orphans = page.getByRole('region', { name: /Orphans/ });
  await expect(orphans.locator('.claim-item')).toHaveCount(1);
  await expect(orphans).toContainText('US forces in al-Shadadi');
  await expect(page.locator('.status-bar__counts')).toContainText('anchors: 1 moved, 2 fuzzy, 1 orphan');
  await page.screenshot({ path: testInfo.outputPath('orphans.png') });

  // The sentence was removed in this version; the researcher attaches the claim to the nearest text.
  await orphans.locator('.claim-item').click();
  await expect(page.getByRole('note')).toContainText('This claim lost its place');
  await selectWithMouse(page, 'the Islamic Resistance in Iraq announced having targeted');
  await page.keyboard.press('r');
  await expect(orphans).toHaveCount(0);
  await expect(page.locator('.inspector__quote')).toHaveText('the Islamic Resistance in Iraq announced having targeted');
  await expect(page.locator('.inspector .anchor-badge')).toHaveText('exact');
  // and the re-attachment can be undone
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('region', { name: /Orphans/ }).locator('.claim-item')).toHaveCount(1);
});

test('a text that shares little with the article asks first: No keeps the article as it was, Yes replaces it', async ({ page, server, pageErrors }) => {
  void pageErrors;
  const claims = seedClaims();
  await page.goto(server.url);
  await page.getByTestId('import-input').setInputFiles(SEED);
  for (const index of [0, 1]) await makeClaim(page, claims[index]!.exact);
  const other = { name: 'merger.txt', mimeType: 'text/plain', buffer: Buffer.from('Telecoms groups agree merger\n\nTwo mobile networks have agreed to merge, the companies said.\n') };
  const questions: string[] = [];
  page.once('dialog', (dialog) => void (questions.push(dialog.message()), dialog.dismiss()));
  await page.getByTestId('replace-input').setInputFiles(other);
  await expect.poll(() => questions.length).toBe(1);
  expect(questions[0]).toContain('merger.txt shares little with this article');
  await expect(page.locator('.article-text')).toContainText('Rmelan');
  await expect(page.locator('.claim-item')).toHaveCount(2);

  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByTestId('replace-input').setInputFiles(other);
  await expect(page.getByRole('status').filter({ hasText: 'Text replaced. Claims: 0 in place, 0 moved, 0 matched approximately, 2 orphaned.' })).toBeVisible();
  await expect(page.locator('.article-text')).toContainText('Two mobile networks');
  await page.keyboard.press('Control+z');
  await expect(page.locator('.article-text')).toContainText('Rmelan');
});

test('correcting the text: claims follow the edits, a claim whose words are deleted becomes an orphan', async ({ page, server, pageErrors }) => {
  void pageErrors;
  const claims = seedClaims();
  await page.goto(server.url);
  await page.getByTestId('import-input').setInputFiles(SEED);
  await makeClaim(page, claims[0]!.exact);
  await makeClaim(page, claims[6]!.exact);
  await page.getByRole('button', { name: 'Correct text' }).click();
  await expect(page.getByRole('toolbar', { name: 'Text correction' })).toBeVisible();

  // fix the town's name inside the first claim
  expect(await selectWithKeyboard(page, 'Rmelan')).toBe('Rmelan');
  await page.keyboard.type('Rumeilan');
  // delete the whole al-Shadadi sentence
  expect(await selectWithMouse(page, ' Additionally, US forces in al-Shadadi, also in the depths of Syria, came under attack.')).toContain('al-Shadadi');
  await page.keyboard.press('Backspace');
  await expect(page.locator('.article-text')).not.toContainText('al-Shadadi');
  await page.getByRole('button', { name: 'Save corrections' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Corrections saved. 1 claim lost its text and is listed as orphans.' })).toBeVisible();
  await expect(page.locator('.claim-item').first()).toContainText('The US occupation forces in Rumeilan, northeastern Syria');
  await expect(page.getByRole('region', { name: /Orphans/ }).locator('.claim-item')).toHaveCount(1);

  const doc = await firstStoredDocument<{ claims: Array<{ target: { exact: string }; anchor: string }> }>(server);
  expect(doc.claims.map((c) => [c.anchor, c.target.exact.slice(0, 36)]).sort()).toEqual([
    ['exact', 'The US occupation forces in Rumeilan'],
    ['orphan', 'US forces in al-Shadadi, also in the'],
  ]);

  // the correction is one step of the history: undone, the text and both claims are back; redone, corrected again
  await page.locator('.article-text').click();
  await page.keyboard.press('Control+z');
  await expect(page.locator('.article-text')).toContainText('al-Shadadi');
  await expect(page.locator('.article-text')).toContainText('Rmelan');
  await expect(page.getByRole('region', { name: /Orphans/ })).toHaveCount(0);
  const undone = await firstStoredDocument<{ claims: Array<{ target: { exact: string }; anchor: string }> }>(server);
  expect(undone.claims.map((c) => c.target.exact.slice(0, 30)).sort()).toEqual(['The US occupation forces in Rm', 'US forces in al-Shadadi, also ']);
  await page.keyboard.press('Control+Shift+z');
  await expect(page.locator('.article-text')).toContainText('Rumeilan');
  await expect(page.getByRole('region', { name: /Orphans/ }).locator('.claim-item')).toHaveCount(1);
});

test('cancelling a correction leaves the text as it was', async ({ page, server, pageErrors }) => {
  void pageErrors;
  await page.goto(server.url);
  await page.getByTestId('import-input').setInputFiles(SEED);
  await page.getByRole('button', { name: 'Correct text' }).click();
  await selectWithKeyboard(page, 'Rmelan');
  await page.keyboard.type('XXXX');
  await expect(page.locator('.article-text')).toContainText('XXXX');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.locator('.article-text')).toContainText('Rmelan');
  await expect(page.locator('.article-text')).not.toContainText('XXXX');
});
