// npm run bench:export — exports of a 200,000-claim library (2,000 documents of 100 claims,
// DESIGN.md section 8): every format's time from the store to a file on disk and the peak memory
// of the process after them (every format streams), then importing the JSON-LD into an empty
// library, and the peak memory after that.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Core } from '../../main/core/core';
import { createWorkerExportRenderer } from '../../main/core/exports/worker-export-renderer';
import { generateLibrary } from './generate-library';
import { option, peakRssMb, round, timed } from './measure';

const documents = option('docs', 2000);
const claimsPerDocument = option('claims-per-doc', 100);

const root = mkdtempSync(join(tmpdir(), 'corroborate-bench-export-'));
try {
  await generateLibrary(join(root, 'library'), { documents, claimsPerDocument, seed: 7 });
  const core = await Core.open(join(root, 'library'), { backupIntervalMs: 0, exportRenderer: createWorkerExportRenderer() });
  const figures: Record<string, number> = {};
  const sizes: Record<string, number> = {};
  for (const format of ['csv', 'jsonld', 'md', 'html', 'claimreview', 'qdpx', 'archive'] as const) {
    global.gc?.();
    const out = join(root, `export.${format}`);
    figures[`${format}_ms`] = round(await timed(() => core.writeExport(format, [], out)), 0);
    sizes[`${format}_mb`] = round(statSync(out).size / 1024 / 1024, 1);
  }
  await core.close();
  figures.export_peak_rss_mb = peakRssMb();
  const empty = await Core.open(join(root, 'empty'), { backupIntervalMs: 0 });
  global.gc?.();
  figures.import_jsonld_ms = round(await timed(() => empty.exchange.importPath(join(root, 'export.jsonld'))), 0);
  await empty.close();
  console.log(JSON.stringify({ documents, claims: documents * claimsPerDocument, ...figures, peak_rss_mb: peakRssMb(), ...sizes }));
} finally {
  rmSync(root, { recursive: true, force: true });
}
