// The registries the researcher controls: sources (edit, merge a duplicate, track record), the
// taxonomy (rename, recolour, keys, add), how highlights are coloured, the theme, tags; and
// links, which leave the app only after a confirmation. Edits save themselves: nothing typed is
// lost by moving to another source or screen, and a problem stays beside its field.
import type { Page } from '@playwright/test';
import { join } from 'node:path';
import { expect, FIXTURES, SEED, test } from './support/fixtures';
import { makeClaim, seedClaims } from './support/claims';
import { chooseStatus } from './support/ui';
import { firstStoredDocument } from './support/stored';
import { seedLibrary } from './support/seed-library';
import type { RunningServer } from './support/server';

interface StoredRegistry {
  sources: Array<{ id: string; name: string; kind: string; aliases: string[]; description: string }>;
  taxonomy: { statuses: Array<{ id: string; label: string; key: string }> };
}
const stored = (server: RunningServer) => server.call<StoredRegistry>('library:get', {});
const storedSource = async (server: RunningServer, name: string) => (await stored(server)).sources.find((s) => s.name === name);
const storedStatus = async (server: RunningServer, id: string) => (await stored(server)).taxonomy.statuses.find((s) => s.id === id);

/** Gives the selected claim a new source, even when the name partly matches an existing one. */
async function setSource(page: Page, name: string) {
  await page.locator('#claim-source-input').fill(name);
  await page.getByRole('option', { name: /^Create/ }).click();
  await expect(page.locator('.inspector .chip').filter({ hasText: new RegExp(`^${name}×?$`) })).toBeVisible();
  await expect(page.getByTestId('save-state')).toHaveText('saved');
}

test('sources: merge a duplicate (its claims follow), edit one, see its track record, delete it with Undo', async ({ page, server, pageErrors }, testInfo) => {
  void pageErrors;
  const claims = seedClaims();
  await page.goto(server.url);
  await page.getByTestId('import-input').setInputFiles(SEED);
  await makeClaim(page, claims[7]!.exact);
  await setSource(page, 'Abu Alaa al-Walai');
  await chooseStatus(page, 'disputed');
  await makeClaim(page, claims[8]!.exact);
  // one word that is the surname of a person in the registry: guessed a person too
  await setSource(page, 'al-Walai');

  await page.getByRole('button', { name: /^Sources/ }).click();
  await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^al-Walai/ }).locator('.registry-item__meta')).toHaveText('Person · 1 claim');
  await page.getByRole('button', { name: /^al-Walai/ }).click();
  const editor = page.getByRole('form', { name: 'Source al-Walai' });
  // the sources to keep are listed by name; merged without a question, Undo takes them apart, Redo merges them once more
  const names = await editor.getByLabel('Source to keep').locator('option:not([value=""])').allTextContents();
  expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, undefined, { sensitivity: 'base', numeric: true })));
  await editor.getByLabel('Source to keep').selectOption({ label: 'Abu Alaa al-Walai' });
  await editor.getByRole('button', { name: 'Merge into it' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Merged “al-Walai” into “Abu Alaa al-Walai”; 1 claim follows.' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^al-Walai/ })).toHaveCount(0);
  // the source kept is the one shown now, the focus on its name
  await expect(page.getByRole('form', { name: 'Source Abu Alaa al-Walai' }).getByLabel('Name', { exact: true })).toBeFocused();
  await page.locator('.toast').filter({ hasText: 'Merged' }).getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('button', { name: /^al-Walai/ }).locator('.registry-item__meta')).toHaveText('Person · 1 claim');
  await expect.poll(async () => (await stored(server)).sources.map((s) => [s.name, s.aliases])).toEqual([
    ['Abu Alaa al-Walai', []],
    ['al-Walai', []],
  ]);
  await page.keyboard.press('Control+Shift+Z');
  await expect(page.getByRole('button', { name: /^al-Walai/ })).toHaveCount(0);

  await page.getByRole('button', { name: /^Abu Alaa al-Walai/ }).click();
  const walai = page.getByRole('form', { name: 'Source Abu Alaa al-Walai' });
  await expect(walai.getByLabel('Aliases (comma-separated)')).toHaveValue('al-Walai');
  // an Undo while its editor is open reaches the fields, and leaving the editor does not save the merge back
  await page.keyboard.press('Control+z');
  await expect(walai.getByLabel('Aliases (comma-separated)')).toHaveValue('');
  await page.getByRole('button', { name: /^al-Walai/ }).click();
  await expect(page.getByRole('form', { name: 'Source al-Walai' })).toBeVisible();
  await expect.poll(async () => (await stored(server)).sources.map((s) => [s.name, s.aliases])).toEqual([
    ['Abu Alaa al-Walai', []],
    ['al-Walai', []],
  ]);
  await page.keyboard.press('Control+Shift+Z');
  await page.getByRole('button', { name: /^Abu Alaa al-Walai/ }).click();
  await expect(walai.getByLabel('Aliases (comma-separated)')).toHaveValue('al-Walai');
  await expect(walai.getByRole('region', { name: 'Track record' })).toContainText('2 claims in 1 document.');
  await expect(walai.getByRole('region', { name: 'Track record' })).toContainText('Disputed1');
  await walai.getByLabel('Kind').selectOption({ label: 'Person' });
  await walai.getByLabel('Description').fill('Secretary-General of Kataib Sayyid al-Shuhada');
  await page.screenshot({ path: testInfo.outputPath('sources.png') });
  await expect.poll(async () => (await stored(server)).sources).toEqual([expect.objectContaining({ name: 'Abu Alaa al-Walai', kind: 'person', description: 'Secretary-General of Kataib Sayyid al-Shuhada' })]);

  // deleted: out of the registry and off its two claims, without a question; Undo puts it back on them
  await walai.getByRole('button', { name: 'Delete source' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Deleted the source "Abu Alaa al-Walai" from 2 claims.' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Abu Alaa al-Walai/ })).toHaveCount(0);
  await expect.poll(async () => (await stored(server)).sources).toEqual([]);
  // the focus is not left in a text field, so Ctrl+Z undoes the deletion
  await expect(page.getByRole('heading', { name: 'Sources', level: 1 })).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('button', { name: /^Abu Alaa al-Walai/ }).locator('.registry-item__meta')).toHaveText('Person · 2 claims');
  await expect.poll(async () => (await stored(server)).sources.map((s) => s.name)).toEqual(['Abu Alaa al-Walai']);

  // its claims are a click away, in the claims table
  await page.getByRole('button', { name: /^Abu Alaa al-Walai/ }).click();
  await page.getByRole('button', { name: 'Show its 2 claims in the claims table' }).click();
  await expect(page.locator('.claims-screen__count')).toHaveText('2 claims in 1 document');
});

test('sources: what is typed is kept when another source is chosen or the screen left; a name another source has stays with its problem', async ({ page, server, pageErrors }, testInfo) => {
  void pageErrors;
  await seedLibrary(server);
  await page.goto(server.url);
  await page.getByRole('button', { name: /^Sources/ }).click();
  const officialsItem = page.getByRole('button', { name: /^US officials/ });
  const informedItem = page.getByRole('button', { name: /^informed sources/ });
  await officialsItem.click();
  const officials = page.getByRole('form', { name: 'Source US officials' });

  // typed, then straight to another source and back
  await officials.getByLabel('Description').fill('Unnamed officials of the US government');
  await informedItem.click();
  await officialsItem.click();
  await expect(officials.getByLabel('Description')).toHaveValue('Unnamed officials of the US government');
  await expect.poll(async () => (await storedSource(server, 'US officials'))?.description).toBe('Unnamed officials of the US government');

  // a pause in typing saves, with no field left
  await officials.getByLabel('Aliases (comma-separated)').fill('American officials');
  await expect.poll(async () => (await storedSource(server, 'US officials'))?.aliases).toEqual(['American officials']);

  // typed, then straight to another screen and back
  await officials.getByLabel('Description').fill('Officials of the US government who are not named');
  await page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: 'Tags' }).click();
  await expect(page.getByRole('heading', { name: 'Tags' })).toBeVisible();
  await page.getByRole('button', { name: /^Sources/ }).click();
  await officialsItem.click();
  await expect(officials.getByLabel('Description')).toHaveValue('Officials of the US government who are not named');
  await expect.poll(async () => (await storedSource(server, 'US officials'))?.description).toBe('Officials of the US government who are not named');

  // a name the registry refuses: marked, its problem beside it, kept through a visit elsewhere
  const name = officials.getByLabel('Name', { exact: true });
  await name.fill('Informed Sources');
  const problem = '“Informed Sources” is already the name or an alias of the source “informed sources”: merge this one into it instead, under “Merge into another source” below.';
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(name).toHaveAccessibleDescription(problem);
  await officials.getByLabel('Description').fill('Officials of the US government');
  await informedItem.click();
  await expect(page.locator('.toast').filter({ hasText: 'Your edit of the source “US officials” is not saved' })).toBeVisible();
  await officialsItem.click();
  await expect(name).toHaveValue('Informed Sources');
  await expect(name).toHaveAccessibleDescription(problem);
  await page.screenshot({ path: testInfo.outputPath('source-name-problem.png') });
  // the rest of the edit is saved meanwhile; the name is not
  await expect.poll(async () => (await storedSource(server, 'US officials'))?.description).toBe('Officials of the US government');
  await name.fill('US government officials');
  await expect(name).not.toHaveAttribute('aria-invalid');
  await name.blur();
  await expect.poll(async () => (await stored(server)).sources.map((s) => s.name).sort()).toEqual(['US government officials', 'informed sources']);

  // a name only the core knows to be taken (a source made since the screen was drawn): its refusal stays beside the field too;
  // leaving the field reads the library (for the offer to keep the old name), and the screen then says it in its own words
  await expect(page.locator('.toast').filter({ hasText: 'Renamed “US officials” to “US government officials”.' })).toBeVisible();
  await server.call('sources:create', { name: 'Reuters', kind: 'media' });
  const renamed = page.getByRole('form', { name: 'Source US government officials' }).getByLabel('Name', { exact: true });
  await renamed.fill('Reuters');
  await expect(renamed).toHaveAttribute('aria-invalid', 'true');
  await expect(renamed).toHaveAccessibleDescription('"Reuters" is already the name or an alias of the source "Reuters": merge the two instead.');
  await renamed.blur();
  await expect(renamed).toHaveAccessibleDescription('“Reuters” is already the name or an alias of the source “Reuters”: merge this one into it instead, under “Merge into another source” below.');
  await expect(renamed).toHaveValue('Reuters');
  expect((await stored(server)).sources.map((s) => s.name).sort()).toEqual(['Reuters', 'US government officials', 'informed sources']);
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
  const verifiedKey = statuses.getByLabel('Key of Verified');
  await verifiedKey.fill('u');
  await expect(verifiedKey).toHaveAttribute('aria-invalid', 'true');
  await expect(verifiedKey).toHaveAccessibleDescription('Shortcut U for “Verified” is already used by the status “Not checked”.');
  await verifiedKey.fill('y');
  await expect(verifiedKey).not.toHaveAttribute('aria-invalid');
  await statuses.getByLabel('Name of a new status').fill('Needs context');
  await statuses.getByLabel('Name of a new status').press('Enter');
  await expect(statuses.getByLabel('Name of a new status')).toHaveValue('');
  await statuses.getByLabel('Key of Needs context').fill('m');
  await statuses.getByRole('button', { name: 'Move Needs context up' }).click();
  await expect.poll(async () => (await stored(server)).taxonomy.statuses.map((s) => s.key).slice(-2)).toEqual(['m', 'x']);
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

  // an entry in use cannot be removed: the refusal says why, and the entry stays on screen
  await page.getByRole('button', { name: 'Settings' }).click();
  await statuses.getByRole('button', { name: 'Remove Needs context' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'The status "Needs context" cannot be removed: 1 claim has it' })).toBeVisible();
  await expect(statuses.getByLabel('Label of needs-context')).toHaveValue('Needs context');
  // one nothing uses goes, and Undo brings it back; the status new claims get has no Remove
  await statuses.getByRole('button', { name: 'Remove Disputed' }).click();
  await expect(statuses.getByLabel('Label of disputed')).toHaveCount(0);
  await expect.poll(async () => (await stored(server)).taxonomy.statuses.some((s) => s.key === 'd')).toBe(false);
  await page.getByRole('button', { name: 'Undo: Remove the status “Disputed”' }).click();
  await expect(statuses.getByLabel('Label of disputed')).toHaveValue('Disputed');
  await expect(statuses.getByRole('button', { name: 'Remove Not checked' })).toHaveCount(0);

  // the refusal leads to the claims in the way, where they can be changed
  await statuses.getByRole('button', { name: 'Remove Needs context' }).click();
  const refusal = page.getByRole('alert').filter({ hasText: 'The status "Needs context" cannot be removed' });
  await refusal.getByRole('button', { name: 'Show its claims' }).click();
  await expect(page.locator('.claims-screen__count')).toHaveText('1 claim in 1 document');
  await expect(refusal).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath('settings-refusal-claims.png') });
});

test('settings: a renamed status is kept when the screen is left; a shortcut key the workspace uses is named in plain words beside its field', async ({ page, server, pageErrors }, testInfo) => {
  void pageErrors;
  await seedLibrary(server);
  await page.goto(server.url);
  const library = page.getByRole('navigation', { name: 'Library' });
  await library.getByRole('button', { name: 'Settings' }).click();
  const statuses = page.getByRole('region', { name: 'Statuses' });
  // typed, then straight to another screen and back
  await statuses.getByLabel('Label of partly-true').fill('Half true');
  await library.getByRole('button', { name: 'Tags' }).click();
  await expect(page.getByRole('heading', { name: 'Tags' })).toBeVisible();
  await library.getByRole('button', { name: 'Settings' }).click();
  await expect(statuses.getByLabel('Label of partly-true')).toHaveValue('Half true');
  await expect.poll(async () => (await storedStatus(server, 'partly-true'))?.label).toBe('Half true');

  const key = statuses.getByLabel('Key of Half true');
  await key.fill('k');
  const problem = 'Shortcut K for “Half true” is already used by the workspace (J and K move between claims).';
  await expect(key).toHaveAttribute('aria-invalid', 'true');
  await expect(key).toHaveAccessibleDescription(problem);
  await expect(statuses.getByRole('alert')).toHaveText(problem);
  await page.screenshot({ path: testInfo.outputPath('settings-key-problem.png') });
  // the key with its problem is kept through a visit elsewhere, and said so; the saved key stays
  await library.getByRole('button', { name: 'Tags' }).click();
  await expect(page.locator('.toast').filter({ hasText: 'Your edit of the taxonomy is not saved' })).toBeVisible();
  await library.getByRole('button', { name: 'Settings' }).click();
  await expect(key).toHaveValue('k');
  await expect(key).toHaveAccessibleDescription(problem);
  expect((await storedStatus(server, 'partly-true'))?.key).toBe('t');
  await key.fill('h');
  await expect(key).not.toHaveAttribute('aria-invalid');
  await expect.poll(async () => (await storedStatus(server, 'partly-true'))?.key).toBe('h');
});

test('tags: added in the inspector, renamed and deleted across the library', async ({ page, server, pageErrors }) => {
  void pageErrors;
  const claims = seedClaims();
  await page.goto(server.url);
  await page.getByTestId('import-input').setInputFiles(SEED);
  for (const index of [0, 1]) {
    await makeClaim(page, claims[index]!.exact);
    await page.keyboard.press('g');
    await page.keyboard.type(index === 0 ? 'syria' : 'Syria');
    await page.keyboard.press('Enter');
    await page.keyboard.type('casualties,');
    // "Syria" is added as the library spells it: one tag, not two
    await expect(page.locator('.inspector .chip--tag > span')).toHaveText(['syria', 'casualties']);
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('save-state')).toHaveText('saved');
  }
  await page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: 'Tags' }).click();
  await expect(page.locator('.tag-row')).toHaveCount(2);
  const lowercase = page.locator('.tag-row').filter({ has: page.getByLabel('Tag syria', { exact: true }) });
  await lowercase.getByRole('textbox').fill('Syria');
  await lowercase.getByRole('button', { name: 'Rename' }).click();
  await expect(page.locator('.tag-row').filter({ has: page.getByLabel('Tag Syria', { exact: true }) })).toContainText('2 claims');
  // deleted without a question; Undo puts it back on both claims, where it was; the focus stays on the screen's tags
  await page.locator('.tag-row').filter({ has: page.getByLabel('Tag casualties') }).getByRole('button', { name: 'Delete' }).click();
  await expect(page.locator('.tag-row')).toHaveCount(1);
  await expect(page.getByLabel('Tag Syria', { exact: true })).toBeFocused();
  const tagsOnDisk = async () => (await firstStoredDocument<{ claims: Array<{ tags: string[] }> }>(server)).claims.map((c) => c.tags);
  expect(await tagsOnDisk()).toEqual([['Syria'], ['Syria']]);
  await page.locator('.toast').filter({ hasText: 'Tag “casualties” removed from 2 claims.' }).getByRole('button', { name: 'Undo' }).click();
  await expect(page.locator('.tag-row')).toHaveCount(2);
  await expect.poll(tagsOnDisk).toEqual([
    ['Syria', 'casualties'],
    ['Syria', 'casualties'],
  ]);
  // and the rename before it, from the keyboard: "syria" comes back
  await page.keyboard.press('Control+z');
  await expect.poll(tagsOnDisk).toEqual([
    ['syria', 'casualties'],
    ['syria', 'casualties'],
  ]);
  await expect(page.locator('.tag-row').filter({ has: page.getByLabel('Tag syria', { exact: true }) })).toContainText('2 claims');
  // a tag's count opens its claims (whatever their case) in the claims table
  await page.getByRole('button', { name: 'Show the 2 claims tagged “casualties”' }).click();
  await expect(page.getByRole('searchbox', { name: 'Search claims' })).toHaveValue('tag:"casualties"');
  await expect(page.locator('.claims-screen__count')).toHaveText('2 claims in 1 document');
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
  // back in the app's window (the browser's tab had the focus)
  await (await popup).close();
  await page.bringToFront();
  // from the keyboard: the caret in the link's words, then the palette's "Open the link at the caret"
  await page.locator('.article-link').filter({ hasText: 'World Health Organization' }).evaluate((link) => {
    const range = document.createRange();
    range.setStart(link.firstChild!, 2);
    range.collapse(true);
    (link.closest('.article-text') as HTMLElement).focus();
    window.getSelection()!.removeAllRanges();
    window.getSelection()!.addRange(range);
  });
  // a step with the arrows, as a reader moves the caret (the editor follows the caret it moves)
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Control+k');
  await page.keyboard.type('open the link');
  await expect(page.getByRole('dialog', { name: 'Command palette' }).getByRole('option').first()).toHaveText(/^Open the link at the caret/);
  await page.keyboard.press('Enter');
  await expect(dialog).toContainText('https://www.who.int/');
});
