// Making claims from the UI, as a researcher does: select the words with the mouse, press C.
import { expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from './fixtures';
import { selectWithMouse } from './select-text';

export interface FixtureClaim {
  exact: string;
  source: string;
  attribution: string;
  cue: string;
  status: string;
}

export const seedClaims = (): FixtureClaim[] => (JSON.parse(readFileSync(join(FIXTURES, 'seed', 'seed-claims.json'), 'utf8')) as { claims: FixtureClaim[] }).claims;

/** Makes a claim of `quote` (mouse selection, then C) and waits until it is listed. */
export async function makeClaim(page: Page, quote: string): Promise<void> {
  const before = await page.locator('.claim-item').count();
  expect(await selectWithMouse(page, quote)).toBe(quote);
  await page.keyboard.press('c');
  await expect(page.locator('.claim-item')).toHaveCount(before + 1);
  await expect(page.getByTestId('save-state')).toHaveText('saved');
}
