// A long article with many claims: the claims list draws only the rows near its view, yet J/K
// and the arrows reach any claim, the list keeps the selected row in view, and choosing a claim
// in the list scrolls the text to it.
import type { Page } from '@playwright/test';
import { projectText } from '../../shared/text/projection';
import type { StoredDocument } from '../../shared/domain/document';
import { expect, test } from './support/fixtures';
import type { RunningServer } from './support/server';

const CLAIMS = 500;

const phrase = (i: number) => `officials said on day ${i} that the river had risen by ${i} centimetres`;

function longArticle(): string {
  const paragraphs = Array.from(
    { length: CLAIMS },
    (_, i) => `Report ${i + 1}: ${phrase(i + 1)}, according to a survey of the valley, which witnesses disputed at an evening meeting held near the old stone bridge, where the water had already covered the lower road.`,
  );
  return ['A long report on the river', 'By Test Wire', '', ...paragraphs].join('\n\n');
}

/** Imports the article and makes one claim per paragraph through the core, as a script would. */
async function longDocument(server: RunningServer): Promise<void> {
  const { document } = await server.call<{ document: { id: string } }>('documents:import', { fileName: 'river.txt', dataBase64: Buffer.from(longArticle()).toString('base64') });
  const text = projectText((await server.call<StoredDocument>('documents:get', { documentId: document.id })).content);
  for (let i = 1; i <= CLAIMS; i++) {
    const start = text.indexOf(phrase(i));
    await server.call('claims:create', { documentId: document.id, start, end: start + phrase(i).length });
  }
}

const selectedRow = (page: Page) => page.locator('.claim-item[aria-current="true"]');
const selectedHighlight = (page: Page) => page.locator('.claim-hl.is-selected').first();

test('with 500 claims, J/K and the arrows reach far claims, the list follows, and a click scrolls the text', async ({ page, server, pageErrors }, testInfo) => {
  void pageErrors;
  test.setTimeout(180_000);
  await longDocument(server);
  await page.goto(server.url);
  await page.locator('.doc-list__item').click();
  await expect(page.locator('#claims-title .pane-title__count')).toHaveText(String(CLAIMS));
  // Only the rows near the list's view are in the page.
  expect(await page.locator('.claim-item').count()).toBeLessThan(60);
  await expect(page.locator('.claim-item').first()).toContainText(phrase(1));
  // The whole text, far from the view too, is in the accessibility tree (content-visibility: auto
  // on the paragraphs, tried for speed, left the ones out of view out of it).
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: Array<{ name?: { value?: unknown } }> };
  expect(nodes.some((node) => String(node.name?.value ?? '').includes(`Report ${CLAIMS}:`))).toBe(true);

  // K with nothing selected goes to the last claim: the list scrolls to it, the text too.
  await page.keyboard.press('k');
  await expect(selectedRow(page)).toContainText(phrase(CLAIMS).slice(0, 40));
  await expect(selectedRow(page)).toBeInViewport();
  await expect(selectedHighlight(page)).toHaveText(phrase(CLAIMS));
  await expect(selectedHighlight(page)).toBeInViewport();

  // With no claim selected, J goes to the claim at or after the caret: the last one (the caret went with K), then, from the text's start, the first.
  await page.keyboard.press('Escape');
  await page.keyboard.press('j');
  await expect(selectedRow(page)).toContainText(phrase(CLAIMS).slice(0, 40));
  await page.keyboard.press('Escape');
  // the caret put at the text's start with a click before the first claim
  await page.locator('.article-text p').first().click({ position: { x: 2, y: 4 } });
  await expect(selectedRow(page)).toHaveCount(0);
  await page.keyboard.press('j');
  await expect(selectedRow(page)).toContainText(phrase(1).slice(0, 40));
  // J from the first claim, 120 times: the list keeps up.
  for (let i = 0; i < 120; i++) await page.keyboard.press('j');
  await expect(selectedRow(page)).toContainText(phrase(121).slice(0, 40));
  await expect(selectedRow(page)).toBeInViewport();
  expect(await page.locator('.claim-item').count()).toBeLessThan(60);

  // Clicking the selected row scrolls the text back to its highlight.
  await page.locator('.article-scroller').evaluate((scroller) => scroller.scrollTo({ top: 0 }));
  await expect(selectedHighlight(page)).not.toBeInViewport();
  await selectedRow(page).click();
  await expect(selectedHighlight(page)).toHaveText(phrase(121));
  await expect(selectedHighlight(page)).toBeInViewport();

  // From the list itself, the arrows move the selection and the focus, far past the rows first drawn.
  for (let i = 0; i < 80; i++) await page.keyboard.press('ArrowDown');
  await expect(selectedRow(page)).toContainText(phrase(201).slice(0, 40));
  await expect(selectedRow(page)).toBeFocused();
  await expect(selectedRow(page)).toBeInViewport();
  for (let i = 0; i < 30; i++) await page.keyboard.press('k');
  await expect(selectedRow(page)).toContainText(phrase(171).slice(0, 40));
  await expect(selectedRow(page)).toBeFocused();
  await expect(selectedRow(page)).toBeInViewport();
  await expect(selectedHighlight(page)).toBeInViewport();
  await page.screenshot({ path: testInfo.outputPath('long-list.png') });

  // Scrolled away with the wheel, the focused row stays in the page, so the keys still work.
  await page.locator('.claim-list').evaluate((list) => list.scrollTo({ top: 0 }));
  await expect(page.locator('.claim-item').first()).toContainText(phrase(1).slice(0, 40));
  await expect(selectedRow(page)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(selectedRow(page)).toContainText(phrase(172).slice(0, 40));
  await expect(selectedRow(page)).toBeInViewport();
});
