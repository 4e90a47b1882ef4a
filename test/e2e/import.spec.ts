// Importing the articles researchers collect, as they do it: the file picker for Word, PDF, web
// pages and Markdown; several files dropped at once with a progress list; paste; correcting the
// metadata afterwards; an Arabic article read right to left.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { articleDocx } from '../helpers/make-docx';
import { articlePdf } from '../helpers/make-pdf';
import type { Page } from '@playwright/test';
import { expect, FIXTURES, test } from './support/fixtures';
import { firstStoredDocument } from './support/stored';

const importFixture = (name: string) => readFileSync(join(FIXTURES, 'import', name));

/** A web page whose article has a chart (and whose header has a logo, not part of the article). */
const FLOOD_PAGE = `<html><head><title>Flood barriers fail in the delta</title></head><body><header><img src="logo.png" alt="Delta News"></header>
<article><h1>Flood barriers fail in the delta</h1>
<p>The barriers failed on Tuesday, officials said, and water reached the old town within hours of the first breach in the northern wall.</p>
<figure><img src="https://example.org/chart.png" alt="Water levels"><figcaption>Water levels at the northern gauge, in metres.</figcaption></figure>
<p>"We warned them for years," said Maria Lind, who heads the residents' association, adding that the council had ignored three engineering reports since 2019.</p></article></body></html>`;

test('the file picker imports Word, PDF, web pages and Markdown', async ({ page, server, pageErrors }, testInfo) => {
  void pageErrors;
  await page.goto(server.url);
  const pdf = await articlePdf();
  const pick = (name: string, mimeType: string, buffer: Buffer) => page.getByTestId('import-input').setInputFiles({ name, mimeType, buffer });
  const text = page.locator('.article-text');

  await pick('ebola.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', Buffer.from(await articleDocx()));
  await expect(page.locator('.doc-header__line')).toContainText('Jane Doe');
  await expect(text.locator('h2')).toHaveText('What the trial found');
  await expect(text.locator('blockquote')).toContainText('we will no longer say that Ebola is incurable');
  await expect(text.locator('ol li')).toHaveCount(2);

  await pick('treatments.pdf', 'application/pdf', Buffer.from(pdf.bytes));
  await expect(page.locator('.doc-list__item')).toHaveCount(2);
  await expect(text.locator('h2')).toHaveText(pdf.heading);
  await expect(text.locator('p')).toHaveCount(pdf.paragraphs.length);
  await expect(text).not.toContainText('The Daily Example');
  await expect(text).not.toContainText('Page 2 of');

  await pick('article.md', 'text/markdown', importFixture('article.md'));
  await expect(page.locator('.doc-list__item')).toHaveCount(3);
  await expect(text.locator('strong')).toHaveText('499 patients');

  await pick('saved-page.html', 'text/html', importFixture('saved-page.html'));
  await expect(page.locator('.doc-list__item')).toHaveCount(4);
  await expect(page.locator('.doc-header__line')).toHaveText('Jane Doe, Sam Roe · Example News · 2019-08-15');
  await expect(text).not.toContainText('reader42');
  await page.screenshot({ path: testInfo.outputPath('web-page.png') });

  // a page with a chart in its article: the text is kept, and the user is told the image is not
  await pick('flood.html', 'text/html', Buffer.from(FLOOD_PAGE));
  await expect(page.locator('.doc-list__item')).toHaveCount(5);
  await expect(text).toContainText('Water levels at the northern gauge, in metres.');
  await expect(page.locator('.toast').filter({ hasText: 'Imported “Flood barriers fail in the delta”. An image of the article was left out; a document keeps the text, captions included.' })).toBeVisible();
  await expect(text.locator('img')).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath('images-left-out.png') });
});

test('several files dropped at once show a progress list, with the reason a file failed', async ({ page, server, pageErrors }, testInfo) => {
  void pageErrors;
  await page.goto(server.url);
  const dataTransfer = await page.evaluateHandle(
    ([html, md]) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([html!], 'saved-page.html', { type: 'text/html' }));
      transfer.items.add(new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], 'photo.png', { type: 'image/png' }));
      transfer.items.add(new File([md!], 'article.md', { type: 'text/markdown' }));
      return transfer;
    },
    [importFixture('saved-page.html').toString('utf8'), importFixture('article.md').toString('utf8')],
  );
  await page.dispatchEvent('.app', 'dragenter', { dataTransfer });
  await page.dispatchEvent('.app', 'drop', { dataTransfer });
  const progress = page.getByRole('region', { name: 'Imports' });
  await expect(progress).toContainText('Import finished: 2 imported, 1 not imported');
  await expect(progress.locator('.import-job--imported')).toHaveCount(2);
  await expect(progress.locator('.import-job--failed')).toContainText('photo.png: .png files cannot be imported');
  await page.screenshot({ path: testInfo.outputPath('progress.png') });
  await progress.getByRole('button', { name: 'Close' }).click();
  await expect(page.locator('.doc-list__item')).toHaveCount(2);
});

test('files that all go in leave no list behind, only a toast that says so', async ({ page, server, pageErrors }) => {
  void pageErrors;
  await page.goto(server.url);
  await page.getByTestId('import-input').setInputFiles([
    { name: 'article.md', mimeType: 'text/markdown', buffer: importFixture('article.md') },
    { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('Officials said the bridge was closed on Tuesday.') },
  ]);
  await expect(page.locator('.toast').filter({ hasText: 'Import finished: 2 imported.' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Imports' })).toHaveCount(0);
  await expect(page.locator('.doc-list__item')).toHaveCount(2);
  // a file already in the library keeps the list, which says under which title
  await page.getByTestId('import-input').setInputFiles([
    { name: 'article-again.md', mimeType: 'text/markdown', buffer: importFixture('article.md') },
    { name: 'other.txt', mimeType: 'text/plain', buffer: Buffer.from('The council said the road would reopen in May.') },
  ]);
  const progress = page.getByRole('region', { name: 'Imports' });
  await expect(progress).toContainText('Import finished: 1 imported, 1 already in the library');
  await expect(progress.locator('.import-job--duplicate')).toContainText(/already in the library\s*as “.+”/);
});

/** Pastes HTML and its plain text on an element, as Ctrl+V there would. */
const paste = (page: Page, selector: string, html: string, text: string) =>
  page.evaluate(
    ({ selector, html, text }) => {
      const data = new DataTransfer();
      data.setData('text/html', html);
      data.setData('text/plain', text);
      document.querySelector(selector)!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
    },
    { selector, html, text },
  );

test('pasting an article makes a new document from the clipboard, sanitised, that Undo takes back; over an open article it is offered first', async ({ page, server, pageErrors }, testInfo) => {
  void pageErrors;
  await page.goto(server.url);
  await paste(page, 'body', '<h2>Copied from a site</h2><p>Officials <b>said</b> the bridge was closed.<script>alert(1)</script><img src="https://evil.example/x.gif"></p>', 'Copied from a site\nOfficials said the bridge was closed.');
  await expect(page.locator('.doc-header__title')).toHaveText('Copied from a site');
  await expect(page.locator('.article-text strong')).toHaveText('said');
  await expect(page.locator('.article-text')).not.toContainText('alert');
  await expect(page.locator('.article-text img')).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Pasted as a new document: "Copied from a site".' })).toBeVisible();

  // over the open article, a paste (meant for a field, most likely) is offered, not done
  await paste(page, '.article-text', '<p>stray clipboard text</p>', 'stray clipboard text');
  const offer = page.locator('.toast').filter({ hasText: 'Make a new document of what was pasted?' });
  await expect(offer).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('paste-offered.png') });
  await expect(page.locator('.doc-list__item')).toHaveCount(1);
  await offer.getByRole('button', { name: 'New document' }).click();
  await expect(page.locator('.doc-header__title')).toHaveText('stray clipboard text');
  await expect(page.locator('.doc-list__item')).toHaveCount(2);
  // Undo takes the pasted document to the trash, and the article open before is open again
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+z');
  await expect(page.locator('.doc-list__item')).toHaveCount(1);
  await expect(page.locator('.doc-header__title')).toHaveText('Copied from a site');
  await page.keyboard.press('Control+Shift+z');
  await expect(page.locator('.doc-list__item')).toHaveCount(2);
  await expect(page.locator('.doc-header__title')).toHaveText('stray clipboard text');
});

test('metadata can be corrected after import: saved as typed, kept on Escape, a bad address kept with its problem, and undone', async ({ page, server, pageErrors }, testInfo) => {
  void pageErrors;
  await page.goto(server.url);
  await page.getByTestId('import-input').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('Officials said the bridge was closed on Tuesday.') });
  const title = page.locator('.doc-header__title');
  const originalTitle = (await title.textContent())!;
  await page.getByRole('button', { name: 'Edit details', exact: true }).click();
  const form = page.getByRole('form', { name: 'Document details' });
  await form.getByLabel('Title').fill('Bridge closure');
  await form.getByLabel('Outlet').fill('City Herald');
  await form.getByLabel('Published').fill('2024-03-05');
  await form.getByLabel('URL').fill('herald bridge page');
  await expect(form.getByText('“herald bridge page” is not a web address')).toBeVisible();
  await expect(form.getByLabel('URL')).toHaveAttribute('aria-invalid', 'true');
  await page.screenshot({ path: testInfo.outputPath('details-form.png') });
  // Escape closes the form: what was typed is saved, the bad address is kept with a word, and the focus is back on the button
  await page.keyboard.press('Escape');
  await expect(title).toHaveText('Bridge closure');
  await expect(page.locator('.doc-header__line')).toHaveText('City Herald · 2024-03-05');
  await expect(page.getByRole('alert').filter({ hasText: 'is not saved: there is a problem with its web address' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Edit details', exact: true })).toBeFocused();
  await expect(page.locator('.doc-list__item')).toContainText('Bridge closure');

  await page.getByRole('button', { name: 'Edit details', exact: true }).click();
  await expect(form.getByLabel('URL')).toHaveValue('herald bridge page');
  // a bare address is taken, with https:// before it
  await form.getByLabel('URL').fill('herald.example/bridge');
  await form.getByLabel('URL').press('Enter');
  await expect(form).toHaveCount(0);
  await expect(page.locator('.doc-header__url')).toHaveText('https://herald.example/bridge');
  // the address is a link, asked about before it leaves the app
  await page.locator('.doc-header').screenshot({ path: testInfo.outputPath('details-address-link.png') });
  await page.getByRole('link', { name: 'https://herald.example/bridge' }).click();
  const ask = page.getByRole('dialog');
  await expect(ask).toContainText('https://herald.example/bridge');
  await page.keyboard.press('Escape');
  await expect(ask).toHaveCount(0);
  const doc = await firstStoredDocument<{ meta: { url: string; title: string } }>(server);
  expect(doc.meta).toMatchObject({ url: 'https://herald.example/bridge', title: 'Bridge closure', outlet: 'City Herald' });

  // the saves of one form in a row are one step of the history: Ctrl+Z puts every field back
  await page.locator('.article-text').click();
  await page.keyboard.press('Control+Z');
  await expect(title).toHaveText(originalTitle);
  await expect(page.locator('.doc-header__url')).toHaveCount(0);
  await page.keyboard.press('Control+Shift+Z');
  await expect(title).toHaveText('Bridge closure');
});

test('an Arabic article reads right to left, block by block, with English names inside', async ({ page, server, pageErrors }, testInfo) => {
  void pageErrors;
  await page.goto(server.url);
  await page.getByTestId('import-input').setInputFiles({ name: 'arabic.html', mimeType: 'text/html', buffer: importFixture('arabic-article.html') });
  const paragraph = page.locator('.article-text p').first();
  await expect(paragraph).toHaveAttribute('dir', 'rtl');
  expect(await paragraph.evaluate((p) => getComputedStyle(p).direction)).toBe('rtl');
  expect(await paragraph.evaluate((p) => getComputedStyle(p).textAlign)).toBe('right');
  // a left-to-right name inside the right-to-left paragraph reads left to right
  const letters = await page.evaluate(() => {
    const paragraph = document.querySelectorAll('.article-text p')[2]!;
    const node = [...paragraph.childNodes].find((n) => n.textContent?.includes('Reuters'))!;
    const at = node.textContent!.indexOf('Reuters');
    const rect = (i: number) => {
      const range = document.createRange();
      range.setStart(node, at + i);
      range.setEnd(node, at + i + 1);
      return range.getBoundingClientRect().left;
    };
    return [rect(0), rect(6)];
  });
  expect(letters[0]!).toBeLessThan(letters[1]!);
  // the date in the right-to-left header keeps its order: 2023 to the left of 10
  const date = page.locator('.doc-header__line bdi[dir="ltr"]');
  await expect(date).toHaveText('2023-11-10');
  const [year, day] = await date.evaluate((bdi) => {
    const node = bdi.firstChild!;
    const left = (i: number) => {
      const range = document.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      return range.getBoundingClientRect().left;
    };
    return [left(0), left(8)];
  });
  expect(year!).toBeLessThan(day!);
  // the interface stays left to right
  expect(await page.locator('.claims-pane').evaluate((p) => getComputedStyle(p).direction)).toBe('ltr');
  await page.screenshot({ path: testInfo.outputPath('arabic.png') });
});
