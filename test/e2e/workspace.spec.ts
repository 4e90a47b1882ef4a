// The workspace as a user meets it: the first-run sample, importing by drag and drop, refusing
// bad files where the user is looking, making a claim from the keyboard, editing and deleting.
import { readFileSync } from 'node:fs';
import { expect, SEED, test } from './support/fixtures';
import { makeClaim, seedClaims } from './support/claims';
import { selectWithMouse } from './support/select-text';
import { chooseStatus } from './support/ui';
import { firstStoredDocument } from './support/stored';
import { seedLibrary } from './support/seed-library';


test('first start offers the sample, which opens with its credit, licence and URL', async ({ page, server, pageErrors }, testInfo) => {
  void pageErrors;
  await page.goto(server.url);
  await page.getByRole('button', { name: 'Open a sample article' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Scientists report two life-saving treatments for Ebola' })).toBeVisible();
  await expect(page.locator('.doc-header__credit')).toContainText('Wikinews');
  await expect(page.locator('.doc-header__credit')).toContainText('CC BY 2.5');
  await expect(page.locator('.doc-header__url')).toHaveText('https://en.wikinews.org/wiki/Scientists_report_two_life-saving_treatments_for_Ebola');
  await expect(page.locator('.claim-list__empty')).toContainText('Select words in the article');
  await page.screenshot({ path: testInfo.outputPath('sample.png') });
});

test('files dropped anywhere are imported; a second drop of the same file is recognised', async ({ page, server, pageErrors }) => {
  void pageErrors;
  await page.goto(server.url);
  const drop = async () => {
    const dataTransfer = await page.evaluateHandle((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'seed.txt', { type: 'text/plain' }));
      return transfer;
    }, readFileSync(SEED, 'utf8'));
    await page.dispatchEvent('.app', 'dragenter', { dataTransfer });
    await expect(page.locator('.drop-overlay')).toBeVisible();
    await page.dispatchEvent('.app', 'drop', { dataTransfer });
  };
  await drop();
  await expect(page.getByRole('heading', { level: 1, name: 'US Occupation Forces Attacked in Northeast Syria' })).toBeVisible();
  await expect(page.locator('.drop-overlay')).toHaveCount(0);
  await drop();
  await expect(page.getByRole('status').filter({ hasText: 'is already in the library' })).toBeVisible();
  await expect(page.locator('.doc-list__item')).toHaveCount(1);
});

test('a file that cannot be imported gets a clear message and creates nothing', async ({ page, server }) => {
  await page.goto(server.url);
  await page.getByTestId('import-input').setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47]) });
  await expect(page.getByRole('alert').filter({ hasText: 'photo.png: .png files cannot be imported' })).toBeVisible();

  await page.getByTestId('import-input').setInputFiles([
    { name: 'photo.txt', mimeType: 'text/plain', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]) },
    { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) },
  ]);
  const progress = page.getByRole('region', { name: 'Imports' });
  await expect(progress.locator('.import-job--failed')).toHaveCount(2);
  await expect(progress).toContainText('photo.txt is not a text file (it holds binary data).');
  await expect(progress).toContainText('empty.txt is empty.');
  await expect(page.getByRole('heading', { name: 'Your library is empty' })).toBeVisible();
  expect((await server.call<{ documents: unknown[] }>('library:get', {})).documents).toEqual([]);
});

test('make a claim with Enter, edit its fields and note, then delete it', async ({ page, server, pageErrors }, testInfo) => {
  void pageErrors;
  await page.goto(server.url);
  await page.getByTestId('import-input').setInputFiles(SEED);
  const quote = 'caused 56 casualties among US forces in 46 operations carried out since October 17';
  expect(await selectWithMouse(page, quote)).toBe(quote);
  await expect(page.getByRole('button', { name: /Make claim/ })).toBeEnabled();
  await page.keyboard.press('Enter');
  await expect(page.locator('.claim-item')).toHaveCount(1);
  await page.locator('#claim-source-input').fill('US figures');
  await page.locator('#claim-source-input').press('Enter');
  await page.locator('#claim-attribution').selectOption('data-or-document');
  await chooseStatus(page, 'false');
  await page.locator('#claim-note').fill('CENTCOM gave 56 injuries, not casualties.');
  await page.locator('#claim-attribution').focus();
  await expect(page.getByTestId('save-state')).toHaveText('saved');
  await expect(page.locator('.claim-hl[data-status="false"]')).toHaveCount(1);
  await expect(page.locator('.status-bar__counts')).toHaveText('1 claim · 1 false · anchors: 1 exact');
  await page.screenshot({ path: testInfo.outputPath('edited-claim.png') });

  const doc = await firstStoredDocument<{ claims: Array<{ note: string; status: string; attribution: string }> }>(server);
  expect(doc.claims[0]).toMatchObject({ note: 'CENTCOM gave 56 injuries, not casualties.', status: 'false', attribution: 'data-or-document' });

  await page.getByRole('button', { name: 'Delete claim' }).click();
  await expect(page.locator('.claim-item')).toHaveCount(0);
  await expect(page.locator('.claim-hl')).toHaveCount(0);
  expect((await firstStoredDocument<{ claims: unknown[] }>(server)).claims).toEqual([]);
});

test('the text cannot be changed by typing, pasting or deleting', async ({ page, server, pageErrors }) => {
  void pageErrors;
  await page.goto(server.url);
  await page.getByTestId('import-input').setInputFiles(SEED);
  const text = page.locator('.article-text');
  const before = await text.innerText();
  await text.click();
  await page.keyboard.type('xyz');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Delete');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('x');
  expect(await text.innerText()).toBe(before);
});

test('Backspace or Delete with words selected in the text leaves the selected claim alone; with none, deletes it', async ({ page, server, pageErrors }) => {
  void pageErrors;
  await page.goto(server.url);
  await page.getByTestId('import-input').setInputFiles(SEED);
  await makeClaim(page, 'caused 56 casualties among US forces');
  await page.locator('.claim-item').first().click();
  await expect(page.locator('.claim-item[aria-current="true"]')).toHaveCount(1);
  // other words selected from the keyboard while the claim is (to re-attach it, or make its cue): the keys change nothing
  await page.locator('.article-text p').nth(2).click({ position: { x: 2, y: 8 } });
  await page.keyboard.press('Control+Shift+ArrowRight');
  await page.keyboard.press('Control+Shift+ArrowRight');
  await expect(page.getByRole('button', { name: /^Make claim/ })).toBeEnabled();
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Delete');
  await expect(page.locator('.claim-item')).toHaveCount(1);
  await expect(page.locator('.claim-item[aria-current="true"]')).toHaveCount(1);
  // and say why, rather than nothing happening
  await expect(page.getByRole('status').filter({ hasText: 'Words are selected in the text, so Delete leaves the claim' }).first()).toBeVisible();
  // the words let go of (the caret alone in the text): Delete deletes the claim, as ever
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Delete');
  await expect(page.locator('.claim-item')).toHaveCount(0);
});

test('the Make claim button makes a claim where the text is, lets go of the words and gives the keys back to the text', async ({ page, server, pageErrors }) => {
  void pageErrors;
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(server.url);
  await page.getByTestId('import-input').setInputFiles(SEED);
  const quote = seedClaims()[7]!.exact;
  expect(await selectWithMouse(page, quote)).toBe(quote);
  const scroller = page.locator('.article-scroller');
  const scrolled = await scroller.evaluate((e) => e.scrollTop);
  expect(scrolled).toBeGreaterThan(0);
  await page.getByRole('button', { name: /^Make claim/ }).click();
  await expect(page.locator('.claim-item')).toHaveCount(1);
  // the text stays where it was (the toolbar's button focused scrolled it away), the new claim in view
  expect(await scroller.evaluate((e) => e.scrollTop)).toBe(scrolled);
  await expect(page.locator('.claim-hl').first()).toBeInViewport();
  // the words are let go of, and the keys are the text's: 1 sets the new claim's attribution
  await expect(page.getByRole('button', { name: /^Make claim/ })).toBeDisabled();
  await expect(page.locator('.article-text')).toBeFocused();
  await page.keyboard.press('1');
  await expect(page.locator('.claim-item')).toContainText('Direct quote');
  // a toolbar button focused from the keyboard does not move the text either
  await page.getByRole('button', { name: 'Correct text' }).focus();
  expect(await scroller.evaluate((e) => e.scrollTop)).toBe(scrolled);
});

test('the workspace in the dark theme', async ({ page, server, pageErrors }, testInfo) => {
  void pageErrors;
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(server.url);
  await page.getByTestId('import-input').setInputFiles(SEED);
  const quote = 'The US occupation forces in Rmelan, northeastern Syria, were attacked by the Islamic Resistance';
  await selectWithMouse(page, quote);
  await page.keyboard.press('c');
  await chooseStatus(page, 'in-progress');
  await expect(page.getByTestId('save-state')).toHaveText('saved');
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe('rgb(22, 24, 27)');
  await page.screenshot({ path: testInfo.outputPath('dark.png') });
});

test('the same words made a claim twice select the claim already there', async ({ page, server, pageErrors }) => {
  void pageErrors;
  const quote = seedClaims()[1]!.exact;
  await page.goto(server.url);
  await page.getByTestId('import-input').setInputFiles(SEED);
  await makeClaim(page, quote);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  expect(await selectWithMouse(page, quote)).toBe(quote);
  await page.keyboard.press('c');
  await expect(page.getByRole('status').filter({ hasText: 'These words are already a claim' })).toBeVisible();
  await expect(page.locator('.claim-item')).toHaveCount(1);
  await expect(page.locator('.claim-item[aria-current="true"]')).toHaveCount(1);
});

test('the claims list never scrolls sideways: a long source name is cut, whole in its title; a quote with its own marks gets none added', async ({ page, server, pageErrors }, testInfo) => {
  void pageErrors;
  const quote = '"There will be no truce with the US occupation in Iraq unless a genuine and binding ceasefire is established in the Gaza Strip,"';
  const longName = 'The Islamic Resistance in Iraq, as relayed by its statement on Telegram channels';
  await page.goto(server.url);
  await page.getByTestId('import-input').setInputFiles(SEED);
  await makeClaim(page, quote);
  await page.locator('#claim-source-input').fill(longName);
  await page.locator('#claim-source-input').press('Enter');
  await expect(page.locator('.claim-item__source')).toHaveText(longName);
  await expect(page.getByTestId('save-state')).toHaveText('saved');
  await expect(page.locator('.claim-item__quote')).toHaveText(`${quote.slice(0, 109).trimEnd()}…`);
  await expect(page.locator('.claim-item__source')).toHaveAttribute('title', longName);
  for (const [width, height] of [[1440, 900], [1000, 700]] as const) {
    await page.setViewportSize({ width, height });
    const list = page.locator('.claims-pane .claim-list');
    const { scrollWidth, clientWidth } = await list.evaluate((e) => ({ scrollWidth: e.scrollWidth, clientWidth: e.clientWidth }));
    expect(scrollWidth, `${width}px: the list's content fits its width`).toBeLessThanOrEqual(clientWidth);
    const source = page.locator('.claim-item__source');
    expect(await source.evaluate((e) => e.scrollWidth > e.clientWidth), `${width}px: the source name is cut`).toBe(true);
    await page.screenshot({ path: testInfo.outputPath(`claims-list-${width}.png`) });
  }
  // a short quote does not narrow its row: "no source" and the attribution are whole beside it
  await page.setViewportSize({ width: 1280, height: 800 });
  await makeClaim(page, 'with direct hits confirmed');
  const shortRow = page.locator('.claim-item').filter({ hasText: 'with direct hits confirmed' });
  await expect(shortRow.locator('.claim-item__source')).toHaveText('no source');
  expect(await shortRow.locator('.claim-item__source, .claim-item__attribution').evaluateAll((all) => all.filter((e) => e.scrollWidth > e.clientWidth).length)).toBe(0);
});

test('the article toolbar shows its whole hint and every button, wide or narrow', async ({ page, server, pageErrors }, testInfo) => {
  void pageErrors;
  await page.goto(server.url);
  await page.getByTestId('import-input').setInputFiles(SEED);
  await selectWithMouse(page, 'caused 56 casualties among US forces');
  const toolbar = page.getByRole('toolbar', { name: 'Article' });
  await expect(toolbar.locator('.article-toolbar__hint > span:visible')).toHaveText('C: claim · A: cue of the selected claim · R: re-attach it here');
  for (const [width, height] of [[1440, 900], [1280, 720], [1000, 700]] as const) {
    await page.setViewportSize({ width, height });
    const clipped = await toolbar.evaluate((bar) => {
      const pane = bar.closest('.article-pane')!.getBoundingClientRect();
      const hint = bar.querySelector<HTMLElement>('.article-toolbar__hint')!;
      const cut = hint.scrollWidth > hint.clientWidth || hint.scrollHeight > hint.clientHeight ? ['hint'] : [];
      for (const button of bar.querySelectorAll('button')) {
        const box = button.getBoundingClientRect();
        if (box.left < pane.left || box.right > pane.right) cut.push(button.textContent!);
      }
      return cut;
    });
    expect(clipped, `${width}px: cut off`).toEqual([]);
    // the toolbar is as tall with the words let go of: the text does not move as a selection starts or ends
    const withWords = await toolbar.evaluate((bar) => bar.getBoundingClientRect().height);
    await page.locator('.article-text').press('ArrowRight');
    await expect(toolbar.locator('.article-toolbar__hint > span:visible')).toHaveText('Select words in the text to make a claim');
    expect(await toolbar.evaluate((bar) => bar.getBoundingClientRect().height), `${width}px: the toolbar's height`).toBe(withWords);
    await selectWithMouse(page, 'caused 56 casualties among US forces');
    await page.screenshot({ path: testInfo.outputPath(`toolbar-${width}.png`) });
  }
});

test('words selected in one document do not leave Make claim ready in the next one opened', async ({ page, server, pageErrors }) => {
  void pageErrors;
  await page.goto(server.url);
  await page.getByTestId('import-input').setInputFiles(SEED);
  await page.getByTestId('import-input').setInputFiles({ name: 'bridge.txt', mimeType: 'text/plain', buffer: Buffer.from('Bridge report\n\nOfficials said the bridge was closed on Tuesday.') });
  await expect(page.locator('.doc-list__item')).toHaveCount(2);
  await page.locator('.doc-list__item').filter({ hasText: 'US Occupation' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'US Occupation Forces Attacked in Northeast Syria' })).toBeVisible();
  const makeClaimButton = page.getByRole('button', { name: /^Make claim/ });
  expect(await selectWithMouse(page, seedClaims()[1]!.exact)).toBe(seedClaims()[1]!.exact);
  await expect(makeClaimButton).toBeEnabled();
  await page.locator('.doc-list__item').filter({ hasText: 'Bridge report' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bridge report' })).toBeVisible();
  await expect(makeClaimButton).toBeDisabled();
  await expect(page.locator('.article-toolbar__hint > span:visible')).toHaveText('Select words in the text to make a claim');
});

test('a document opened from the sidebar with the keyboard: Escape goes to its text, where J and K move between claims', async ({ page, server, pageErrors }) => {
  void pageErrors;
  await seedLibrary(server);
  await page.goto(server.url);
  const item = page.locator('.doc-list__item', { hasText: 'US Occupation Forces' });
  await item.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'US Occupation Forces Attacked in Northeast Syria' })).toBeVisible();
  await expect(item).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.locator('.article-text')).toBeFocused();
  await page.keyboard.press('j');
  await expect(page.locator('.claim-item[aria-current="true"]')).toHaveCount(1);
  // with a claim selected, Escape leaves it and stays in the text
  await page.keyboard.press('Escape');
  await expect(page.locator('.claim-item[aria-current="true"]')).toHaveCount(0);
  await expect(page.locator('.article-text')).toBeFocused();
  // an open menu takes Escape for itself: it closes, and its button keeps the focus
  const exportButton = page.locator('.top-bar').getByRole('button', { name: 'Export ▾' });
  await exportButton.click();
  await expect(page.getByRole('menu', { name: 'Export' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu', { name: 'Export' })).toHaveCount(0);
  await expect(exportButton).toBeFocused();
});
