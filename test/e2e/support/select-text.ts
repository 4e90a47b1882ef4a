// Selects words in the article the way a person does: a mouse drag from the first character to
// the last, or the keyboard (click before the first character, then Shift+Right).
import type { Page } from '@playwright/test';
import { twoFrames } from './ui';

interface CharBoxes {
  first: { x: number; y: number };
  last: { x: number; y: number };
}

/** Finds where `text` starts and ends on screen, scrolling it into view when `scroll` (else measuring where it is). */
async function measure(page: Page, text: string, scroll: boolean): Promise<CharBoxes> {
  return page.evaluate(({ wanted, scroll }) => {
    const root = document.querySelector('.article-text')!;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    let all = '';
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      nodes.push(n as Text);
      all += (n as Text).data;
    }
    const at = all.indexOf(wanted);
    if (at < 0) throw new Error(`text not found: ${wanted}`);
    const pointAt = (offset: number) => {
      let seen = 0;
      for (const node of nodes) {
        if (offset < seen + node.data.length) return { node, offset: offset - seen };
        seen += node.data.length;
      }
      throw new Error('offset past the end');
    };
    const charRect = (offset: number) => {
      const { node, offset: o } = pointAt(offset);
      const range = document.createRange();
      range.setStart(node, o);
      range.setEnd(node, o + 1);
      return range.getClientRects()[0]!;
    };
    const start = pointAt(at);
    if (scroll) start.node.parentElement!.scrollIntoView({ block: 'center' });
    const first = charRect(at);
    const last = charRect(at + wanted.length - 1);
    return { first: { x: first.left + 1, y: first.top + first.height / 2 }, last: { x: last.right - 1, y: last.top + last.height / 2 } };
  }, { wanted: text, scroll });
}

/**
 * Scrolls `text` into view and finds where it is once the text stops moving, as a person waits to
 * see it before dragging: the app may still put the reader's place back after a resize.
 */
async function locate(page: Page, text: string): Promise<CharBoxes> {
  await page.locator('.article-text').waitFor();
  let boxes = await measure(page, text, true);
  for (let tries = 0; tries < 10; tries++) {
    await twoFrames(page);
    const again = await measure(page, text, false);
    if (JSON.stringify(again) === JSON.stringify(boxes)) return boxes;
    boxes = await measure(page, text, true);
  }
  return boxes;
}

/** Drags the mouse across `text`; returns what the browser then reports as selected. */
export async function selectWithMouse(page: Page, text: string): Promise<string> {
  const { first, last } = await locate(page, text);
  await page.mouse.move(first.x, first.y);
  await page.mouse.down();
  await page.mouse.move((first.x + last.x) / 2, (first.y + last.y) / 2, { steps: 4 });
  await page.mouse.move(last.x, last.y, { steps: 4 });
  await page.mouse.up();
  return page.evaluate(() => window.getSelection()?.toString() ?? '');
}

/** Clicks just before `text` and extends the selection with Shift+Right, one character at a time. */
export async function selectWithKeyboard(page: Page, text: string): Promise<string> {
  const { first } = await locate(page, text);
  await page.mouse.click(first.x, first.y);
  await page.keyboard.down('Shift');
  for (let i = 0; i < text.length; i++) await page.keyboard.press('ArrowRight');
  await page.keyboard.up('Shift');
  return page.evaluate(() => window.getSelection()?.toString() ?? '');
}
