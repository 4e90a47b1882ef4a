// The crash loop of DESIGN.md section 9, promise 2: a child process writes claims through the real
// store and prints each acknowledged write; the parent kills it with SIGKILL at a random moment;
// then the library must open, validate, and hold every acknowledged write.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Core } from '../../main/core/core';
import { bundleChild } from './bundle-child';
import { SEED_FILE } from './fixtures';

const WRITER = join(import.meta.dirname, '..', 'main', 'core', 'store', 'children', 'store-writer.ts');

export interface CrashLoopOptions {
  library: string;
  iterations: number;
  /** longest wait before the kill, from the child's start (ms) */
  maxDelayMs?: number;
  onIteration?: (index: number, acked: number) => void;
}

export interface CrashLoopResult {
  kills: number;
  acknowledged: number;
  claimsAtEnd: number;
}

interface Expectation {
  /** the last acknowledged note sequence of each live claim */
  notes: Map<string, number>;
  deleted: Set<string>;
}

function wait(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Runs one writer until it is killed; returns the lines it acknowledged. The kill comes `delayMs`
 * after the writer is ready, or, when `duringStartUp`, that long after it was started (while it
 * sweeps, checks the index and takes its first backup).
 */
async function runUntilKilled(bundle: string, library: string, documentId: string, seed: number, delayMs: number, duringStartUp: boolean): Promise<string[]> {
  const child = spawn(process.execPath, [bundle, 'crash', library, documentId, String(seed)], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  child.stdout.on('data', (d) => {
    out += d;
    if (out.startsWith('ready\n')) markReady();
  });
  child.stderr.on('data', (d) => (err += d));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  if (!duringStartUp) await Promise.race([ready, exited, wait(10_000)]);
  await Promise.race([wait(delayMs), exited]);
  if (child.exitCode !== null) throw new Error(`the writer stopped by itself (exit ${child.exitCode}): ${err}`);
  child.kill('SIGKILL');
  await exited;
  return out.split('\n').filter((l) => l !== '' && l !== 'ready');
}

function record(expect: Expectation, lines: string[]): void {
  for (const line of lines) {
    const [op, id, seq] = line.split(' ');
    if (op === 'deleting') {
      // In flight when the kill came, the delete may or may not have reached the disk.
      expect.notes.delete(id!);
    } else if (op === 'delete') {
      expect.notes.delete(id!);
      expect.deleted.add(id!);
    } else expect.notes.set(id!, Number(seq));
  }
}

/** Opens the library as the app would and checks every acknowledged write is there. */
async function verify(library: string, documentId: string, expect: Expectation): Promise<number> {
  const core = await Core.open(library, { lock: { description: 'crash-loop checker' }, backupIntervalMs: 0 });
  try {
    const errors = core.libraryView().notices.filter((n) => n.level !== 'info');
    if (errors.length > 0) throw new Error(`the library reports problems: ${errors.map((e) => e.message).join(' | ')}`);
    const doc = await core.store.getDocument(documentId);
    const byId = new Map(doc.claims.map((c) => [c.id, c]));
    for (const [id, seq] of expect.notes) {
      const claim = byId.get(id);
      if (!claim) throw new Error(`acknowledged claim ${id} (seq ${seq}) is missing; on disk: ${doc.claims.length} claims, notes ${doc.claims.map((c) => c.note.slice(4)).sort().join(',')}`);
      const onDisk = Number(claim.note.slice('seq:'.length));
      if (!(onDisk >= seq)) throw new Error(`claim ${id} holds seq ${onDisk}, older than the acknowledged ${seq}`);
    }
    for (const id of expect.deleted) if (byId.has(id)) throw new Error(`claim ${id} was deleted (acknowledged) but is back`);
    const summary = core.libraryView().documents.find((d) => d.id === documentId)!;
    if (summary.claimTotal !== doc.claims.length) throw new Error(`index says ${summary.claimTotal} claims, the file holds ${doc.claims.length}`);
    const everywhere = [library, join(library, 'documents'), join(library, 'backups')].flatMap((dir) => readdirSync(dir, { recursive: true }).map(String));
    const leftovers = everywhere.filter((n) => n.endsWith('.tmp') || n.includes('.staging-'));
    if (leftovers.length > 0) throw new Error(`left over after start-up: ${leftovers.join(', ')}`);
    for (const backup of (await core.store.backups.list()).slice(0, 2)) {
      const problem = await core.store.backups.verify(backup.id);
      if (problem) throw new Error(`backup ${backup.id} does not verify: ${problem}`);
    }
    return doc.claims.length;
  } finally {
    await core.close();
  }
}

export async function runCrashLoop(options: CrashLoopOptions): Promise<CrashLoopResult> {
  const bundle = await bundleChild(WRITER);
  const setup = await Core.open(options.library, { backupIntervalMs: 0 });
  const documentId = (await setup.imports.importPath(SEED_FILE)).document.id;
  await setup.close();
  const expect: Expectation = { notes: new Map(), deleted: new Set() };
  let acknowledged = 0;
  let claims = 0;
  for (let i = 0; i < options.iterations; i++) {
    const duringStartUp = Math.random() < 0.15;
    const delay = Math.floor(Math.random() * (duringStartUp ? 300 : (options.maxDelayMs ?? 120)));
    const lines = await runUntilKilled(bundle, options.library, documentId, i + 1, delay, duringStartUp);
    acknowledged += lines.filter((l) => !l.startsWith('deleting ')).length;
    record(expect, lines);
    claims = await verify(options.library, documentId, expect);
    options.onIteration?.(i, lines.length);
  }
  return { kills: options.iterations, acknowledged, claimsAtEnd: claims };
}
