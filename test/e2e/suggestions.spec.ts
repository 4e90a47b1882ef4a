// Suggested claims in Chromium through the web bridge: import the seed, Suggest claims, see the
// dashed suggestions (none over a claim already made), accept one with Enter (an unverified claim
// with the suggested source), edit one then accept it, reject one (gone, and still gone after a
// reload), accept all above a threshold and undo that in one step; light and dark screenshots.
import type { Page } from '@playwright/test';
import { expect, SEED, test } from './support/fixtures';
import { makeClaim, seedClaims } from './support/claims';
import type { RunningServer } from './support/server';
import { firstStoredDocument } from './support/stored';

interface Stored {
  id: string;
  claims: Array<{ target: { exact: string }; status: string; attribution: string; sourceIds: string[]; cue: { exact: string } | null }>;
  rejectedSuggestions: string[];
}

const stored = (server: RunningServer) => firstStoredDocument<Stored>(server);
const sourceNamed = async (server: RunningServer, id: string) =>
  (await server.call<{ sources: Array<{ id: string; name: string }> }>('library:get', {})).sources.find((s) => s.id === id)?.name;

async function saved(page: Page) {
  await expect(page.getByTestId('save-state')).toHaveText('saved');
}

/** The suggestions listed, as their quotes' first words. */
const listed = (page: Page) => page.locator('[data-suggestion-item] .claim-item__quote').allInnerTexts();

test('suggest claims, accept, edit, reject and accept all above a threshold', async ({ page, server, pageErrors }, testInfo) => {
  void pageErrors;
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(server.url);
  await page.getByTestId('import-input').setInputFiles(SEED);
  await expect(page.getByRole('heading', { level: 1, name: 'US Occupation Forces Attacked in Northeast Syria' })).toBeVisible();
  const [first] = seedClaims();
  await makeClaim(page, first!.exact);

  await page.getByRole('button', { name: /^Suggest claims/ }).click();
  const rows = page.locator('[data-suggestion-item]');
  await expect(rows.first()).toBeVisible();
  const count = await rows.count();
  expect(count).toBeGreaterThanOrEqual(8);
  // every suggestion is drawn dashed in the article (in pieces where another's cue cuts it), and none overlaps the claim already made
  expect(new Set(await page.locator('.article-text .suggestion-hl').evaluateAll((es) => es.map((e) => e.getAttribute('data-suggestion-key')))).size).toBe(count);
  expect(await page.locator('.article-text .suggestion-hl').first().evaluate((e) => getComputedStyle(e).borderTopStyle)).toBe('dashed');
  expect((await listed(page)).some((q) => q.startsWith('The US occupation forces in Rmelan'))).toBe(false);
  await expect(page.locator('.suggestion-hl.is-current')).toHaveCount(1);
  await page.screenshot({ path: testInfo.outputPath('suggestions-light.png') });

  // J and K move between suggestions, in the list and in the text
  const currentText = () => page.locator('.suggestion-inspector__quote').innerText();
  await expect(page.locator('.suggestion-inspector')).toBeVisible();
  const firstQuote = await currentText();
  await page.keyboard.press('j');
  await expect(page.locator('.suggestion-inspector__quote')).not.toHaveText(firstQuote);
  await expect(page.locator('.article-text .suggestion-hl.is-current').first()).toContainText((await currentText()).slice(0, 30));
  await page.keyboard.press('k');
  await expect(page.locator('.suggestion-inspector__quote')).toHaveText(firstQuote);

  // accept the current (first) suggestion with Enter, with the source it proposes
  const acceptedQuote = (await currentText()).trim();
  const proposedSource = await page.getByLabel('Source', { exact: true }).inputValue();
  const proposedAttribution = await page.getByLabel('Attribution', { exact: true }).inputValue();
  expect(proposedSource).not.toBe('');
  await page.keyboard.press('Enter');
  await expect(rows).toHaveCount(count - 1);
  await saved(page);
  let doc = await stored(server);
  const accepted = doc.claims.find((c) => c.target.exact === acceptedQuote)!;
  expect(accepted).toMatchObject({ status: 'unverified', attribution: proposedAttribution });
  expect(await sourceNamed(server, accepted.sourceIds[0]!)).toBe(proposedSource);

  // edit then accept: another source and attribution, Enter in the source field
  const edited = (await currentText()).trim();
  await page.keyboard.press('4');
  await page.keyboard.press('s');
  await expect(page.getByLabel('Source', { exact: true })).toBeFocused();
  await page.getByLabel('Source', { exact: true }).fill('Islamic Resistance');
  await page.keyboard.press('Enter');
  await expect(rows).toHaveCount(count - 2);
  // the field went with the suggestion: the review's keys go on from the text
  await expect(page.locator('.article-text')).toBeFocused();
  await saved(page);
  doc = await stored(server);
  const editedClaim = doc.claims.find((c) => c.target.exact === edited)!;
  expect(editedClaim).toMatchObject({ status: 'unverified', attribution: 'official-statement' });
  expect(await sourceNamed(server, editedClaim.sourceIds[0]!)).toBe('Islamic Resistance');

  // reject the current one with Delete: gone, and still gone after a reload
  await page.locator('.article-text').click({ position: { x: 2, y: 2 } });
  const rejected = (await currentText()).trim();
  await page.keyboard.press('Delete');
  await expect(rows).toHaveCount(count - 3);
  expect(await listed(page)).not.toContain(rejected.slice(0, 40));
  await saved(page);
  expect((await stored(server)).rejectedSuggestions).toHaveLength(1);
  await page.reload();
  await page.locator('.doc-list__item').click();
  await expect(page.getByRole('heading', { level: 1, name: 'US Occupation Forces Attacked in Northeast Syria' })).toBeVisible();
  await page.keyboard.press('Shift+S');
  await expect(rows).toHaveCount(count - 3);
  const quotes = await page.locator('.article-text .suggestion-hl').allInnerTexts();
  expect(quotes.some((q) => rejected.startsWith(q.trim()))).toBe(false);

  // accept all at or above a threshold that takes at least two (a multiple of 5% at or below the second highest)
  const claimsBefore = (await stored(server)).claims.length;
  const confidences = (await page.locator('.suggestion-item__confidence').allInnerTexts()).map((t) => Number.parseInt(t, 10)).sort((x, y) => y - x);
  const threshold = Math.floor((confidences[1]! - 1) / 5) * 5;
  await page.getByLabel(/Accept all at or above/).fill(String(threshold / 100));
  await expect(page.locator('.suggestion-threshold output')).toHaveText(`${threshold}%`);
  const high = Number((await page.getByRole('button', { name: /^Accept \d+/ }).innerText()).match(/\d+/)![0]);
  expect(high).toBeGreaterThanOrEqual(2);
  expect(high).toBe(confidences.filter((c) => c >= threshold).length);
  await page.getByRole('button', { name: new RegExp(`^Accept ${high}`) }).click();
  await expect(rows).toHaveCount(count - 3 - high);
  await saved(page);
  doc = await stored(server);
  expect(doc.claims).toHaveLength(claimsBefore + high);
  expect(doc.claims.slice(-high).every((c) => c.status === 'unverified')).toBe(true);
  expect((await page.locator('.suggestion-item__confidence').allInnerTexts()).every((t) => Number.parseInt(t, 10) < threshold)).toBe(true);

  // one undo takes the whole batch back, and the suggestions come back with it
  await page.keyboard.press('Control+z');
  await expect(rows).toHaveCount(count - 3);
  await saved(page);
  expect((await stored(server)).claims).toHaveLength(claimsBefore);

  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: testInfo.outputPath('suggestions-dark.png') });
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { name: /^Claims/ })).toBeVisible();
  await expect(page.locator('.suggestion-hl')).toHaveCount(0);
});

test('nested suggestions: both drawn, a click picks the inner one, accepting one leaves the other open', async ({ page, server, pageErrors }, testInfo) => {
  void pageErrors;
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(server.url);
  const article = [
    'Hotel strike threatens holiday bookings',
    'The Portuguese hotel association said it feared the strike would lead to cancellations of bookings over the holiday weekend.',
    '"Investors were always told this was risky," the fund\'s manager said.',
  ].join('\n');
  await page.getByTestId('import-input').setInputFiles({ name: 'strike.txt', mimeType: 'text/plain', buffer: Buffer.from(article) });
  await expect(page.getByRole('heading', { level: 1, name: 'strike' })).toBeVisible();
  await page.getByRole('button', { name: /^Suggest claims/ }).click();
  const rows = page.locator('[data-suggestion-item]');
  await expect(rows).toHaveCount(4);
  const quotes = await listed(page);
  for (const start of ['it feared the strike', 'the strike would lead', '"Investors were always told', 'this was risky']) expect(quotes.some((q) => q.startsWith(start))).toBe(true);

  // the inner suggestion is an element inside the outer one's, a dashed box of its own
  const inner = page.locator('.article-text .suggestion-hl .suggestion-hl', { hasText: 'the strike would lead' });
  await expect(inner).toHaveCount(1);
  expect(await inner.evaluate((e) => [getComputedStyle(e).borderLeftStyle, getComputedStyle(e).borderRightStyle])).toEqual(['dashed', 'dashed']);
  await expect(page.locator('.article-text .suggestion-hl .suggestion-hl', { hasText: 'this was risky' })).toHaveCount(1);

  // a click inside the inner one makes it current; a click on the outer one's own words, the outer
  const quote = page.locator('.suggestion-inspector__quote');
  await inner.click();
  await expect(quote).toHaveText(/^the strike would lead/);
  await page.locator('.article-text .suggestion-hl.is-first', { hasText: /^it\s*$/ }).click();
  await expect(quote).toHaveText(/^it feared the strike/);
  await page.screenshot({ path: testInfo.outputPath('suggestions-nested.png') });

  // accepting the outer one leaves the inner one open, and the inner one can be accepted over it
  await page.keyboard.press('Enter');
  await expect(rows).toHaveCount(3);
  expect((await listed(page)).some((q) => q.startsWith('the strike would lead'))).toBe(true);
  // drawn over the new claim now, no longer inside another suggestion
  await page.locator('.article-text .suggestion-hl', { hasText: 'the strike would lead' }).click();
  await expect(quote).toHaveText(/^the strike would lead/);
  await page.keyboard.press('Enter');
  await expect(rows).toHaveCount(2);
  await saved(page);
  const doc = await stored(server);
  expect(doc.claims.map((c) => [c.target.exact, c.cue?.exact])).toEqual(
    expect.arrayContaining([
      ['it feared the strike would lead to cancellations of bookings over the holiday weekend', 'said'],
      ['the strike would lead to cancellations of bookings over the holiday weekend', 'feared'],
    ]),
  );
  await page.screenshot({ path: testInfo.outputPath('suggestions-nested-accepted.png') });
});

test('the review’s keys act however it was reached: from a focused sidebar document, and from the slider', async ({ page, server, pageErrors }, testInfo) => {
  void pageErrors;
  await page.goto(server.url);
  await page.getByTestId('import-input').setInputFiles(SEED);
  await expect(page.getByRole('heading', { level: 1, name: 'US Occupation Forces Attacked in Northeast Syria' })).toBeVisible();

  // opened from the sidebar with the keyboard, its button keeps focus; Shift+S moves focus to the text, where Enter accepts
  await page.locator('.doc-list__item').focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Shift+S');
  const rows = page.locator('[data-suggestion-item]');
  await expect(rows.first()).toBeVisible();
  const count = await rows.count();
  await expect(page.locator('.article-text')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(rows).toHaveCount(count - 1);
  await saved(page);
  expect((await stored(server)).claims).toHaveLength(1);

  // the slider keeps its arrows, and lets J, Enter, Shift+A and Escape through to the review
  const slider = page.getByLabel(/Accept all at or above/);
  await slider.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(page.locator('.suggestion-threshold output')).toHaveText('75%');
  const quote = page.locator('.suggestion-inspector__quote');
  const before = await quote.innerText();
  await page.keyboard.press('j');
  await expect(quote).not.toHaveText(before);
  await expect(slider).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(rows).toHaveCount(count - 2);
  await saved(page);
  await page.screenshot({ path: testInfo.outputPath('suggestions-keys-from-slider.png') });
  const above = Number((await page.getByRole('button', { name: /^Accept \d+/ }).innerText()).match(/\d+/)![0]);
  await page.keyboard.press('Shift+A');
  await expect(rows).toHaveCount(count - 2 - above);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { name: /^Claims/ })).toBeVisible();
});

test('Accept and Reject stay in sight and uncovered, with toasts shown and a long quote, wide or narrow', async ({ page, server, pageErrors }, testInfo) => {
  void pageErrors;
  await page.goto(server.url);
  await page.getByTestId('import-input').setInputFiles(SEED);
  await expect(page.getByRole('heading', { level: 1, name: 'US Occupation Forces Attacked in Northeast Syria' })).toBeVisible();
  await page.keyboard.press('Shift+S');
  const rows = page.locator('[data-suggestion-item]');
  await expect(rows.first()).toBeVisible();
  // a toast: the acceptance undone
  await page.keyboard.press('Enter');
  await saved(page);
  await page.keyboard.press('Control+z');
  await expect(page.locator('.toast')).toHaveCount(1);
  const uncovered = () =>
    page.locator('.suggestion-inspector .inspector__actions button').evaluateAll((buttons) =>
      buttons.every((button) => {
        const box = button.getBoundingClientRect();
        const statusBar = document.querySelector('.status-bar')!.getBoundingClientRect();
        const hit = (x: number, y: number) => button.contains(document.elementFromPoint(x, y));
        return box.bottom <= statusBar.top && hit(box.left + 2, box.top + 2) && hit(box.right - 2, box.bottom - 2);
      }),
    );
  // the list's head (Done, Accept N) stays at its top as it scrolls, and the suggestion J moves to shows whole below it
  const listHead = () =>
    page.evaluate(() => {
      const list = document.querySelector('.suggestion-list')!.getBoundingClientRect();
      const head = document.querySelector('.suggestion-list__head')!.getBoundingClientRect();
      const current = document.querySelector('[data-suggestion-item][aria-current="true"]');
      const box = current?.getBoundingClientRect();
      const done = document.querySelector('.suggestion-list__head .pane-header button')!.getBoundingClientRect();
      return { key: current?.getAttribute('data-suggestion-item') ?? null, headInSight: done.top >= list.top - 1 && done.bottom <= head.bottom, currentWhole: box === undefined || (box.top >= head.bottom - 1 && box.bottom <= list.bottom + 1) };
    });
  for (const [width, height] of [[1440, 900], [1000, 700]] as const) {
    await page.setViewportSize({ width, height });
    const count = await rows.count();
    // every suggestion in turn, the longest quotes among them
    let previous: string | null = null;
    for (let i = 0; i < count; i++) {
      expect(await uncovered(), `${width}px, suggestion ${i + 1}: Accept and Reject visible`).toBe(true);
      const moved = i > 0 && (await listHead()).key !== previous;
      await expect.poll(async () => { const head = await listHead(); return head.headInSight && (!moved || head.currentWhole); }, { message: `${width}px, suggestion ${i + 1}: Done and Accept N in sight, the current one whole below them` }).toBe(true);
      previous = (await listHead()).key;
      await page.keyboard.press('j');
    }
    await page.screenshot({ path: testInfo.outputPath(`suggestion-actions-${width}.png`) });
  }
});

test('a name of no one in particular ("police") is a source of its own article, and another article gets its own', async ({ page, server, pageErrors }) => {
  void pageErrors;
  await page.goto(server.url);
  const articles = [
    { name: 'nairobi.txt', title: 'Floods close roads in Nairobi', text: 'Police said the main road would stay closed until Monday.' },
    { name: 'leeds.txt', title: 'Storm brings down trees in Leeds', text: 'Police said three roads were blocked by fallen trees.' },
  ];
  for (const article of articles) {
    await page.getByTestId('import-input').setInputFiles({ name: article.name, mimeType: 'text/plain', buffer: Buffer.from(`${article.title}\n\n${article.text}\n`) });
    await expect(page.getByRole('heading', { level: 1, name: article.title })).toBeVisible();
    await page.getByRole('button', { name: /^Suggest claims/ }).click();
    await expect(page.locator('[data-suggestion-item]')).toHaveCount(1);
    // the article's title names the new source; the hint says why
    await expect(page.getByLabel('Source', { exact: true })).toHaveValue(`police (${article.title})`);
    await expect(page.locator('.suggestion-inspector')).toContainText('A new source for this article only');
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-suggestion-item]')).toHaveCount(0);
    await saved(page);
    await page.keyboard.press('Escape');
  }
  const { sources } = await server.call<{ sources: Array<{ name: string }> }>('library:get', {});
  expect(sources.map((s) => s.name).sort()).toEqual(articles.map((a) => `police (${a.title})`).sort());
});

test('an article in another language than English gets no English suggestions, and a message that says why', async ({ page, server, pageErrors }, testInfo) => {
  void pageErrors;
  await page.goto(server.url);
  const text = "Manifestations interdites à Paris\n\nLe ministère de l'Intérieur a annoncé lundi que les manifestations seraient interdites dans la capitale, selon un communiqué publié en fin de journée.\n";
  await page.getByTestId('import-input').setInputFiles({ name: 'communique.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
  await expect(page.getByRole('heading', { level: 1, name: 'Manifestations interdites à Paris' })).toBeVisible();
  await expect(page.locator('article.article')).toHaveAttribute('lang', 'fr');
  await page.getByRole('button', { name: /^Suggest claims/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Claims are suggested in English articles only, and this one is in French.' })).toBeVisible();
  await expect(page.locator('[data-suggestion-item]')).toHaveCount(0);
  await expect(page.locator('.suggestion-inspector')).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath('french-article.png') });

  // the language corrected in Edit details: a misspelt name is named as such, a name is kept as its code
  await page.getByRole('button', { name: 'Edit details', exact: true }).click();
  const form = page.getByRole('form', { name: 'Document details' });
  await form.getByLabel('Language').fill('Englsh');
  await expect(form.getByText('“Englsh” is not a language this app knows')).toBeVisible();
  await form.getByLabel('Language').fill('English');
  await form.getByLabel('Language').press('Enter');
  await expect(form).toHaveCount(0);
  await expect(page.locator('article.article')).toHaveAttribute('lang', 'en');
});

test('no suggestions: the message says whether none were found or all are claims or rejected; after a click on Accept or Reject the focus is back in the text', async ({ page, server, pageErrors }) => {
  void pageErrors;
  await page.goto(server.url);
  // an article without any attribution
  await page.getByTestId('import-input').setInputFiles({ name: 'plain.txt', mimeType: 'text/plain', buffer: Buffer.from('Roads reopen in Nairobi\n\nThe main road reopened on Monday after three days of floods. Traffic was light.\n') });
  await expect(page.getByRole('heading', { level: 1, name: 'Roads reopen in Nairobi' })).toBeVisible();
  await page.getByRole('button', { name: /^Suggest claims/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'No suggestions: no attributions were found in this article.' })).toBeVisible();

  // attributions: one accepted and one rejected with the mouse (the focus goes back to the text each time), the rest rejected with the keyboard
  const text = 'Port closes in Mombasa\n\nThe port will close on Monday, officials said.\n\nShipping lines expect delays of a week, the port authority said.\n';
  await page.getByTestId('import-input').setInputFiles({ name: 'port.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
  await expect(page.getByRole('heading', { level: 1, name: 'Port closes in Mombasa' })).toBeVisible();
  await page.getByRole('button', { name: /^Suggest claims/ }).click();
  const rows = page.locator('[data-suggestion-item]');
  await expect(rows.first()).toBeVisible();
  const found = await rows.count();
  expect(found).toBeGreaterThanOrEqual(2);
  await page.locator('.suggestion-inspector').getByRole('button', { name: /^Accept/ }).click();
  await expect(rows).toHaveCount(found - 1);
  await expect(page.locator('.article-text')).toBeFocused();
  await page.locator('.suggestion-inspector').getByRole('button', { name: /^Reject/ }).click();
  await expect(rows).toHaveCount(found - 2);
  await expect(page.locator('.article-text')).toBeFocused();
  for (let left = found - 2; left > 0; left--) {
    await page.keyboard.press('Delete');
    await expect(rows).toHaveCount(left - 1);
  }
  await saved(page);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: /^Suggest claims/ }).click();
  await expect(page.getByRole('status').filter({ hasText: `No suggestions: the ${found} attributions found in this article are already claims, or were rejected.` })).toBeVisible();
});
