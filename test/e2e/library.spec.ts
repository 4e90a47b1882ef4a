// The screens across the library, in Chromium: the documents table (search in the text, sort,
// rename, trash with undo, several at once, only the rows in view drawn), the claims table (search with highlights, field
// filters, facets, opening a claim), bulk edit with undo, saved sets and the charts.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeBigLibrary } from './support/big-library';
import { expect, test } from './support/fixtures';
import { startServer } from './support/server';
import { casualtyClaimsSelected, seedLibrary } from './support/seed-library';

const SEED_TITLE = 'US Occupation Forces Attacked in Northeast Syria';

test('the library lists every document; it searches their text, sorts, renames, and trashes with undo', async ({ page, server, pageErrors }, testInfo) => {
  void pageErrors;
  await seedLibrary(server);
  await page.goto(server.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
  const rows = page.locator('.documents-table tbody tr');
  await expect(rows).toHaveCount(2);
  await page.screenshot({ path: testInfo.outputPath('library.png') });

  await page.getByRole('button', { name: 'Title' }).click();
  await expect(rows.first()).toContainText('Scientists report two life-saving treatments for Ebola');
  await page.getByRole('button', { name: 'Title' }).click();
  await expect(rows.first()).toContainText(SEED_TITLE);

  // words that are only in the articles' text
  await page.getByRole('searchbox', { name: 'Search documents' }).fill('Rmelan');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(SEED_TITLE);
  await page.getByRole('searchbox', { name: 'Search documents' }).fill('monoclonal');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).not.toContainText(SEED_TITLE);
  await page.getByRole('searchbox', { name: 'Search documents' }).fill('');
  await expect(rows).toHaveCount(2);

  await page.getByRole('button', { name: `Rename “${SEED_TITLE}”` }).click();
  await page.getByRole('textbox', { name: 'New title' }).fill('Attacks in Northeast Syria');
  await page.keyboard.press('Enter');
  await expect(page.locator('.documents-table').getByRole('button', { name: 'Attacks in Northeast Syria', exact: true })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Library' })).toContainText('Attacks in Northeast Syria');

  await page.getByRole('checkbox', { name: 'Select every document shown' }).check();
  await expect(page.getByText('2 documents selected')).toBeVisible();
  const download = page.waitForEvent('download');
  await page.locator('.documents-screen').getByRole('button', { name: 'Export ▾' }).click();
  await page.getByRole('menuitem', { name: /^CSV/ }).click();
  expect((await download).suggestedFilename()).toBe('2-documents-claims.csv');
  expect(readFileSync(await (await download).path(), 'utf8').trim().split('\n')).toHaveLength(10);
  await page.getByRole('button', { name: 'Move to trash' }).click();
  await expect(rows).toHaveCount(0);
  await page.locator('.toast').getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('Undone: Move 2 documents to the trash.')).toBeVisible();
  await page.getByRole('button', { name: /^All documents/ }).click();
  await expect(rows).toHaveCount(2);
});

test('the claims table searches words and fields with the matches marked, filters by facets, and opens a claim in its text', async ({ page, server, pageErrors }, testInfo) => {
  void pageErrors;
  await seedLibrary(server);
  await page.goto(server.url);
  await page.getByRole('button', { name: /^All claims/ }).click();
  const count = page.locator('.claims-screen__count');
  await expect(count).toHaveText('9 claims in 1 document');
  const search = page.getByRole('searchbox', { name: 'Search claims' });
  await search.fill('rocket');
  await expect(count).toHaveText('2 claims in 1 document');
  await expect(page.locator('.claims-table mark.search-hit').first()).toHaveText(/rocket/i);
  await page.screenshot({ path: testInfo.outputPath('claims-search.png') });
  // a hit past the two lines a long quote shows: the quote is shown from a few words before it
  await search.fill('drone');
  await expect(count).toHaveText('2 claims in 1 document');
  await expect(page.locator('.claims-table__open', { hasText: 'drone strike' })).toHaveText(/^….{0,40}drone strike$/);
  await expect(page.locator('.claims-table__open', { hasText: 'two drones' })).toHaveText(/^….{0,40}two drones that directly hit their targets\.$/);
  await page.screenshot({ path: testInfo.outputPath('claims-search-long-quote.png') });

  await search.fill('source:officials tag:casualties');
  await expect(count).toHaveText('2 claims in 1 document');
  await search.fill('status:nonsense');
  await expect(page.getByRole('alert')).toHaveText('There is no status "nonsense".');
  await search.fill('');
  await page.getByRole('group', { name: 'Attribution' }).getByRole('checkbox', { name: /Direct quote/ }).check();
  await expect(count).toHaveText('3 claims in 1 document');
  await page.getByRole('button', { name: 'Claim', exact: true }).click();
  const firstQuote = page.locator('.claims-table__open').first();
  await expect(firstQuote).toContainText('Our freedom fighters');
  await firstQuote.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_TITLE);
  await expect(page.locator('.claim-hl.is-selected').first()).toContainText('Our freedom fighters');
  // the status bar counts the open document's claims only while it is on screen
  await expect(page.locator('.status-bar__counts')).toContainText('9 claims');
  // the breadcrumb leads back to the table as it was, its filter kept
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('button', { name: 'All claims' }).click();
  await expect(count).toHaveText('3 claims in 1 document');
  await page.getByRole('button', { name: /^All claims/ }).click();
  await expect(count).toHaveText('9 claims in 1 document');
  await expect(page.locator('.status-bar__counts')).toHaveCount(0);
});

test('a bulk edit sets the status of every selected claim, and one undo puts them all back', async ({ page, server, pageErrors }) => {
  void pageErrors;
  await casualtyClaimsSelected(page, server);
  const bar = page.getByRole('region', { name: 'Edit the selected claims' });
  await expect(bar).toContainText('3 claims selected');
  // chosen from the keyboard, the status waits for Enter (passing over statuses changes nothing)
  const statusList = bar.getByRole('combobox', { name: 'Set status' });
  await statusList.press('ArrowDown');
  await expect(bar.getByText('Enter sets it')).toBeVisible();
  await expect(page.locator('.claims-table__cell--status').filter({ hasText: 'Unverified' })).toHaveCount(3);
  await statusList.selectOption('false');
  await statusList.press('Enter');
  await expect(page.locator('.claims-table__cell--status').filter({ hasText: 'False' })).toHaveCount(3);
  const onDisk = async (status: string) => (await server.call<{ total: number }>('claims:query', { filter: { query: `status:${status}`, facets: {} }, sort: { column: 'updated', descending: true }, offset: 0, limit: 1 })).total;
  expect(await onDisk('false')).toBe(3);

  // Ctrl+Z with the focus still on the list it was chosen from (which has no undo of its own) undoes it
  await statusList.press('Control+z');
  await expect(page.locator('.claims-table__cell--status').filter({ hasText: 'Unverified' })).toHaveCount(3);
  expect(await onDisk('false')).toBe(0);

  await page.getByRole('checkbox', { name: 'Select all 3 claims' }).uncheck();
  await page.getByRole('checkbox', { name: /^Select the claim “/ }).first().check();
  await expect(bar).toContainText('1 claim selected');
  await bar.getByRole('textbox', { name: 'Tag' }).fill('checked');
  await bar.getByRole('button', { name: 'Add tag' }).click();
  await expect(page.locator('.claims-table__cell--tags').filter({ hasText: 'checked' })).toHaveCount(1);
});

test('a filter saved as a set is listed with its live count, reopens, renames, and deletes with undo', async ({ page, server, pageErrors }) => {
  void pageErrors;
  const { seedId } = await seedLibrary(server);
  await page.goto(server.url);
  await page.getByRole('button', { name: /^All claims/ }).click();
  await page.getByRole('searchbox', { name: 'Search claims' }).fill('tag:casualties');
  await page.getByRole('button', { name: 'Save as a set…' }).click();
  await page.getByRole('textbox', { name: 'Name of the new set' }).fill('Casualty claims');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Save as a new set…' })).toBeFocused(); // back to the button that opened the form
  const sidebarSet = page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: /^Casualty claims/ });
  await expect(sidebarSet).toContainText('3');

  // a change to a claim changes the live count
  const [claim] = (await server.call<{ rows: { id: string }[] }>('claims:query', { filter: { query: 'tag:casualties', facets: {} }, sort: { column: 'quote', descending: false }, offset: 0, limit: 1 })).rows;
  await server.call('claims:update', { documentId: seedId, claimId: claim!.id, changes: { tags: ['syria'] } });
  await page.getByRole('button', { name: /^All documents/ }).click();
  await page.reload();
  await expect(sidebarSet).toContainText('2');
  await sidebarSet.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Casualty claims');
  await expect(page.getByRole('searchbox', { name: 'Search claims' })).toHaveValue('tag:casualties');

  await page.getByRole('searchbox', { name: 'Search claims' }).fill('tag:casualties attribution:unattributed');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Casualty claims (changed)');
  await page.getByRole('button', { name: 'Save changes to “Casualty claims”' }).click();
  await expect(sidebarSet).toContainText('1');

  await page.getByRole('button', { name: 'Rename set…' }).click();
  await page.getByRole('textbox', { name: 'New name of the set' }).fill('Quoted casualties');
  await page.getByRole('button', { name: 'Rename', exact: true }).click();
  const renamed = page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: /^Quoted casualties/ });
  await expect(renamed).toBeVisible();
  // the set is the unit of export
  const download = page.waitForEvent('download');
  await page.locator('.claims-screen').getByRole('button', { name: 'Export ▾' }).click();
  await expect(page.getByRole('menu', { name: 'Export' })).toContainText('The set “Quoted casualties” as…');
  await page.getByRole('menuitem', { name: /^CSV/ }).click();
  expect((await download).suggestedFilename()).toBe('quoted-casualties-claims.csv');
  const csv = readFileSync(await (await download).path(), 'utf8').trim().split('\n');
  expect(csv).toHaveLength(2);
  await page.getByRole('button', { name: 'Delete set' }).click();
  await expect(renamed).toHaveCount(0);
  await page.locator('.toast').getByRole('button', { name: 'Undo' }).click();
  await expect(renamed).toContainText('1');
});

test('the charts show the claims by status, attribution, source and month, with their numbers, and save as SVG and PNG', async ({ page, server, pageErrors }, testInfo) => {
  void pageErrors;
  const { seedId } = await seedLibrary(server);
  const claims = await server.call<{ rows: { id: string }[] }>('claims:query', { filter: { query: '', facets: {} }, sort: { column: 'quote', descending: false }, offset: 0, limit: 3 });
  await server.call('claims:bulkEdit', { target: { claims: claims.rows.map((r) => ({ documentId: seedId, claimId: r.id })) }, change: { kind: 'status', status: 'false' } });
  await server.call('settings:update', { changes: { theme: 'dark' } });
  await page.goto(server.url);
  await page.getByRole('button', { name: /^All claims/ }).click();
  await page.getByRole('button', { name: 'Charts' }).click();
  const figures = page.locator('figure.chart');
  await expect(figures).toHaveCount(4);
  await expect(figures.nth(0).locator('svg')).toBeVisible();
  await figures.nth(0).getByText('Numbers').click();
  await expect(figures.nth(0).locator('table')).toContainText('False3');
  await expect(figures.nth(0).locator('table')).toContainText('Unverified6');
  await expect(figures.nth(3).locator('figcaption')).toHaveText('Claims over time, by document month');
  // the count axis's label stands clear of its tick labels
  for (const index of [0, 1]) {
    const gap = await figures.nth(index).locator('svg').first().evaluate((svg) => {
      const texts = [...svg.querySelectorAll('text')];
      const label = texts.find((t) => t.textContent!.startsWith('Claims'))!.getBoundingClientRect();
      // the lowest numbers are the count axis's tick labels
      const numbers = texts.filter((t) => /^[\d,]+$/.test(t.textContent!)).map((t) => t.getBoundingClientRect());
      return label.top - Math.max(...numbers.map((t) => t.bottom));
    });
    expect(gap, `chart ${index}: space between the axis label and the tick labels`).toBeGreaterThanOrEqual(2);
  }
  await page.screenshot({ path: testInfo.outputPath('charts-dark.png'), fullPage: true });

  const svgDownload = page.waitForEvent('download');
  await figures.nth(1).getByRole('button', { name: 'Save SVG' }).click();
  const svgFile = testInfo.outputPath('chart.svg');
  await (await svgDownload).saveAs(svgFile);
  expect((await svgDownload).suggestedFilename()).toBe('attribution-by-status.svg');
  expect(readFileSync(svgFile, 'utf8')).toMatch(/^<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  // the file carries the chart's title
  expect(readFileSync(svgFile, 'utf8')).toContain('>Attribution type by status</text>');
  const pngDownload = page.waitForEvent('download');
  await figures.nth(0).getByRole('button', { name: 'Save PNG' }).click();
  const pngFile = testInfo.outputPath('chart.png');
  await (await pngDownload).saveAs(pngFile);
  expect(readFileSync(pngFile).subarray(1, 4).toString('latin1')).toBe('PNG');
  // the files have the chart's dark background behind them, not a transparent one under light text
  expect(readFileSync(svgFile, 'utf8')).toMatch(/<rect width="100%" height="100%" fill="rgb\(\d+, \d+, \d+\)"/);
});

test('the charts follow the system’s light or dark mode as it changes, as a fresh start in that mode draws them', async ({ page, server, pageErrors }) => {
  void pageErrors;
  const { seedId } = await seedLibrary(server);
  const claims = await server.call<{ rows: { id: string }[] }>('claims:query', { filter: { query: '', facets: {} }, sort: { column: 'quote', descending: false }, offset: 0, limit: 2 });
  await server.call('claims:bulkEdit', { target: { claims: claims.rows.map((r) => ({ documentId: seedId, claimId: r.id })) }, change: { kind: 'status', status: 'verified' } });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(server.url);
  const openCharts = async () => {
    await page.getByRole('button', { name: /^All claims/ }).click();
    await page.getByRole('button', { name: 'Charts' }).click();
    await expect(page.locator('figure.chart svg').first()).toBeVisible();
  };
  await openCharts();
  const fills = () => page.locator('figure.chart').first().locator('svg rect[fill]').evaluateAll((rects) => rects.map((r) => r.getAttribute('fill')));
  const light = await fills();
  expect(light).toContain('#159b46');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(fills).toContain('#16a34a');
  const dark = await fills();
  await page.reload();
  await openCharts();
  expect(await fills()).toEqual(dark);
});

/** A source name longer than a chart's margin. */
const LONG_SOURCE = 'informed sources close to the Islamic Resistance in Iraq and its allied factions';

test('the filters beside the charts show their labels whole at 1440 and 2560 wide; at 1000 the charts keep their room; source names stay inside their chart', async ({ page, server, pageErrors }, testInfo) => {
  void pageErrors;
  await seedLibrary(server);
  await server.call('claims:bulkEdit', { target: { filter: { query: '', facets: {} } }, change: { kind: 'addTag', tag: 'casualties-and-damage-reports-from-the-ministry' } });
  const library = (await server.call('library:get', {})) as { sources: { id: string; name: string }[] };
  const informed = library.sources.find((source) => source.name === 'informed sources')!;
  await server.call('sources:update', { sourceId: informed.id, changes: { name: LONG_SOURCE } });
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(server.url);
  await page.getByRole('button', { name: /^All claims/ }).click();
  await page.getByRole('button', { name: 'Charts' }).click();
  await expect(page.locator('figure.chart svg').first()).toBeVisible();
  const labels = page.getByRole('complementary', { name: 'Filters' }).locator('.facets__label');
  await expect(labels.filter({ hasText: SEED_TITLE })).toHaveCount(1);
  const clipped = () => labels.evaluateAll((all) => all.filter((l) => l.scrollWidth > l.clientWidth || l.scrollHeight > l.clientHeight).map((l) => l.textContent));
  for (const [width, height] of [[1440, 900], [2560, 1440], [1000, 700]] as const) {
    await page.setViewportSize({ width, height });
    expect(await clipped(), `labels cut at ${width}x${height}`).toEqual([]);
    await page.screenshot({ path: testInfo.outputPath(`charts-filters-${width}.png`) });
  }
  // narrow, the charts still get most of the width
  expect((await page.locator('figure.chart').first().boundingBox())!.width).toBeGreaterThanOrEqual(480);
  // the top sources' names stay inside the chart: cut at its margin with an ellipsis, whole in their tooltip
  await page.setViewportSize({ width: 1440, height: 900 });
  const sourcesChart = page.locator('figure.chart').filter({ hasText: /Top \d+ sources/ });
  await sourcesChart.scrollIntoViewIfNeeded();
  const outside = await sourcesChart.locator('svg').evaluate((svg) => {
    const left = svg.getBoundingClientRect().left;
    return [...svg.querySelectorAll('text')].filter((text) => text.getBoundingClientRect().left < left - 0.5).map((text) => text.textContent);
  });
  expect(outside).toEqual([]);
  const cut = await sourcesChart.locator('svg text').evaluateAll((texts) => texts.map((text) => [text.firstChild?.textContent, text.querySelector('title')?.textContent]).filter(([, title]) => title?.startsWith('informed sources')));
  expect(cut).toHaveLength(1);
  expect(cut[0]![0]).toMatch(/^informed sources close to .*…$/);
  expect(cut[0]![1]).toBe(LONG_SOURCE);
  await sourcesChart.screenshot({ path: testInfo.outputPath('top-sources-1440.png') });
});

test('a library of 600 documents draws only the rows in view, in its table and in the sidebar, and scrolls to the last one', async ({ page, pageErrors }) => {
  void pageErrors;
  const libraryDir = mkdtempSync(join(tmpdir(), 'corroborate-e2e-'));
  await writeBigLibrary(libraryDir, 600, 2);
  const server = await startServer(libraryDir);
  try {
    await page.goto(server.url);
    await expect(page.getByRole('status').filter({ hasText: '600 documents, 1,200 claims' })).toBeVisible();
    const rows = page.locator('.documents-table tbody tr:not(.documents-table__spacer)');
    await expect(rows.first()).toBeVisible();
    expect(await rows.count()).toBeLessThan(80);
    // sorted by title, the last document is the one whose title comes last
    await page.getByRole('button', { name: 'Title' }).click();
    await page.getByRole('button', { name: 'Title' }).click();
    const lastTitle = (await rows.first().locator('.documents-table__open').textContent())!;
    await page.getByRole('button', { name: 'Title' }).click();
    await page.locator('.documents-screen').evaluate((screen) => (screen.scrollTop = screen.scrollHeight));
    await expect(rows.last().locator('.documents-table__open')).toHaveText(lastTitle);
    await expect(rows.last()).toBeInViewport();
    expect(await rows.count()).toBeLessThan(80);

    // the sidebar's list too: few rows drawn, the last reachable in its own scrolling region, the links below it in sight
    const sidebarItems = page.locator('.doc-list > li');
    await expect(page.getByRole('button', { name: 'Trash', exact: true })).toBeInViewport();
    await expect(async () => {
      await page.locator('.sidebar__documents').evaluate((region) => (region.scrollTop = region.scrollHeight));
      await expect(sidebarItems.last()).toHaveAttribute('aria-posinset', '600', { timeout: 500 });
      await expect(sidebarItems.last()).toBeInViewport({ timeout: 500 });
    }).toPass();
    expect(await sidebarItems.count()).toBeLessThan(60);
    await page.getByRole('button', { name: 'Trash', exact: true }).click({ timeout: 5000 });
    await expect(page.getByRole('heading', { level: 1, name: 'Trash' })).toBeVisible();
  } finally {
    // the page goes first: a request still on its way (the Trash screen reads its list) must not meet a stopped server
    await page.close();
    await server.stop();
    rmSync(libraryDir, { recursive: true, force: true });
  }
});

test('the top bar exports the open document on its screen, and the whole library on the other screens', async ({ page, server, pageErrors }) => {
  void pageErrors;
  await seedLibrary(server);
  await page.goto(server.url);
  await page.locator('.doc-list__item', { hasText: SEED_TITLE }).click();
  await expect(page.locator('.claim-hl').first()).toBeVisible();
  const topBar = page.locator('.top-bar');
  await topBar.getByRole('button', { name: 'Export ▾' }).click();
  await expect(page.getByRole('menu', { name: 'Export' })).toContainText('This document’s claims as…');
  await topBar.getByRole('button', { name: 'Export ▾' }).click();
  // the document stays open behind the claims screen, but that screen's Export is not about it
  await page.getByRole('button', { name: /^All claims/ }).click();
  await topBar.getByRole('button', { name: 'Export ▾' }).click();
  await expect(page.getByRole('menu', { name: 'Export' })).toContainText('All claims as…');
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: /^CSV/ }).click();
  expect((await download).suggestedFilename()).not.toContain('occupation');
});
