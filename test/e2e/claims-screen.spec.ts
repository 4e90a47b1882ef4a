// The claims screen at its edges: a library without claims teaches how to make them (and has no
// filter to save as a set), a search that finds nothing offers a way out; at 1000x700 the
// library's tables fit, dates on one line and the claims table's columns giving way; after
// "select all", a row unticked is left out of the bulk edit.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { casualtyClaimsSelected, seedLibrary } from './support/seed-library';

const SAMPLE_TITLE = 'Scientists report two life-saving treatments for Ebola';

/** How many lines each element's text takes. */
const linesOf = (elements: Locator) =>
  elements.evaluateAll((all) =>
    all.map((element) => {
      const range = document.createRange();
      range.selectNodeContents(element);
      return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
    }),
  );

/** What sticks out sideways: the page, the main pane, the claims table's rows, its cells past its right edge. */
const overflow = (page: Page) =>
  page.evaluate(() => {
    const table = document.querySelector('.claims-table')!.getBoundingClientRect();
    const sticksOut = (element: Element) => element.scrollWidth > element.clientWidth;
    return {
      page: sticksOut(document.documentElement),
      pane: sticksOut(document.querySelector('.article-pane')!),
      rows: [...document.querySelectorAll('.claims-table__row')].filter(sticksOut).length,
      cutCells: [...document.querySelectorAll('.claims-table [role="columnheader"], .claims-table [role="cell"]')].filter((cell) => {
        const box = cell.getBoundingClientRect();
        return box.width > 0 && box.right > table.right + 0.5;
      }).length,
    };
  });

const shownColumns = (page: Page) => page.locator('.claims-table__row--head .claims-table__cell').evaluateAll((all) => all.filter((h) => h.getBoundingClientRect().width > 0).map((h) => h.textContent!.replace(/[▾▴]/, '').trim()));

test('a library without claims says how to make them, and has nothing to save as a set; a search that finds nothing can be cleared', async ({ page, server, pageErrors }, testInfo) => {
  void pageErrors;
  await server.call('documents:openSample', {});
  await page.goto(server.url);
  await page.getByRole('button', { name: /^All claims/ }).click();
  const empty = page.getByRole('region', { name: 'No claims yet' });
  await expect(empty).toContainText('Open a document, select the words of a claim and press C');
  await expect(empty).toContainText('Suggest claims');
  await expect(page.getByText('No claim matches')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Save as a set…' })).toBeDisabled();
  await page.screenshot({ path: testInfo.outputPath('claims-empty-library.png') });
  await empty.getByRole('button', { name: `Open “${SAMPLE_TITLE}”` }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SAMPLE_TITLE);

  // with claims: no filter is nothing to save; a search that finds nothing says so, and clears
  await seedLibrary(server);
  await page.reload();
  await page.getByRole('button', { name: /^All claims/ }).click();
  await expect(page.locator('.claims-screen__count')).toHaveText('9 claims in 1 document');
  await expect(page.getByRole('button', { name: 'Save as a set…' })).toBeDisabled();
  const search = page.getByRole('searchbox', { name: 'Search claims' });
  await search.fill('zeppelin');
  await expect(page.getByText('No claim matches. Loosen the search or clear a filter.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'No claims yet' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Save as a set…' })).toBeEnabled();
  await page.getByRole('button', { name: 'Clear the search and filters' }).click();
  await expect(search).toHaveValue('');
  await expect(page.locator('.claims-screen__count')).toHaveText('9 claims in 1 document');
});

test('at 1000x700 the library’s tables fit: dates stay on one line, and the claims table’s columns give way instead of overflowing', async ({ page, server, pageErrors }, testInfo) => {
  void pageErrors;
  await seedLibrary(server);
  await page.setViewportSize({ width: 1000, height: 700 });
  await page.goto(server.url);
  // the library pane starts hidden at this width; the documents table beside it, then without it
  await expect(page.locator('.documents-table tbody tr')).toHaveCount(2);
  await page.getByRole('button', { name: 'Show the library pane' }).click();
  await expect(page.locator('#library-pane')).toBeVisible();
  expect(await linesOf(page.locator('.documents-table__date'))).toEqual([1, 1, 1, 1]);
  await page.screenshot({ path: testInfo.outputPath('documents-1000.png') });

  await page.getByRole('button', { name: /^All claims/ }).click();
  await expect(page.locator('.claims-screen__count')).toHaveText('9 claims in 1 document');
  // beside the library pane the table is narrow: the tags, attribution and document give way
  expect(await overflow(page)).toEqual({ page: false, pane: false, rows: 0, cutCells: 0 });
  expect(await shownColumns(page)).toEqual(['Claim', 'Sources', 'Status', 'Updated']);
  await page.screenshot({ path: testInfo.outputPath('claims-1000-with-library.png') });

  await page.getByRole('button', { name: 'Hide the library pane' }).click();
  await expect(page.locator('#library-pane')).toHaveCount(0);
  expect(await overflow(page)).toEqual({ page: false, pane: false, rows: 0, cutCells: 0 });
  expect(await shownColumns(page)).toEqual(['Claim', 'Document', 'Sources', 'Attribution', 'Status', 'Tags', 'Updated']);
  expect(await linesOf(page.locator('.claims-table__cell--updated time'))).toEqual(Array(9).fill(1));
  await page.screenshot({ path: testInfo.outputPath('claims-1000.png') });
});

test('a word found in a claim’s note is in sight in the snippet under its quote, beside the library pane too', async ({ page, server, pageErrors }, testInfo) => {
  void pageErrors;
  const { seedId } = await seedLibrary(server);
  const claims = await server.call<{ rows: { id: string }[] }>('claims:query', { filter: { query: '', facets: {} }, sort: { column: 'quote', descending: false }, offset: 0, limit: 1 });
  const note = 'No independent confirmation of the figures yet; checked with the CENTCOM press office on Friday.';
  await server.call('claims:update', { documentId: seedId, claimId: claims.rows[0]!.id, changes: { note } });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(server.url);
  await page.getByRole('button', { name: /^All claims/ }).click();
  await page.getByPlaceholder(/Search claims/).fill('centcom');
  await expect(page.locator('.claims-screen__count')).toHaveText('1 claim in 1 document');
  const snippet = page.locator('.claims-table__snippet');
  const hit = snippet.locator('mark.search-hit');
  await expect(hit).toHaveText('CENTCOM');
  // the mark lies inside what the snippet's line shows
  const [line, mark] = await Promise.all([snippet.boundingBox(), hit.boundingBox()]);
  expect(mark!.x + mark!.width).toBeLessThanOrEqual(line!.x + line!.width + 1);
  await page.screenshot({ path: testInfo.outputPath('note-hit.png') });
});

test('words that name a source or a status offer its claims under the search box, and a click shows them', async ({ page, server, pageErrors }, testInfo) => {
  void pageErrors;
  await seedLibrary(server);
  await page.goto(server.url);
  await page.getByRole('button', { name: /^All claims/ }).click();
  const search = page.getByRole('searchbox', { name: 'Search claims' });
  await search.fill('officials');
  const offer = page.locator('.claims-screen__named');
  await expect(offer).toHaveText('Words find the claims’ own text. Claims whose source is US officials.');
  await page.screenshot({ path: testInfo.outputPath('named-source.png') });
  await offer.getByRole('button', { name: 'US officials' }).click();
  await expect(search).toHaveValue('');
  await expect(page.locator('.claims-screen__count')).toHaveText('5 claims in 1 document');
  await expect(page.getByRole('checkbox', { name: /^US officials/ })).toBeChecked();

  await search.fill('unverified');
  await expect(offer).toHaveText('Words find the claims’ own text. Claims with status Unverified.');
  await offer.getByRole('button', { name: 'Unverified' }).click();
  // the source chosen before stays: the unverified claims of US officials
  await expect(page.locator('.claims-screen__count')).toHaveText('5 claims in 1 document');
  await search.fill('source:officials');
  await expect(offer).toHaveCount(0);

  // words no claim's own text has, which name an attribution type: the empty screen offers its claims
  await page.getByRole('button', { name: 'Clear', exact: true }).click();
  await search.fill('anonymous source');
  await expect(page.locator('.no-claims')).toContainText('No claim has these words in its own text');
  await page.getByRole('button', { name: 'Show the claims of type Anonymous source' }).click();
  await expect(search).toHaveValue('');
  await expect(page.getByRole('checkbox', { name: /^Anonymous source/ })).toBeChecked();
  await expect(page.locator('.no-claims')).toHaveCount(0);
});

test('after "select all", a claim unticked is left out of the bulk edit', async ({ page, server, pageErrors }) => {
  void pageErrors;
  const all = await casualtyClaimsSelected(page, server);
  await page.getByRole('checkbox', { name: /^Select the claim “/ }).first().uncheck();
  const bar = page.getByRole('region', { name: 'Edit the selected claims' });
  await expect(bar).toContainText('2 claims selected');
  expect(await all.evaluate((box: HTMLInputElement) => box.indeterminate)).toBe(true);
  // chosen from the keyboard, the status waits for Enter (passing over statuses changes nothing)
  await bar.getByRole('combobox', { name: 'Set status' }).selectOption('false');
  await bar.getByRole('combobox', { name: 'Set status' }).press('Enter');
  await expect(page.locator('.claims-table__cell--status').filter({ hasText: 'False' })).toHaveCount(2);
  await expect(page.locator('.claims-table__cell--status').filter({ hasText: 'Unverified' })).toHaveCount(1);
});

test('a set with a long name is cut short with an ellipsis in the library pane, which keeps its width and the set’s count', async ({ page, server, pageErrors }, testInfo) => {
  void pageErrors;
  await seedLibrary(server);
  const name = 'Claims about the ceasefire negotiations in Doha that the ministry denied and the agencies could not confirm';
  await server.call('sets:create', { name, filter: { query: 'tag:casualties', facets: {} } });
  await page.setViewportSize({ width: 1400, height: 800 });
  await page.goto(server.url);
  const pane = page.locator('#library-pane');
  const set = pane.getByRole('button', { name: new RegExp(`^${name}`) });
  await expect(set).toContainText('3');
  await expect(set).toHaveAttribute('title', name);
  const paneBox = (await pane.boundingBox())!;
  expect(paneBox.width).toBeLessThan(320);
  const countBox = (await set.locator('.sidebar__count').boundingBox())!;
  expect(countBox.x + countBox.width).toBeLessThanOrEqual(paneBox.x + paneBox.width);
  await pane.screenshot({ path: testInfo.outputPath('long-set-name.png') });
});

test('a saved set follows a tag renamed on the Tags screen, keeping its claims; Undo puts its filter back', async ({ page, server, pageErrors }, testInfo) => {
  void pageErrors;
  await seedLibrary(server);
  await server.call('sets:create', { name: 'Casualty claims', filter: { query: 'tag:casualties', facets: {} } });
  await page.goto(server.url);
  const sidebarSet = page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: /^Casualty claims/ });
  await expect(sidebarSet).toContainText('3');
  await page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: 'Tags' }).click();
  const row = page.locator('.tag-row').filter({ has: page.getByLabel('Tag casualties', { exact: true }) });
  await row.getByRole('textbox').fill('killed or wounded');
  await row.getByRole('button', { name: 'Rename' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Tag “casualties” renamed to “killed or wounded” on 3 claims and in 1 saved set.' })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('tag-renamed-in-set.png') });
  await expect(sidebarSet).toContainText('3');
  await sidebarSet.click();
  await expect(page.getByRole('searchbox', { name: 'Search claims' })).toHaveValue('tag:"killed or wounded"');
  await expect(page.locator('.claims-screen__count')).toHaveText('3 claims in 1 document');
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('searchbox', { name: 'Search claims' })).toHaveValue('tag:casualties');
  await expect(sidebarSet).toContainText('3');
});

test('Escape on the claims screen goes back to the text of the article still open', async ({ page, server, pageErrors }) => {
  void pageErrors;
  await seedLibrary(server);
  await page.goto(server.url);
  await page.locator('.doc-list__item', { hasText: 'US Occupation Forces' }).click();
  await expect(page.locator('.claim-hl').first()).toBeVisible();
  await page.keyboard.press('Control+k');
  await page.keyboard.type('all claims');
  await page.keyboard.press('Enter');
  await expect(page.locator('.claims-screen__count')).toHaveText('9 claims in 1 document');
  // in the search box, Escape is the field's; outside it, the screen's way back
  await page.getByRole('searchbox', { name: 'Search claims' }).click();
  await page.keyboard.press('Escape');
  await expect(page.locator('.claims-screen__count')).toBeVisible();
  await page.locator('.claims-screen__count').click();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('US Occupation Forces Attacked in Northeast Syria');
  await expect(page.locator('.article-text')).toBeFocused();
});
