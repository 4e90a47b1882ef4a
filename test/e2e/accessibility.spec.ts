// Accessibility: axe-core checks every screen (first run, workspace with a claim selected, the
// suggested claims under review, the claims list, sources, tags, settings, also with a problem
// beside a field, trash, the library, the claims table, the charts, the command palette and the
// shortcuts sheet) in the light and the dark theme. Serious and critical findings fail the test;
// the rest are printed.
import AxeBuilder from '@axe-core/playwright';
import type { Page, TestInfo } from '@playwright/test';
import { expect, SEED, test } from './support/fixtures';
import { makeClaim, seedClaims } from './support/claims';
import { chooseStatus } from './support/ui';

async function audit(page: Page, testInfo: TestInfo, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  for (const v of results.violations.filter((x) => !blocking.includes(x))) console.log(`${screen}: ${v.impact} ${v.id} (${v.nodes.length})`);
  await page.screenshot({ path: testInfo.outputPath(`${screen}.png`) });
  expect(
    blocking.map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')}`),
    `${screen}: serious or critical accessibility findings`,
  ).toEqual([]);
}

for (const scheme of ['light', 'dark'] as const) {
  test(`every screen passes axe in the ${scheme} theme`, async ({ page, server, pageErrors }, testInfo) => {
    void pageErrors;
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(server.url);
    await expect(page.getByTestId('import-input')).toBeAttached();
    await audit(page, testInfo, `${scheme}-first-run`);

    await page.getByTestId('import-input').setInputFiles(SEED);
    const claims = seedClaims();
    for (const claim of claims.slice(0, 3)) await makeClaim(page, claim.exact);
    await audit(page, testInfo, `${scheme}-workspace`);

    await page.getByRole('button', { name: /^Suggest claims/ }).click();
    await expect(page.locator('[data-suggestion-item]').first()).toBeVisible();
    await expect(page.locator('.article-text .suggestion-hl.is-current')).toHaveCount(1);
    await audit(page, testInfo, `${scheme}-suggestions`);
    await page.keyboard.press('Escape');
    await expect(page.locator('.suggestion-hl')).toHaveCount(0);

    const nav = page.getByRole('navigation', { name: 'Library' });
    for (const panel of ['Sources', 'Tags', 'Settings', 'Trash']) {
      await nav.getByRole('button', { name: new RegExp(`^${panel}`) }).click();
      await expect(page.getByRole('heading', { name: panel, exact: true })).toBeVisible();
      await audit(page, testInfo, `${scheme}-${panel.toLowerCase()}`);
    }
    // a problem in Settings: the field marked and described by its message, beside it
    await nav.getByRole('button', { name: /^Settings/ }).click();
    const verifiedKey = page.getByRole('region', { name: 'Statuses' }).getByLabel('Key of Verified');
    await verifiedKey.fill('j');
    await expect(verifiedKey).toHaveAttribute('aria-invalid', 'true');
    await audit(page, testInfo, `${scheme}-settings-problem`);
    await verifiedKey.fill('v');
    await expect(verifiedKey).not.toHaveAttribute('aria-invalid');

    // the screens across the library: documents, the claims table with a search, the charts
    await nav.getByRole('button', { name: /^All documents/ }).click();
    await expect(page.locator('.documents-table tbody tr')).toHaveCount(1);
    await audit(page, testInfo, `${scheme}-library`);
    await nav.getByRole('button', { name: /^All claims/ }).click();
    await page.getByRole('searchbox', { name: 'Search claims' }).fill('forces');
    await expect(page.locator('.claims-table mark.search-hit').first()).toBeVisible();
    await page.getByRole('checkbox', { name: /^Select all/ }).check();
    await audit(page, testInfo, `${scheme}-claims-table`);
    await page.getByRole('button', { name: 'Charts' }).click();
    await expect(page.locator('figure.chart')).toHaveCount(4);
    // these claims name no source: the sources chart says so instead of drawing empty axes
    await expect(page.locator('figure.chart').nth(2)).toContainText('No claim here names a source.');
    await audit(page, testInfo, `${scheme}-charts`);

    await page.locator('.doc-list__item').click();
    await page.keyboard.press('Control+k');
    await expect(page.getByRole('dialog')).toBeVisible();
    await audit(page, testInfo, `${scheme}-palette`);
    await page.keyboard.press('Escape');
    await page.keyboard.press('?');
    await expect(page.getByRole('dialog')).toBeVisible();
    await audit(page, testInfo, `${scheme}-shortcuts`);
  });
}

interface Probe {
  className: string;
  /** the highlight colour (--hl), for claim highlights */
  colour?: string;
}

/** Rendered contrast of text, underline and outline of spans drawn in the article, measured from pixels. */
async function renderedContrasts(page: Page, probes: Probe[]) {
  return page.evaluate((list) => {
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 1;
    const context = canvas.getContext('2d', { willReadFrequently: true })!;
    const paint = (...layers: string[]) => {
      for (const layer of layers) {
        context.fillStyle = layer;
        context.fillRect(0, 0, 1, 1);
      }
      return [...context.getImageData(0, 0, 1, 1).data.slice(0, 3)];
    };
    const luminance = (rgb: number[]) => {
      const [r, g, b] = rgb.map((v) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const contrast = (a: number[], b: number[]) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (hi! + 0.05) / (lo! + 0.05);
    };
    const host = document.querySelector('.article-text')!;
    const pageBackground = getComputedStyle(document.body).backgroundColor;
    return list.map(({ className, colour }) => {
      const span = document.createElement('span');
      span.className = className;
      if (colour) span.style.setProperty('--hl', colour);
      span.textContent = 'x';
      host.append(span);
      const style = getComputedStyle(span);
      const background = paint(pageBackground, style.backgroundColor);
      // the stripes a patterned status is hatched with, over its tint
      const stripe = document.createElement('span');
      stripe.style.backgroundColor = 'var(--hl-stripe)';
      span.append(stripe);
      const measured = {
        probe: colour ?? className,
        text: contrast(paint(style.color), background),
        textOnStripes: contrast(paint(style.color), paint(pageBackground, style.backgroundColor, getComputedStyle(stripe).backgroundColor)),
        ink: contrast(paint(pageBackground, style.borderBottomColor), background),
        box: contrast(paint(pageBackground, style.borderTopColor), background),
        boxStyle: style.borderTopStyle,
      };
      span.remove();
      return measured;
    });
  }, probes);
}

test('highlights in every default colour keep the text readable and the underline visible, in both themes', async ({ page, server, pageErrors }) => {
  void pageErrors;
  await page.goto(server.url);
  await page.getByTestId('import-input').setInputFiles(SEED);
  await expect(page.locator('.article-text')).toBeVisible();
  const { taxonomy } = await server.call<{ taxonomy: Record<'statuses' | 'attributionTypes' | 'sourceKinds', Array<{ color: string }>> }>('library:get', {});
  const colours = [...new Set([...taxonomy.statuses, ...taxonomy.attributionTypes, ...taxonomy.sourceKinds].map((e) => e.color))];
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const measured = await renderedContrasts(page, colours.map((colour) => ({ className: 'claim-hl', colour })));
    console.log(`${scheme}: text over highlight ≥ ${Math.min(...measured.map((m) => m.text)).toFixed(2)}, underline ≥ ${Math.min(...measured.map((m) => m.ink)).toFixed(2)}, hatched ≥ ${Math.min(...measured.map((m) => m.textOnStripes)).toFixed(2)}`);
    expect(measured.filter((m) => m.text < 4.5), `${scheme}: text over a highlight below 4.5:1`).toEqual([]);
    expect(measured.filter((m) => m.textOnStripes < 4.5), `${scheme}: text over a hatched highlight's stripes below 4.5:1`).toEqual([]);
    expect(measured.filter((m) => m.ink < 3), `${scheme}: underline below 3:1`).toEqual([]);
  }
});

test('suggested claims keep their text readable and their dashed box visible, in both themes', async ({ page, server, pageErrors }) => {
  void pageErrors;
  await page.goto(server.url);
  await page.getByTestId('import-input').setInputFiles(SEED);
  await expect(page.locator('.article-text')).toBeVisible();
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const measured = await renderedContrasts(page, [{ className: 'suggestion-hl' }, { className: 'suggestion-hl is-current' }]);
    console.log(`${scheme}: suggestion text ≥ ${Math.min(...measured.map((m) => m.text)).toFixed(2)}, box ≥ ${Math.min(...measured.map((m) => m.box)).toFixed(2)}`);
    for (const m of measured) {
      expect(m.boxStyle, m.probe).toBe('dashed');
      expect(m.text, `${scheme} ${m.probe}: text`).toBeGreaterThanOrEqual(4.5);
      expect(m.box, `${scheme} ${m.probe}: box`).toBeGreaterThanOrEqual(3);
    }
  }
});

test('“unverified” and “unverifiable”, both grey, are told apart in the text and the legend, in both themes', async ({ page, server, pageErrors }, testInfo) => {
  void pageErrors;
  await page.goto(server.url);
  await page.getByTestId('import-input').setInputFiles(SEED);
  const [first, second] = seedClaims();
  await makeClaim(page, first!.exact);
  await makeClaim(page, second!.exact);
  await chooseStatus(page, 'unverifiable');
  await expect(page.getByTestId('save-state')).toHaveText('saved');
  const look = (selector: string) =>
    page.locator(selector).first().evaluate((e) => {
      const style = getComputedStyle(e);
      return { underline: style.borderBottomStyle, pattern: style.backgroundImage.includes('gradient'), fill: style.backgroundColor };
    });
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    expect(await look('.claim-hl[data-status="unverified"]')).toMatchObject({ underline: 'solid', pattern: false });
    expect(await look('.claim-hl[data-status="unverifiable"]')).toMatchObject({ underline: 'dashed', pattern: true });
    // in the legend, a dot and a ring
    expect((await look('.legend [data-status-color="unverified"] .status-dot__swatch')).fill).not.toBe('rgba(0, 0, 0, 0)');
    expect((await look('.legend [data-status-color="unverifiable"] .status-dot__swatch')).fill).toBe('rgba(0, 0, 0, 0)');
    await page.screenshot({ path: testInfo.outputPath(`unverifiable-${scheme}.png`) });
  }
  // coloured by attribution, no pattern speaks of the status
  await page.getByLabel('Colour by').selectOption('attribution');
  await expect.poll(() => look('.claim-hl[data-status="unverifiable"]')).toMatchObject({ underline: 'solid', pattern: false });
});

test('the first Tab offers to skip to the article, which then shows that it has the focus', async ({ page, server, pageErrors }, testInfo) => {
  void pageErrors;
  await page.goto(server.url);
  await page.getByTestId('import-input').setInputFiles(SEED);
  await expect(page.locator('.article-text')).toBeVisible();
  // the opened article has the focus: Tab starts again from the top of the page, as on a fresh load
  await page.evaluate(() => {
    const start = document.createElement('button');
    document.body.prepend(start);
    start.focus();
    start.remove();
  });
  await page.keyboard.press('Tab');
  const skip = page.getByRole('button', { name: 'Skip to the main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('.article-text')).toBeFocused();
  expect(await page.locator('.article-text').evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
  await page.screenshot({ path: testInfo.outputPath('article-focused.png') });
});
