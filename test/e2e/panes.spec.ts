// The workspace's panes: the library pane hides and shows (button, Ctrl+B), hides itself in a narrow
// window until the user shows it, the side panes resize by dragging or by the arrow keys on their
// splitters (a drag the system cancels puts the size back), and so do the claims list and the
// inspector; the layout is kept across a reload.
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { seedLibrary } from './support/seed-library';
import { twoFrames } from './support/ui';

const width = (page: Page, selector: string) => page.locator(selector).evaluate((element) => Math.round(element.getBoundingClientRect().width));

async function openSeedArticle(page: Page): Promise<void> {
  await page.locator('.doc-list__item', { hasText: 'US Occupation Forces' }).click();
  await expect(page.locator('.claim-hl').first()).toBeVisible();
}

test('the library pane hides and shows, and the side panes resize by drag and by keys, kept across a reload', async ({ page, server, pageErrors }, testInfo) => {
  void pageErrors;
  await seedLibrary(server);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(server.url);
  await openSeedArticle(page);
  const toggle = page.locator('.top-bar__pane-toggle');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const articleBefore = await width(page, '.article-pane');

  // hidden by the button: the article takes its room; Ctrl+B brings it back
  await toggle.click();
  await expect(page.locator('#library-pane')).toHaveCount(0);
  await expect(toggle).toHaveAttribute('aria-label', 'Show the library pane');
  expect(await width(page, '.article-pane')).toBeGreaterThan(articleBefore + 150);
  await page.screenshot({ path: testInfo.outputPath('library-pane-hidden.png') });
  await page.locator('.article-text').click();
  await page.keyboard.press('Control+b');
  await expect(page.locator('#library-pane')).toBeVisible();
  // hidden with the focus inside it, the focus goes to the toggle, not to the page
  await page.getByRole('button', { name: /^All claims/ }).focus();
  await page.keyboard.press('Control+b');
  await expect(page.locator('#library-pane')).toHaveCount(0);
  await expect(toggle).toBeFocused();
  await expect(toggle).not.toHaveAttribute('aria-controls');
  await page.keyboard.press('Control+b');
  await expect(page.locator('#library-pane')).toBeVisible();

  // the claims pane's splitter dragged 120 px to the left widens it by 120 px
  const claimsBefore = await width(page, '.claims-pane');
  const splitter = page.getByRole('separator', { name: 'Resize the claims pane' });
  const box = (await splitter.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + 300);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 - 60, box.y + 300, { steps: 4 });
  await page.mouse.move(box.x + box.width / 2 - 120, box.y + 300, { steps: 4 });
  await page.mouse.up();
  await expect.poll(() => width(page, '.claims-pane')).toBe(claimsBefore + 120);
  await expect(splitter).toHaveAttribute('aria-valuenow', String(claimsBefore + 120));

  // a drag that the system cancels (a pointercancel) puts the width back
  await splitter.evaluate((element) => {
    const at = element.getBoundingClientRect();
    const send = (type: string, dx: number) => element.dispatchEvent(new PointerEvent(type, { bubbles: true, pointerId: 1, pointerType: 'mouse', isPrimary: true, button: 0, buttons: 1, clientX: at.x + at.width / 2 + dx, clientY: at.y + 300 }));
    send('pointerdown', 0);
    send('pointermove', -80);
  });
  await expect.poll(() => width(page, '.claims-pane')).toBe(claimsBefore + 200);
  await splitter.dispatchEvent('pointercancel');
  await expect.poll(() => width(page, '.claims-pane')).toBe(claimsBefore + 120);
  await expect(splitter).toHaveAttribute('aria-valuenow', String(claimsBefore + 120));

  // the library pane's splitter, from the keyboard: two steps right, then Home for the narrowest
  const librarySplitter = page.getByRole('separator', { name: 'Resize the library pane' });
  const libraryBefore = await width(page, '#library-pane');
  await librarySplitter.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => width(page, '#library-pane')).toBe(libraryBefore + 32);
  // the claims list and the inspector share the claims pane: the splitter between them dragged down
  const listBefore = await page.locator('.claims-pane__top').evaluate((element) => element.getBoundingClientRect().height);
  const listSplitter = page.getByRole('separator', { name: 'Resize the list and the inspector' });
  const listBox = (await listSplitter.boundingBox())!;
  await page.mouse.move(listBox.x + 100, listBox.y + listBox.height / 2);
  await page.mouse.down();
  await page.mouse.move(listBox.x + 100, listBox.y + listBox.height / 2 + 150, { steps: 5 });
  await page.mouse.up();
  await expect.poll(() => page.locator('.claims-pane__top').evaluate((element) => element.getBoundingClientRect().height)).toBeGreaterThan(listBefore + 120);
  const listShare = Number(await listSplitter.getAttribute('aria-valuenow'));
  expect(listShare).toBeGreaterThan(45);
  await page.screenshot({ path: testInfo.outputPath('panes-resized.png') });

  // kept across a reload
  await page.reload();
  await openSeedArticle(page);
  expect(await width(page, '.claims-pane')).toBe(claimsBefore + 120);
  expect(await width(page, '#library-pane')).toBe(libraryBefore + 32);
  await expect(page.getByRole('separator', { name: 'Resize the list and the inspector' })).toHaveAttribute('aria-valuenow', String(listShare));
  await page.getByRole('separator', { name: 'Resize the library pane' }).focus();
  await page.keyboard.press('Home');
  await expect.poll(() => width(page, '#library-pane')).toBe(180);
});

test('in a narrow window the library pane starts hidden and the article keeps a readable width', async ({ page, server, pageErrors }, testInfo) => {
  void pageErrors;
  await seedLibrary(server);
  await page.setViewportSize({ width: 1000, height: 700 });
  await page.goto(server.url);
  await expect(page.locator('.top-bar__pane-toggle')).toHaveAttribute('aria-expanded', 'false');
  await expect(page.locator('#library-pane')).toHaveCount(0);
  // the documents screen is reachable without it; open the article from there
  await page.locator('.documents-table__open', { hasText: 'US Occupation Forces' }).click();
  await expect(page.locator('.claim-hl').first()).toBeVisible();
  expect(await width(page, '.article-pane')).toBeGreaterThanOrEqual(560);
  // nothing runs past the window's right edge (the top bar's breadcrumb gives way)
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1000);
  await expect(page.getByRole('button', { name: /^Export/ })).toBeInViewport({ ratio: 1 });
  await page.screenshot({ path: testInfo.outputPath('narrow-hidden.png') });
  // shown on request, the panes still leave the article its minimum
  await page.locator('.top-bar__pane-toggle').click();
  await expect(page.locator('#library-pane')).toBeVisible();
  expect(await width(page, '.article-pane')).toBeGreaterThanOrEqual(360);
  await page.screenshot({ path: testInfo.outputPath('narrow-shown.png') });
});

/** The paragraph at the top of the article's view, and how far into it the view starts (0 to 1). */
const readingPlace = (page: Page) =>
  page.locator('.article-scroller').evaluate((scroller) => {
    const top = scroller.getBoundingClientRect().top;
    const paragraph = [...scroller.querySelector('.ProseMirror')!.children].find((p) => p.getBoundingClientRect().bottom > top)!;
    const box = paragraph.getBoundingClientRect();
    return { text: paragraph.textContent!.slice(0, 40), into: Math.max(0, top - box.top) / box.height };
  });

/** Whether the current suggestion's highlight is wholly in the article's view. */
const currentSuggestionInView = (page: Page) =>
  page.locator('.article-scroller').evaluate((scroller) => {
    const top = scroller.getBoundingClientRect().top;
    const current = scroller.querySelector('.suggestion-hl.is-current')!.getBoundingClientRect();
    return current.top >= top && current.bottom <= scroller.getBoundingClientRect().bottom;
  });

test('a narrower or wider article column keeps the reader’s place: the paragraph at the top, or the current suggestion', async ({ page, server, pageErrors }, testInfo) => {
  void pageErrors;
  await seedLibrary(server);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(server.url);
  await openSeedArticle(page);
  // the reader is a third of the way into the paragraph about the rocket strike
  await page.locator('.article-scroller').evaluate((scroller) => {
    const top = scroller.getBoundingClientRect().top;
    const paragraph = [...scroller.querySelectorAll('.ProseMirror > p')].find((p) => p.textContent!.startsWith('A rocket strike'))!;
    const box = paragraph.getBoundingClientRect();
    scroller.scrollTop += box.top + box.height / 3 - top;
  });
  // the app notes the place a frame after a scroll; a person resizes later than that (in the same frame,
  // the new width is laid out before the scroll is seen, and the place before the scroll is put back)
  await twoFrames(page);
  const place = await readingPlace(page);
  expect(place.text).toBe('A rocket strike targeted US forces at Ai');
  expect(place.into).toBeCloseTo(1 / 3, 1);
  for (const width of [1000, 1440]) {
    await page.setViewportSize({ width, height: 900 });
    // (the place is put back once the new width is laid out: the paragraph and how far into it, together)
    await expect.poll(async () => readingPlace(page)).toEqual({ text: place.text, into: expect.closeTo(1 / 3, 1) });
  }
  await page.setViewportSize({ width: 1000, height: 900 });
  await page.screenshot({ path: testInfo.outputPath('reading-place-narrow.png') });

  // while suggestions are reviewed (in the sample, which has no claims), the current one stays in view as the column narrows
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.locator('.doc-list__item', { hasText: 'Ebola' }).click();
  await page.getByRole('button', { name: /^Suggest claims/ }).click();
  await expect(page.locator('.suggestion-hl.is-current').first()).toBeVisible();
  for (let step = 0; step < 3; step++) await page.keyboard.press('j');
  await expect.poll(() => currentSuggestionInView(page)).toBe(true);
  // the current suggestion at the view's bottom: the taller lines of a narrower column would push it below
  await page.locator('.article-scroller').evaluate((scroller) => {
    const current = scroller.querySelector('.suggestion-hl.is-current')!.getBoundingClientRect();
    scroller.scrollTop += current.bottom - scroller.getBoundingClientRect().bottom + 4;
  });
  await expect.poll(() => currentSuggestionInView(page)).toBe(true);
  const scrolled = await page.locator('.article-scroller').evaluate((scroller) => scroller.scrollTop);
  expect(scrolled).toBeGreaterThan(300);
  await page.setViewportSize({ width: 1000, height: 900 });
  await expect.poll(() => currentSuggestionInView(page)).toBe(true);
  await page.screenshot({ path: testInfo.outputPath('reading-place-suggestion.png') });
});
