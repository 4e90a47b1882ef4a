// Keyboard-first triage: the seed's nine claims worked through from the keyboard alone (moving
// with J/K, attribution by number, status by letter, sources, notes and cues from the keys),
// then undo and redo; the command palette.
import type { FileChooser } from '@playwright/test';
import { expect, SEED, test } from './support/fixtures';
import { makeClaim, seedClaims } from './support/claims';
import { selectWithMouse } from './support/select-text';
import { firstStoredDocument } from './support/stored';

test('keyboard-only triage of the seed’s nine claims, then undo and redo', async ({ page, server, pageErrors }, testInfo) => {
  void pageErrors;
  const claims = seedClaims();
  await page.goto(server.url);
  await page.getByTestId('import-input').setInputFiles(SEED);
  for (const claim of claims) await makeClaim(page, claim.exact);
  const attributionKeys: Record<string, string> = { 'direct-quote': '1', 'indirect-quote': '2', 'anonymous-source': '3', 'official-statement': '4', 'data-or-document': '5', 'reporter-observation': '6', unattributed: '7', other: '8' };

  // From here on, only the keyboard: back to the text, to its start (J goes to the first claim after the caret)
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+Home');
  await expect.poll(() => page.evaluate(() => window.getSelection()?.anchorNode?.textContent?.startsWith('The US occupation forces in Syria') ?? false)).toBe(true);
  for (const [index, claim] of claims.entries()) {
    await page.keyboard.press('j');
    await expect(page.locator('.claim-item[aria-current="true"]')).toContainText(claim.exact.slice(0, 40));
    await page.keyboard.press(attributionKeys[claim.attribution]!);
    await expect(page.locator('#claim-attribution')).toHaveValue(claim.attribution);
    if (claim.source !== '(none)') {
      await page.keyboard.press('s');
      await expect(page.locator('#claim-source-input')).toBeFocused();
      await page.keyboard.type(claim.source);
      await page.keyboard.press('Enter');
      await expect(page.locator('.inspector .chip').filter({ hasText: claim.source })).toBeVisible();
      await page.keyboard.press('Escape');
    }
    // half the claims are checked: in progress, with a note on why
    if (index % 2 === 0) {
      await page.keyboard.press('p');
      await expect(page.getByRole('radio', { name: /^In progress/ })).toHaveAttribute('aria-checked', 'true');
      await page.keyboard.press('n');
      await expect(page.locator('#claim-note')).toBeFocused();
      await page.keyboard.type(`Ask for the source of claim ${index + 1}.`);
      await page.keyboard.press('Escape');
    }
    await expect(page.getByTestId('save-state')).toHaveText('saved');
  }

  // The cue of the first claim, selected with Shift+arrows from the claim's own place in the text.
  await page.keyboard.press('k');
  for (let i = 0; i < claims.length; i++) await page.keyboard.press('k');
  await expect(page.locator('.claim-item[aria-current="true"]')).toContainText('The US occupation forces in Rmelan');
  await page.keyboard.press('Escape');
  await page.keyboard.press('j');
  await page.keyboard.press('Enter');
  await expect(page.locator('#claim-source-input')).toBeFocused();
  await page.keyboard.press('Escape');
  const gap = ', '.length;
  for (let i = 0; i < claims[0]!.exact.length + gap; i++) await page.keyboard.press('ArrowRight');
  await page.keyboard.down('Shift');
  for (let i = 0; i < claims[0]!.cue.length; i++) await page.keyboard.press('ArrowRight');
  await page.keyboard.up('Shift');
  await page.keyboard.press('a');
  await expect(page.locator('.inspector__cue')).toHaveText(`“${claims[0]!.cue}”`);
  await expect(page.locator('.claim-cue')).toHaveText(claims[0]!.cue);

  // Check what reached the disk.
  type Stored = { claims: Array<{ target: { start: number; exact: string }; attribution: string; status: string; note: string; sourceIds: string[]; cue: { exact: string } | null }> };
  const stored = (await firstStoredDocument<Stored>(server)).claims.sort((a, b) => a.target.start - b.target.start);
  expect(stored.map((c) => c.attribution)).toEqual(claims.map((c) => c.attribution));
  expect(stored.map((c) => c.status)).toEqual(claims.map((_, i) => (i % 2 === 0 ? 'in-progress' : 'unverified')));
  expect(stored.filter((c) => c.note !== '')).toHaveLength(5);
  expect(stored.map((c) => c.sourceIds.length)).toEqual(claims.map((c) => (c.source === '(none)' ? 0 : 1)));
  expect(stored[0]!.cue?.exact).toBe(claims[0]!.cue);
  await page.screenshot({ path: testInfo.outputPath('triaged.png') });

  // Undo the cue, then the status of the last claim triaged; redo the cue.
  await page.keyboard.press('Control+z');
  await expect(page.locator('.inspector__cue')).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: /Undone: Set cue on “[^”]+”\./ })).toBeVisible();
  await page.keyboard.press('Control+Shift+z');
  await expect(page.locator('.inspector__cue')).toHaveText(`“${claims[0]!.cue}”`);
  // Delete a claim with the Delete key, and bring it back with Undo.
  await page.keyboard.press('Delete');
  await expect(page.locator('.claim-item')).toHaveCount(8);
  await page.keyboard.press('Control+z');
  await expect(page.locator('.claim-item')).toHaveCount(9);
  const afterUndo = (await firstStoredDocument<Stored>(server)).claims;
  expect(afterUndo.find((c) => c.target.exact === claims[0]!.exact)).toMatchObject({ status: 'in-progress', cue: { exact: claims[0]!.cue } });
});

test('the command palette reaches actions by name', async ({ page, server, pageErrors }) => {
  void pageErrors;
  const choosers: FileChooser[] = [];
  page.on('filechooser', (chooser) => choosers.push(chooser));
  await page.goto(server.url);
  await page.getByTestId('import-input').setInputFiles(SEED);
  await makeClaim(page, seedClaims()[1]!.exact);
  const markFocus = (mark: string) => page.evaluate((name) => document.activeElement?.setAttribute(name, ''), mark);
  await markFocus('data-focused-before-palette');
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await expect(palette).toBeVisible();
  await page.keyboard.type('status false');
  await expect(palette.getByRole('option')).toHaveText(['Set status: FalseF']);
  await page.keyboard.press('Enter');
  await expect(palette).toHaveCount(0);
  await expect(page.getByRole('radio', { name: /^False/ })).toHaveAttribute('aria-checked', 'true');
  // closed, a dialog gives the focus back to where it was (here the new claim's Source field)
  await expect(page.locator('[data-focused-before-palette]')).toBeFocused();
  await page.keyboard.press('Escape');
  await markFocus('data-focused-before-shortcuts');
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toContainText('Make a claim of the selected words');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toHaveCount(0);
  await expect(page.locator('[data-focused-before-shortcuts]')).toBeFocused();

  // the document's own actions are there too
  await page.keyboard.press('Control+k');
  await page.keyboard.type('trash');
  await expect(palette.getByRole('option', { name: /Move this document to the trash/ })).toBeVisible();
  await page.keyboard.press('Escape');
  // the palette's modal dialog must be gone first: while it is open the file input behind it is inert
  await expect(palette).toHaveCount(0);
  // Ctrl+O opens the file picker in the browser as the menu's accelerator does in the app (the
  // picker is watched for since the test began: Playwright starts catching pickers only once its
  // browser has heard of a listener, and a listener added just before the key press could lose that race)
  await page.keyboard.press('Control+o');
  await expect.poll(() => choosers.length, { message: 'no file picker opened' }).toBe(1);
  expect(choosers[0]!.isMultiple()).toBe(true);
});

test('status keys pressed in quick succession: the last one wins, on screen and on disk', async ({ page, server, pageErrors }) => {
  void pageErrors;
  await page.goto(server.url);
  await page.getByTestId('import-input').setInputFiles(SEED);
  await makeClaim(page, seedClaims()[1]!.exact);
  await page.keyboard.press('Escape');
  await page.locator('.claim-item').first().click();
  for (const key of ['f', 'v', 'd', 'f', 'v']) await page.keyboard.press(key);
  await expect(page.locator('.claim-hl.is-selected').first()).toHaveAttribute('data-status', 'verified');
  await expect(page.getByTestId('save-state')).toHaveText('saved');
  const doc = await firstStoredDocument<{ claims: Array<{ status: string; statusHistory: Array<{ status: string }> }> }>(server);
  expect(doc.claims[0]!.status).toBe('verified');
  expect(doc.claims[0]!.statusHistory.map((h) => h.status)).toEqual(['unverified', 'false', 'verified', 'disputed', 'false', 'verified']);
});

test('Enter presses a focused button; in the text or on the claims list it opens the selected claim’s Source field', async ({ page, server, pageErrors }) => {
  void pageErrors;
  await page.goto(server.url);
  await page.getByTestId('import-input').setInputFiles(SEED);
  await makeClaim(page, seedClaims()[1]!.exact);
  const source = page.locator('#claim-source-input');
  await page.keyboard.press('Enter');
  await expect(source).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.locator('.claim-item[aria-current="true"]')).toHaveCount(1);

  // the article's toolbar: Enter on Correct text starts the correction
  await page.getByRole('toolbar', { name: 'Article' }).getByRole('button', { name: 'Correct text' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('toolbar', { name: 'Text correction' })).toBeVisible();
  await expect(source).not.toBeFocused();
  await page.getByRole('button', { name: 'Cancel' }).click();
  // the top bar: Enter on Commands opens the palette
  await page.getByRole('button', { name: /^Commands/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Command palette' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator('.claim-item[aria-current="true"]')).toHaveCount(1);

  // on the claims list and in the text, Enter is still the way to the Source field
  await page.locator('.claim-item[aria-current="true"]').focus();
  await page.keyboard.press('Enter');
  await expect(source).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.locator('.article-text')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(source).toBeFocused();
});

test('after C the keys are still the text\'s: a status key sets the new claim\'s status, a number its attribution, and nothing is typed into its Source field', async ({ page, server, pageErrors }) => {
  void pageErrors;
  await page.goto(server.url);
  await page.getByTestId('import-input').setInputFiles(SEED);
  await makeClaim(page, seedClaims()[0]!.exact);
  const source = page.locator('#claim-source-input');
  await expect(source).not.toBeFocused();
  await page.keyboard.press('v');
  await expect(page.getByRole('radio', { name: /^Verified/ })).toHaveAttribute('aria-checked', 'true');
  await page.keyboard.press('3');
  await expect(page.locator('#claim-attribution')).toHaveValue('anonymous-source');
  await page.keyboard.press('Enter');
  await expect(source).toBeFocused();
  await expect(source).toHaveValue('');
  await expect(page.locator('.inspector .chip')).toHaveCount(0);
  await expect(page.getByTestId('save-state')).toHaveText('saved');
  const doc = await firstStoredDocument<{ claims: Array<{ status: string; attribution: string; sourceIds: string[] }> }>(server);
  expect(doc.claims).toEqual([expect.objectContaining({ status: 'verified', attribution: 'anonymous-source', sourceIds: [] })]);
});

test('A or R with words selected and no claim selected says what they need, and changes nothing', async ({ page, server, pageErrors }) => {
  void pageErrors;
  await page.goto(server.url);
  await page.getByTestId('import-input').setInputFiles(SEED);
  await expect(page.locator('.article-text')).toBeVisible();
  expect(await selectWithMouse(page, 'informed sources told Al Mayadeen')).toBe('informed sources told Al Mayadeen');
  await page.keyboard.press('a');
  await expect(page.getByRole('status').filter({ hasText: 'A makes the selected words the cue of the claim selected, and no claim is selected' })).toBeVisible();
  await page.keyboard.press('r');
  await expect(page.getByRole('status').filter({ hasText: 'R attaches the claim selected to the selected words, and no claim is selected' })).toBeVisible();
  await expect(page.locator('.claim-item')).toHaveCount(0);
});

test('a status key pressed while the claim is still being made waits for it, and never sets the claim selected before', async ({ page, server, pageErrors }) => {
  void pageErrors;
  const claims = seedClaims();
  await page.goto(server.url);
  await page.getByTestId('import-input').setInputFiles(SEED);
  await makeClaim(page, claims[0]!.exact);
  // the next claim takes its time to be written
  await page.route(/\/rpc\/claims(%3A|:)createMany$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 600));
    await route.continue();
  }, { times: 1 });
  expect(await selectWithMouse(page, claims[1]!.exact)).toBe(claims[1]!.exact);
  await page.keyboard.press('c');
  await page.keyboard.press('v');
  await expect(page.locator('.claim-item')).toHaveCount(2);
  await expect(page.getByRole('radio', { name: /^Verified/ })).toHaveAttribute('aria-checked', 'true');
  await expect(page.getByTestId('save-state')).toHaveText('saved');
  const doc = await firstStoredDocument<{ claims: Array<{ target: { exact: string }; status: string }> }>(server);
  expect(doc.claims.map((c) => [c.target.exact, c.status])).toEqual([
    [claims[0]!.exact, 'unverified'],
    [claims[1]!.exact, 'verified'],
  ]);
});

test('J and K take the caret to the claim, so the text given the focus back (a dialog closed) stays at it', async ({ page, server, pageErrors }) => {
  void pageErrors;
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(server.url);
  await page.getByTestId('import-input').setInputFiles(SEED);
  const [first, last] = [seedClaims()[0]!, seedClaims()[8]!];
  await makeClaim(page, first.exact);
  await makeClaim(page, last.exact);
  // the caret is after the last claim, at the article's end; K goes back to the first
  await page.keyboard.press('k');
  await expect(page.locator('.claim-item[aria-current="true"]')).toContainText(first.exact.slice(0, 30));
  const firstHighlight = page.locator('.claim-hl', { hasText: first.exact.slice(0, 20) }).first();
  await expect(firstHighlight).toBeInViewport();
  await page.keyboard.press('?');
  await page.keyboard.press('Escape');
  await expect(page.locator('.article-text')).toBeFocused();
  await expect(firstHighlight).toBeInViewport();
  // and Shift+Arrow selects from the claim, not from where the caret was before
  await page.keyboard.press('Shift+ArrowRight');
  expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(first.exact.charAt(0));
});
