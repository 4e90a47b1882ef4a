// npm run bench:library — the library-wide screens at 2,000 documents and 200,000 claims: building
// the claim catalog and search index, search latency over varied queries (words, prefixes,
// phrases, field filters; p50/p95: the first page of rows), the facet counts asked for after it,
// the claims table's first render in Chromium (warm index), a status key's time to the screen in a
// document opened from the sidebar, and peak memory. Prints one JSON line. Needs the built app and
// Chromium.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { ClaimFilter } from '@shared/search/claim-filter';
import { Core } from '../../main/core/core';
import { seededRandom } from '../helpers/seeded-random';
import { generateLibrary } from './generate-library';
import { option, peakRssMb, percentile, round, timed } from './measure';
import { serveLibrary } from './serve-library';

const CHROMIUM = process.env.CORROBORATE_CHROMIUM ?? '/usr/bin/chromium';
const documents = option('docs', 2000);
const claimsPerDocument = option('claims-per-doc', 100);
const QUERIES = option('queries', 200);
const RENDERS = 5;
const STATUS_KEYS = 20;

/** Varied queries drawn from the claims' own words, so each one finds something and none is cached. */
const SHAPES = ['word', 'two words', 'phrase', 'prefix', 'word status:', 'source: word', 'tag: -word'];

function queries(core: Core, count: number): Promise<ClaimFilter[]> {
  return core.catalog.claims().then((claims) => {
    const next = seededRandom(5);
    const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
    const words = (claim: { quote: string }) => claim.quote.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 3);
    const made: ClaimFilter[] = [];
    for (let i = 0; made.length < count; i++) {
      const claim = pick(claims);
      const own = words(claim);
      if (own.length < 3) continue;
      const at = Math.floor(next() * (own.length - 2));
      const shapes = [
        own[at]!,
        `${own[at]} ${own[at + 1]}`,
        `"${own[at]} ${own[at + 1]}"`,
        `${own[at]!.slice(0, 4)}`,
        `${own[at]} status:${claim.status === 'in-progress' ? 'in-progress' : claim.status}`,
        `source:a ${own[at]}`,
        `tag:syria -${own[at + 2]}`,
      ];
      made.push({ query: shapes[made.length % shapes.length]!, facets: made.length % 5 === 0 ? { statuses: ['unverified', 'false'] } : {} });
    }
    return made;
  });
}

async function openApp(url: string): Promise<{ browser: Browser; page: Page }> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(url);
  await page.getByRole('button', { name: /^All documents/ }).waitFor();
  return { browser, page };
}

/**
 * Status keys on a claim of a document opened from the sidebar, alternating F and V: ms from the
 * key press until its highlight shows the new status (the first four, while the page warms, left out).
 */
async function statusKeys(url: string): Promise<number[]> {
  const { browser, page } = await openApp(url);
  await page.locator('.doc-list__item').first().click();
  await page.locator('.claim-hl').first().click();
  const times: number[] = [];
  for (let i = 0; i < STATUS_KEYS + 4; i++) {
    const status = i % 2 ? 'verified' : 'false';
    const start = Date.now();
    await page.keyboard.press(i % 2 ? 'v' : 'f');
    await page.waitForFunction((s) => document.querySelector('.claim-hl.is-selected')?.getAttribute('data-status') === s, status, { polling: 'raf', timeout: 10_000 });
    if (i >= 4) times.push(Date.now() - start);
  }
  await browser.close();
  return times;
}

async function firstRender(url: string): Promise<number[]> {
  const { browser, page } = await openApp(url);
  const times: number[] = [];
  for (let i = 0; i < RENDERS; i++) {
    times.push(
      await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const start = performance.now();
            [...document.querySelectorAll<HTMLElement>('.sidebar__link')].find((b) => b.textContent?.startsWith('All claims'))!.click();
            const check = () => (document.querySelector('.claims-table__open') ? requestAnimationFrame(() => resolve(performance.now() - start)) : requestAnimationFrame(check));
            check();
          }),
      ),
    );
    await page.getByRole('button', { name: /^All documents/ }).click();
    await page.locator('.documents-table').waitFor();
  }
  await browser.close();
  return times;
}

// --keep DIR: generate the library there once and reuse it on later runs
const keep = process.argv.includes('--keep') ? process.argv[process.argv.indexOf('--keep') + 1]! : null;
const root = keep ?? mkdtempSync(join(tmpdir(), 'corroborate-bench-library-'));
try {
  const library = join(root, 'library');
  if (!keep || !existsSync(library)) await generateLibrary(library, { documents, claimsPerDocument, seed: 11 });
  const core = await Core.open(library, { backupIntervalMs: 0 });
  const indexBuildMs = await timed(() => core.claimIndex.warm());
  const indexOnlyMs = core.claimIndex.lastBuildMs;
  const filters = await queries(core, QUERIES);
  const latencies: number[] = [];
  const facetLatencies: number[] = [];
  const byShape = new Map<string, number[]>();
  for (const [i, filter] of filters.entries()) {
    const ms = await timed(() => core.claimQueries.query(filter, { column: 'relevance', descending: true }, 0, 100));
    latencies.push(ms);
    byShape.set(SHAPES[i % SHAPES.length]!, [...(byShape.get(SHAPES[i % SHAPES.length]!) ?? []), ms]);
    facetLatencies.push(await timed(() => core.claimQueries.facets(filter)));
  }
  const facetOnly = await timed(() => core.claimQueries.query({ query: '', facets: { statuses: ['false'] } }, { column: 'quote', descending: false }, 0, 100));
  await core.close();

  const server = await serveLibrary(library);
  // the app builds the catalog and index in the background after it starts; wait for both, as a
  // user who opens the claims screen a minute after starting would (a word query needs the index)
  const token = /token=([0-9a-f]+)/.exec(server.url)![1]!;
  const ask = (query: string) =>
    fetch(new URL('/rpc/claims:query', server.url), { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Corroborate-Token': token }, body: JSON.stringify({ filter: { query, facets: {} }, sort: { column: 'updated', descending: true }, offset: 0, limit: 1 }) });
  await ask('forces');
  await ask('');
  const renders = await firstRender(server.url);
  const keys = await statusKeys(server.url);
  await server.stop();

  console.log(
    JSON.stringify({
      documents,
      claims: documents * claimsPerDocument,
      search_p50_ms: round(percentile(latencies, 50)),
      search_p95_ms: round(percentile(latencies, 95)),
      search_by_shape: Object.fromEntries([...byShape].map(([shape, times]) => [shape, { p50: round(percentile(times, 50)), p95: round(percentile(times, 95)) }])),
      facets_p50_ms: round(percentile(facetLatencies, 50)),
      facets_p95_ms: round(percentile(facetLatencies, 95)),
      table_first_render_ms: round(percentile(renders, 50)),
      table_first_render_max_ms: round(Math.max(...renders)),
      status_key_to_screen_p50_ms: round(percentile(keys, 50)),
      status_key_to_screen_p95_ms: round(percentile(keys, 95)),
      index_build_ms: round(indexBuildMs),
      index_only_ms: round(indexOnlyMs),
      facet_sort_all_ms: round(facetOnly),
      peak_rss_mb: peakRssMb(),
    }),
  );
} finally {
  if (!keep) rmSync(root, { recursive: true, force: true });
}
