// The command palette (Ctrl+K) reaches what the library holds by name: a source, by its name or an
// alias, shown on the Sources screen; a saved set, opened on the claims screen; and it acts on the
// words selected in the text.
import { expect, SEED, test } from './support/fixtures';
import { selectWithKeyboard, selectWithMouse } from './support/select-text';
import { seedLibrary } from './support/seed-library';
import type { RunningServer } from './support/server';

const storedSource = async (server: RunningServer, name: string) => (await server.call<{ sources: Array<{ id: string; name: string }> }>('library:get', {})).sources.find((s) => s.name === name);

test('the command palette finds a source by its name or an alias and shows it, also from the Sources screen', async ({ page, server, pageErrors }, testInfo) => {
  void pageErrors;
  await seedLibrary(server);
  const officials = (await storedSource(server, 'US officials'))!;
  await server.call('sources:update', { sourceId: officials.id, changes: { aliases: ['American officials'] } });
  await page.goto(server.url);
  // the palette lists what the library holds when it opens: the library is read first
  await expect(page.getByRole('button', { name: /^Sources/ })).toContainText('2');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await page.keyboard.press('Control+k');
  await page.keyboard.type('informed');
  await expect(palette.getByRole('option').first()).toHaveText('Show source: informed sources');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('form', { name: 'Source informed sources' }).getByLabel('Name')).toHaveValue('informed sources');
  // from the Sources screen itself, by an alias, with a search typed there that would hide it
  await page.getByPlaceholder(/Find a source/).fill('informed');
  await page.keyboard.press('Control+k');
  await page.keyboard.type('american');
  await expect(palette.getByRole('option').first()).toHaveText('Show source: US officials (also American officials)');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('form', { name: 'Source US officials' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^US officials/ })).toHaveAttribute('aria-current', 'true');
  await page.screenshot({ path: testInfo.outputPath('palette-source.png') });
  // the request is answered: a later visit to the screen starts with no source chosen
  await page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: 'Tags' }).click();
  await page.getByRole('button', { name: /^Sources/ }).click();
  await expect(page.getByRole('form', { name: /^Source / })).toHaveCount(0);
});

test('the palette opens a saved set by its name', async ({ page, server, pageErrors }) => {
  void pageErrors;
  await seedLibrary(server);
  const informed = (await storedSource(server, 'informed sources'))!;
  await server.call('sets:create', { name: 'Anonymous sourcing', filter: { query: '', facets: { sourceIds: [informed.id] } } });
  await page.goto(server.url);
  await expect(page.getByRole('button', { name: /^Sources/ })).toContainText('2');
  await page.keyboard.press('Control+k');
  await page.keyboard.type('sourcing');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await expect(palette.getByRole('option').first()).toHaveText('Open set: Anonymous sourcing');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: /^Anonymous sourcing/ })).toHaveAttribute('aria-current', 'page');
  // the set's claims: those of informed sources, four of the seed's nine
  await expect(page.locator('.claims-table__row:not(.claims-table__row--head)')).toHaveCount(4);
});

test('the palette goes to all claims and to the charts by name', async ({ page, server, pageErrors }) => {
  void pageErrors;
  await seedLibrary(server);
  await page.goto(server.url);
  await expect(page.getByRole('button', { name: /^Sources/ })).toContainText('2');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await page.keyboard.press('Control+k');
  await page.keyboard.type('all claims');
  await expect(palette.getByRole('option').first()).toHaveText(/^Go to all claims/);
  await page.keyboard.press('Enter');
  await expect(page.locator('.claims-table__row:not(.claims-table__row--head)')).toHaveCount(9);
  await page.keyboard.press('Control+k');
  await page.keyboard.type('charts');
  await expect(palette.getByRole('option').first()).toHaveText('Show the charts of the claims');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Charts' })).toHaveAttribute('aria-pressed', 'true');
  // an export is found by its file's extension too
  await page.keyboard.press('Control+k');
  await page.keyboard.type('qdpx');
  await expect(palette.getByRole('option').first()).toHaveText('Export all claims as REFI-QDA project (NVivo, ATLAS.ti, MAXQDA)');
});

test('focus lands on the new screen, not the page, when what held it goes: a document opened from the table, a screen from the palette', async ({ page, server, pageErrors }) => {
  void pageErrors;
  await seedLibrary(server);
  await page.goto(server.url);
  await page.getByRole('button', { name: /^All documents/ }).click();
  await page.locator('.documents-table__open').filter({ hasText: 'US Occupation Forces' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.article-text')).toBeFocused();
  // the text's keys work from there at once
  await page.keyboard.press('j');
  await expect(page.locator('.claim-item[aria-current="true"]')).toHaveCount(1);
  await page.keyboard.press('Control+k');
  await page.keyboard.type('go to sources');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Sources' })).toBeVisible();
  await expect.poll(() => page.evaluate(() => Boolean(document.activeElement?.closest('main')))).toBe(true);

  // a document opened from the palette, with the keyboard in the library pane: the text has it
  await page.locator('.doc-list__item').first().focus();
  await page.keyboard.press('Control+k');
  await page.keyboard.type('open occupation forces');
  await page.keyboard.press('Enter');
  await expect(page.locator('.article-text')).toBeFocused();
  await page.keyboard.press('j');
  await expect(page.locator('.claim-item[aria-current="true"]')).toHaveCount(1);
});

test('the palette acts on the words selected as it opened: a claim, its cue, a re-attachment; with none it says so', async ({ page, server, pageErrors }) => {
  void pageErrors;
  await page.goto(server.url);
  await page.getByTestId('import-input').setInputFiles(SEED);
  const choose = async (command: string) => {
    await page.keyboard.press('Control+k');
    await page.keyboard.type(command);
    await page.keyboard.press('Enter');
  };
  // once the palette closes, the text has the focus back with its caret at the start for a moment:
  // the commands act on the words selected when it opened
  await selectWithMouse(page, 'The US occupation forces in Rmelan');
  await choose('make a claim');
  await expect(page.locator('.claim-item')).toHaveCount(1);
  await expect(page.locator('.claim-item[aria-current="true"]')).toContainText('The US occupation forces in Rmelan');
  await selectWithKeyboard(page, 'informed sources told');
  await choose('set the selected words as the cue');
  await expect(page.locator('.inspector')).toContainText('informed sources told');
  await selectWithKeyboard(page, 'northeastern Syria');
  await choose('re-attach');
  await expect(page.locator('.claim-item').first()).toContainText('northeastern Syria');
  await page.locator('.article-text').click();
  await choose('make a claim');
  await expect(page.getByText(/^No words are selected in the text: select the words of the claim/)).toBeVisible();
  await expect(page.locator('.claim-item')).toHaveCount(1);
});
