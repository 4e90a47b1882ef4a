// npm run bench:editor — the workspace in Chromium with a 50,000-word article carrying 2,000
// claims: time to open it and be ready to annotate, time to add a claim and to restyle one (the
// highlight update, as the editor measures it, and key-to-screen including the save), heap size.
// Needs the built app (npm run build) and Chromium (/usr/bin/chromium or CORROBORATE_CHROMIUM).
/// <reference types="electron-vite/node" />
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { projectText } from '@shared/text/projection';
import { Core } from '../../main/core/core';
import { option, percentile, round } from './measure';
import { serveLibrary as serve } from './serve-library';

const ROOT = process.env.CORROBORATE_ROOT ?? join(import.meta.dirname, '..', '..');
const CHROMIUM = process.env.CORROBORATE_CHROMIUM ?? '/usr/bin/chromium';
const WORDS = option('words', 50_000);
const CLAIMS = option('claims', 2_000);
const STATUSES = ['unverified', 'in-progress', 'verified', 'partly-true', 'disputed', 'false'];

/** A long article made of the bundled sample's paragraphs, numbered so no two are the same. */
function longArticle(words: number): string {
  const paragraphs = readFileSync(join(ROOT, 'main', 'core', 'samples', 'wikinews-2019-08-15-ebola-treatments.txt'), 'utf8')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.split(/\s+/).length > 25);
  const out: string[] = ['date 2019-08-15 A very long report on Ebola treatments', 'By Bench Wire', ''];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const paragraph = `(${i + 1}) ${paragraphs[i % paragraphs.length]}`;
    out.push(paragraph);
    count += paragraph.split(/\s+/).length;
  }
  return out.join('\n');
}

async function makeLibrary(dir: string): Promise<void> {
  const core = await Core.open(dir, { backupIntervalMs: 0 });
  const file = join(dir, '..', 'long-article.txt');
  writeFileSync(file, longArticle(WORDS));
  const { document } = await core.imports.importPath(file);
  const text = projectText((await core.store.getDocument(document.id)).content);
  const step = Math.floor(text.length / CLAIMS);
  for (let i = 0; i < CLAIMS; i++) {
    const start = i * step + (text.slice(i * step).search(/\S/) || 0);
    const end = Math.min(text.length, start + Math.max(20, Math.floor(step * 0.6)));
    await core.claims.create({ documentId: document.id, start, end, changes: { status: STATUSES[i % STATUSES.length] } });
  }
  await core.imports.importPath(join(ROOT, 'main', 'core', 'samples', 'wikinews-2019-08-15-ebola-treatments.txt'));
  await core.close();
}

/** Clicks a document in the library list; milliseconds until its highlights are on screen. */
function openDocument(page: Page, index: number, claims: number): Promise<number> {
  return page.evaluate(
    ([i, n]) =>
      new Promise<number>((resolve) => {
        const start = performance.now();
        (document.querySelectorAll<HTMLElement>('.doc-list__item')[i]!).click();
        const check = () => {
          const ready = document.querySelector('[data-ready]')?.getAttribute('data-ready');
          if (ready === String(n) && (n === 0 || document.querySelectorAll('.claim-hl').length > 0)) requestAnimationFrame(() => resolve(performance.now() - start));
          else requestAnimationFrame(check);
        };
        check();
      }),
    [index, claims] as const,
  );
}

/** Durations of the editor's highlight updates of one kind since the last call. */
async function highlightUpdates(page: Page, kind: string): Promise<number[]> {
  return page.evaluate((type) => {
    const entries = performance.getEntriesByName('corroborate:highlights').filter((e) => (e as PerformanceMeasure).detail === type);
    performance.clearMeasures('corroborate:highlights');
    return entries.map((e) => e.duration);
  }, kind);
}

/** The number of claims the claims list shows in its title (it draws only the rows in view). */
async function claimCount(page: Page): Promise<number> {
  return Number(await page.locator('#claims-title .pane-title__count').textContent());
}

/** Selects the claim in the middle of the text by clicking its highlight, then its row in the list. */
async function selectMiddleClaim(page: Page): Promise<void> {
  const id = await page.evaluate((n) => [...new Set([...document.querySelectorAll('.claim-hl')].map((e) => e.getAttribute('data-claim-id')))][Math.floor(n / 2)], CLAIMS);
  await page.locator(`.claim-hl[data-claim-id="${id}"]`).first().click();
  await page.locator(`.claim-item[aria-current="true"][data-claim-item="${id}"]`).click();
}

/** Selects `length` characters of the paragraph at `index` and presses C; ms until it is drawn. */
async function addClaim(page: Page, index: number): Promise<number> {
  await page.evaluate((i) => {
    const paragraphs = document.querySelectorAll('.article-text p');
    const paragraph = paragraphs[Math.floor(((i + 0.5) * paragraphs.length) / 20)]!;
    const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
    const node = walker.nextNode()!;
    const range = document.createRange();
    range.setStart(node, 0);
    range.setEnd(node, Math.min(node.textContent!.length, 12));
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    document.dispatchEvent(new Event('selectionchange'));
  }, index);
  const before = await claimCount(page);
  const start = Date.now();
  await page.keyboard.press('c');
  await page.waitForFunction((n) => Number(document.querySelector('#claims-title .pane-title__count')?.textContent) > n && document.querySelector('.claim-item[aria-current="true"]'), before, { polling: 'raf' });
  const elapsed = Date.now() - start;
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  return elapsed;
}

/** With --profile: where the page's time goes (self time by function) while claims are added. */
async function startProfile(page: Page): Promise<() => Promise<string>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.start');
  return async () => {
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: { nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number } }>; samples: number[]; timeDeltas: number[] } };
    const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
    const selfMs = new Map<string, number>();
    profile.samples.forEach((id, i) => {
      const frame = byNode.get(id)!.callFrame;
      const name = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}:${frame.lineNumber}`;
      selfMs.set(name, (selfMs.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
    });
    return [...selfMs].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([name, ms]) => `${ms.toFixed(1).padStart(8)} ms  ${name}`).join('\n');
  };
}

const dir = mkdtempSync(join(tmpdir(), 'corroborate-bench-editor-'));
const library = join(dir, 'library');
try {
  if (!existsSync(join(ROOT, 'out', 'renderer', 'index.html'))) throw new Error('Build the app first: npm run build');
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: apt-get install -y chromium, or set CORROBORATE_CHROMIUM`);
  const made = Date.now();
  await makeLibrary(library);
  console.error(`library made in ${Date.now() - made} ms`);
  const server = await serve(library);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(server.url);
    await page.locator('.doc-list__item').first().waitFor();
    const titles = await page.locator('.doc-list__item').allTextContents();
    const big = titles.findIndex((t) => t.includes('A very long report'));
    if (big < 0) throw new Error(`The long article is not in the library list: ${titles.join(' | ')}`);
    const small = big === 0 ? 1 : 0;
    const opens: number[] = [];
    const openProfiler = process.argv.includes('--profile-open') ? await startProfile(page) : null;
    for (let i = 0; i < 5; i++) {
      opens.push(await openDocument(page, big, CLAIMS));
      await openDocument(page, small, 0);
    }
    await openDocument(page, big, CLAIMS);
    if (openProfiler) console.error(await openProfiler());
    const parts = await page.evaluate(() => ({
      editor: performance.getEntriesByName('corroborate:open-document').map((e) => Math.round(e.duration)),
      highlights: performance.getEntriesByName('corroborate:highlights').filter((e) => (e as PerformanceMeasure).detail === 'set').map((e) => Math.round(e.duration)),
    }));
    console.error(`opened: ${opens.map((o) => o.toFixed(0)).join(', ')} ms; editor ${parts.editor.join(', ')}; highlights ${parts.highlights.join(', ')}`);
    await highlightUpdates(page, 'upsert');

    const visible: number[] = [];
    const profiler = process.argv.includes('--profile') ? await startProfile(page) : null;
    for (let i = 0; i < 20; i++) visible.push(await addClaim(page, i));
    if (profiler) console.error(await profiler());
    const adds = await highlightUpdates(page, 'upsert');

    const restyles: number[] = [];
    await selectMiddleClaim(page);
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press(i % 2 ? 'v' : 'f');
      const status = i % 2 ? 'verified' : 'false';
      await page.waitForFunction((s) => document.querySelector('.claim-hl.is-selected')?.getAttribute('data-status') === s, status, { polling: 'raf', timeout: 5000 });
      restyles.push(...(await highlightUpdates(page, 'upsert')));
    }
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    console.log(
      JSON.stringify({
        words: WORDS,
        claims: CLAIMS,
        open_ms: round(percentile(opens, 50), 1),
        open_max_ms: round(Math.max(...opens), 1),
        add_claim_ms: round(percentile(adds, 95), 2),
        add_claim_key_to_screen_ms: round(percentile(visible, 50), 1),
        restyle_claim_ms: round(percentile(restyles, 95), 2),
        heap_mb: round(heap.usedSize / 1024 / 1024, 1),
      }),
    );
  } finally {
    await browser.close();
    await server.stop();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
