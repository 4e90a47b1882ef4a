// npm run bench:store — the store at 2,000 documents and 200,000 claims (DESIGN.md section 8):
// claim save latency against the disk's own floor measured in the same run, library and document
// open times, peak memory, and the same saves in one big lowdb file (the naive design).
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { open, rename } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { Core } from '../../main/core/core';
import { seededRandom } from '../helpers/seeded-random';
import { generateLibrary } from './generate-library';
import { option, peakRssMb, percentile, round, timed } from './measure';

/** The disk's floor: write + fsync + rename + folder fsync of a file of `bytes`, no store around it. */
async function rawDurableWrite(dir: string, bytes: Buffer): Promise<void> {
  const temporary = join(dir, `.floor.${randomBytes(4).toString('hex')}.tmp`);
  const handle = await open(temporary, 'wx', 0o600);
  await handle.writeFile(bytes);
  await handle.sync();
  await handle.close();
  await rename(temporary, join(dir, 'floor.json'));
  const folder = await open(dir, 'r');
  await folder.sync();
  await folder.close();
}

/** The naive design, in its own process so its memory does not count: every save writes everything. */
async function naiveSingleFile(dir: string, saves: number): Promise<void> {
  const documents = readdirSync(join(dir, 'documents')).map((name) => JSON.parse(readFileSync(join(dir, 'documents', name), 'utf8')));
  const db = new Low(new JSONFile<{ documents: Array<{ claims: Array<{ note: string }> }> }>(join(dir, 'single.json')), { documents });
  await db.write();
  const times: number[] = [];
  for (let i = 0; i < saves; i++) {
    db.data.documents[i % documents.length]!.claims[0]!.note = `saved ${i}`;
    times.push(await timed(() => db.write()));
  }
  process.stdout.write(`${JSON.stringify({ p95: percentile(times, 95) })}\n`);
}

async function main(): Promise<void> {
  const naiveAt = process.argv.indexOf('--naive');
  if (naiveAt >= 0) return naiveSingleFile(process.argv[naiveAt + 1]!, option('saves', 5));

  const documents = option('docs', 2000);
  const claimsPerDocument = option('claims-per-doc', 100);
  const saves = option('saves', 400);
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-bench-store-'));
  try {
    const library = await generateLibrary(dir, { documents, claimsPerDocument, seed: 7 });
    const next = seededRandom(11);

    const openTimes: number[] = [];
    for (let i = 0; i < 5; i++) {
      let core: Core | undefined;
      openTimes.push(await timed(async () => (core = await Core.open(dir, { backupIntervalMs: 0 }))));
      if (core!.libraryView().documents.length !== documents) throw new Error('the library did not open whole');
      await core!.close();
    }

    const core = await Core.open(dir);
    const documentOpenTimes: number[] = [];
    for (let i = 0; i < 50; i++) {
      const id = library.documentIds[Math.floor(next() * library.documentIds.length)]!;
      documentOpenTimes.push(await timed(() => core.store.getDocument(id)));
    }

    const floorDir = mkdtempSync(join(tmpdir(), 'corroborate-bench-floor-'));
    const floorBytes = randomBytes(library.typicalFileBytes);
    const saveTimes: number[] = [];
    const floorTimes: number[] = [];
    for (let i = 0; i < saves; i++) {
      const documentId = library.documentIds[Math.floor(next() * library.documentIds.length)]!;
      const doc = await core.store.getDocument(documentId);
      const claim = doc.claims[Math.floor(next() * doc.claims.length)]!;
      saveTimes.push(await timed(() => core.claims.update({ documentId, claimId: claim.id, changes: { status: i % 2 ? 'verified' : 'in-progress', note: `checked ${i}` } })));
      floorTimes.push(await timed(() => rawDurableWrite(floorDir, floorBytes)));
    }
    await core.close();
    rmSync(floorDir, { recursive: true, force: true });
    const peak = peakRssMb();

    const naive = spawnSync(process.execPath, ['--max-old-space-size=8192', process.argv[1]!, '--naive', dir, '--saves', '5'], { encoding: 'utf8' });
    if (naive.status !== 0) throw new Error(`the single-file run failed: ${naive.stderr}`);
    const singleFileP95 = (JSON.parse(naive.stdout.trim().split('\n').at(-1)!) as { p95: number }).p95;

    const saveP95 = percentile(saveTimes, 95);
    const floorP95 = percentile(floorTimes, 95);
    const figures = {
      benchmark: 'store',
      documents,
      claims: library.claims,
      typical_file_kb: round(library.typicalFileBytes / 1024, 1),
      save_p50_ms: round(percentile(saveTimes, 50)),
      save_p95_ms: round(saveP95),
      save_p99_ms: round(percentile(saveTimes, 99)),
      library_open_ms: round(percentile(openTimes, 50)),
      document_open_ms: round(percentile(documentOpenTimes, 95)),
      peak_rss_mb: peak,
      floor_p95_ms: round(floorP95),
      overhead_ratio: round(saveP95 / floorP95),
      single_file_save_p95_ms: round(singleFileP95),
      speedup: round(singleFileP95 / saveP95, 1),
    };
    process.stdout.write(`${JSON.stringify(figures)}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
