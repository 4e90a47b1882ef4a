import { existsSync } from 'node:fs';
import { Core } from '../../main/core/core';
import { generateLibrary } from './generate-library';
const dir = '/tmp/benchkeep/library';
if (!existsSync(dir)) await generateLibrary(dir, { documents: 2000, claimsPerDocument: 100, seed: 11 });
const core = await Core.open(dir, { backupIntervalMs: 0 });
let t = performance.now();
await core.catalog.claims();
console.log('catalog', (performance.now() - t).toFixed(0));
t = performance.now();
await core.claimIndex.warm();
console.log('index', (performance.now() - t).toFixed(0));
const qs = ['forces', 'forces attacked', '"US forces"', 'forc', 'forces status:false', 'source:a forces', 'tag:syria -forces', '', 'tag:syria', 'Resistance', 'mortality', 'Ebola'];
for (let round = 0; round < 2; round++) for (const q of qs) {
  const t0 = performance.now();
  const words = q.split(' ').filter((w) => w && !w.includes(':') && !w.startsWith('-') && !w.startsWith('"'));
  const m = words.length ? await core.claimIndex.search(words, []) : null;
  const t1 = performance.now();
  const r = await core.claimQueries.query({ query: q + ' '.repeat(round), facets: {} }, { column: 'relevance', descending: true }, 0, 100);
  const t2 = performance.now();
  await core.claimQueries.facets({ query: q + ' '.repeat(round), facets: {} });
  console.log(JSON.stringify(q), r.total, 'index', (t1 - t0).toFixed(1), 'query', (t2 - t1).toFixed(1), 'facets', (performance.now() - t2).toFixed(1));
}
await core.close();
