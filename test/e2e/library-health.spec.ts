// The store's promises as the user sees them: a damaged file is reported with what to do and can
// be restored from a backup; deleting goes to the trash with undo; a failed save says NOT SAVED
// with the reason and a retry; the library can be restored from a backup.
import type { Route } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startServer } from './support/server';
import { expect, SEED, test } from './support/fixtures';
import { selectWithMouse } from './support/select-text';
import { makeClaim, seedClaims } from './support/claims';

test('a damaged document is reported, put aside, and restored from a backup in one click', async ({ page, library, server }, testInfo) => {
  await page.goto(server.url);
  await page.getByTestId('import-input').setInputFiles(SEED);
  await expect(page.locator('.article-text')).toBeVisible();
  await page.getByRole('button', { name: 'Open a sample article' }).count();
  const [summary] = (await server.call<{ documents: Array<{ id: string }> }>('library:get', {})).documents;
  // a second change after the interval would back up again; one backup (before the import) is enough here
  await server.stop();
  const file = join(library, 'documents', `${summary!.id}.json`);
  writeFileSync(file, readFileSync(file, 'utf8').slice(0, 300));
  const restarted = await startServer(library);
  try {
    await page.goto(restarted.url);
    const notice = page.getByRole('alert').filter({ hasText: 'could not be read' });
    await expect(notice).toContainText(`documents/${summary!.id}.json could not be read: the file is not valid JSON`);
    await expect(notice).toContainText('moved aside as');
    await page.screenshot({ path: testInfo.outputPath('damaged-document.png') });
    await notice.getByRole('button', { name: 'Restore this document from a backup' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'US Occupation Forces Attacked in Northeast Syria' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: /Restored "US Occupation Forces Attacked in Northeast Syria" as it was at/ })).toBeVisible();
  } finally {
    await restarted.stop();
  }
});

test('deleting moves a document to the trash, with undo, and it can be restored from the trash', async ({ page, server, pageErrors }) => {
  void pageErrors;
  await page.goto(server.url);
  await page.getByTestId('import-input').setInputFiles(SEED);
  await page.getByRole('button', { name: 'Move to trash' }).click();
  const toast = page.getByRole('status').filter({ hasText: 'was moved to the trash' });
  await expect(toast).toBeVisible();
  await expect(page.locator('.doc-list__item')).toHaveCount(0);
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(page.locator('.doc-list__item')).toHaveCount(1);
  // the document that was open when it went is open again
  const title = page.getByRole('heading', { level: 1, name: 'US Occupation Forces Attacked in Northeast Syria' });
  await expect(title).toBeVisible();

  // the move is a step of the history: Ctrl+Shift+Z moves it again, Ctrl+Z brings it back
  await page.keyboard.press('Control+Shift+Z');
  await expect(page.locator('.doc-list__item')).toHaveCount(0);
  await page.keyboard.press('Control+Z');
  await expect(title).toBeVisible();

  await page.getByRole('button', { name: 'Move to trash' }).click();
  await page.getByRole('button', { name: /^Trash\d*$/ }).click();
  await expect(page.getByRole('heading', { name: 'Trash' })).toBeVisible();
  await expect(page.locator('.trash-list__item')).toContainText('US Occupation Forces Attacked in Northeast Syria');
  await page.locator('.trash-list__item').getByRole('button', { name: 'Restore' }).click();
  await expect(page.locator('.trash-list__item')).toHaveCount(0);
  await expect(page.locator('.doc-list__item')).toHaveCount(1);
  // the keyboard stays on the Trash screen, on its title once the list is empty
  await expect(page.getByRole('heading', { name: 'Trash' })).toBeFocused();
  // so is the restore: undone, the document is in the trash again, and the Trash screen shows it
  await page.keyboard.press('Control+Z');
  await expect(page.locator('.trash-list__item')).toHaveCount(1);
  await expect(page.locator('.doc-list__item')).toHaveCount(0);
});

test('a save that does not reach the disk says NOT SAVED with the reason, and Retry saves it; a claim not made says to make it again', async ({ page, server, pageErrors }) => {
  void pageErrors;
  await page.goto(server.url);
  await page.getByTestId('import-input').setInputFiles(SEED);
  const diskFull = (route: Route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({ ok: false, error: { code: 'not-saved', message: 'Not saved: the disk is full (writing documents/x.json). Free space or fix the folder\'s permissions, then retry.' } }),
    });
  // a claim is made once: one that failed is not sent again behind the user's back (a second C would make two)
  await page.route(/\/rpc\/claims(%3A|:)createMany$/, diskFull, { times: 1 });
  await selectWithMouse(page, 'informed sources told Al Mayadeen on Friday');
  await page.keyboard.press('c');
  const alert = page.getByRole('alert').filter({ hasText: 'NOT SAVED' });
  await expect(alert).toContainText('NOT SAVED: Not saved: the disk is full');
  await expect(alert).toContainText('That change was not made: make it again once this is fixed.');
  await expect(alert.getByRole('button', { name: 'Retry' })).toHaveCount(0);
  await expect(page.locator('.claim-item')).toHaveCount(0);
  await page.keyboard.press('c');
  await expect(page.locator('.claim-item')).toHaveCount(1);
  // a status change waits for Retry, shown meanwhile
  await page.route(/\/rpc\/claims(%3A|:)update$/, diskFull, { times: 1 });
  await page.locator('.claim-item').first().press('v');
  await expect(alert).toContainText('NOT SAVED: Not saved: the disk is full');
  await expect(page.getByRole('radio', { name: /^Verified/ })).toHaveAttribute('aria-checked', 'true');
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByTestId('save-state')).toHaveText('saved');
  const doc = (await server.call<{ documents: Array<{ id: string }> }>('library:get', {})).documents[0]!;
  expect((await server.call<{ claims: Array<{ status: string }> }>('documents:get', { documentId: doc.id })).claims.map((c) => c.status)).toEqual(['verified']);
});

test('with the core out of reach, changes say NOT SAVED (never "saved") and wait; Retry sends them all, in order, once it is back', async ({ page, server }, testInfo) => {
  // (no check of the page's errors: the browser logs each refused connection)
  await page.goto(server.url);
  await page.getByTestId('import-input').setInputFiles(SEED);
  await selectWithMouse(page, 'informed sources told Al Mayadeen on Friday');
  await page.keyboard.press('c');
  await expect(page.locator('.claim-item')).toHaveCount(1);
  await expect(page.getByTestId('save-state')).toHaveText('saved');
  // the core goes out of reach (the server stops answering)
  await page.route(/\/rpc\//, (route) => route.abort('connectionrefused'));
  await page.locator('.claim-item').first().click();
  await page.locator('.claim-item').first().press('f');
  await page.keyboard.press('n');
  await page.keyboard.type('Check with the ministry');
  await page.keyboard.press('Escape');
  const alert = page.getByRole('alert').filter({ hasText: 'NOT SAVED' });
  await expect(alert).toContainText("NOT SAVED: Corroborate's core cannot be reached");
  await expect(alert).toContainText('2 changes wait for Retry.');
  await expect(page.getByTestId('save-state')).toHaveCount(0);
  // what waits stays on screen: the status chosen and the note typed
  await expect(page.getByRole('radio', { name: /^False/ })).toHaveAttribute('aria-checked', 'true');
  await expect(page.getByRole('textbox', { name: 'Note', exact: true })).toHaveValue('Check with the ministry');
  await page.screenshot({ path: testInfo.outputPath('core-out-of-reach.png') });
  // back: Retry sends both
  await page.unroute(/\/rpc\//);
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByTestId('save-state')).toHaveText('saved');
  const stored = async () => (await server.call<{ claims: Array<{ status: string; note: string }> }>('documents:get', { documentId: (await server.call<{ documents: Array<{ id: string }> }>('library:get', {})).documents[0]!.id })).claims[0];
  await expect.poll(stored).toMatchObject({ status: 'false', note: 'Check with the ministry' });
  await expect(page.getByRole('radio', { name: /^False/ })).toHaveAttribute('aria-checked', 'true');
  await expect(page.getByRole('textbox', { name: 'Note', exact: true })).toHaveValue('Check with the ministry');
});

test('the library can be restored from a backup, and the restore undone', async ({ page, server, pageErrors }, testInfo) => {
  void pageErrors;
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto(server.url);
  await page.getByTestId('import-input').setInputFiles(SEED);
  await expect(page.locator('.doc-list__item')).toHaveCount(1);
  await makeClaim(page, seedClaims()[0]!.exact);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Undo: Make claim' })).toBeEnabled();
  await page.getByRole('button', { name: 'Restore from backup…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Restore from backup' });
  await expect(dialog.locator('.backup-list__item')).toHaveCount(1);
  await expect(dialog.locator('.backup-list__item')).toContainText('automatic · 0 documents · 0 claims');
  await page.screenshot({ path: testInfo.outputPath('backups.png') });
  await dialog.getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByRole('heading', { name: 'Your library is empty' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Restored the backup of' })).toBeVisible();
  // the history's steps undid changes the restore took away: they are gone with them
  await expect(page.getByRole('button', { name: 'Undo', exact: true })).toBeDisabled();

  // The state before the restore was kept as a backup: restoring it undoes the restore.
  await page.getByRole('button', { name: 'Restore from backup…' }).first().click();
  const again = page.getByRole('dialog', { name: 'Restore from backup' });
  const before = again.locator('.backup-list__item').filter({ hasText: 'before a restore' });
  await expect(before).toContainText('1 document · 1 claim');
  await before.getByRole('button', { name: 'Restore' }).click();
  await expect(page.locator('.doc-list__item')).toHaveCount(1);
});
