// Small helpers for driving the workspace as a user does.
import type { Page } from '@playwright/test';

const STATUS_LABELS: Record<string, string> = {
  unverified: 'Unverified',
  'in-progress': 'In progress',
  verified: 'Verified',
  'partly-true': 'Partly true',
  disputed: 'Disputed',
  false: 'False',
  unverifiable: 'Unverifiable',
};

/** Clicks a default status's button in the inspector. */
export async function chooseStatus(page: Page, status: string): Promise<void> {
  await page
    .getByRole('radiogroup', { name: 'Status' })
    .getByRole('radio', { name: new RegExp(`^${STATUS_LABELS[status]}`) })
    .click();
}

/** Waits until the page has drawn two frames: whatever the app does on the next frame (its scroll handlers' work) is done. */
export const twoFrames = (page: Page) => page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
