import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, SEED_FILE } from '../../helpers/fixtures';
import { runCli } from '../../helpers/run-cli';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();

const run = runCli;

describe('command line', () => {
  it('imports files, printing one JSON line each, and lists them', async () => {
    const library = tempDir();
    const imported = await run(['import', SEED_FILE, '--library', library]);
    expect(imported.code).toBe(0);
    const line = JSON.parse(imported.out[0]!);
    expect(line).toMatchObject({ status: 'imported', title: 'US Occupation Forces Attacked in Northeast Syria' });

    const again = await run(['import', SEED_FILE, '--library', library]);
    expect(JSON.parse(again.out[0]!)).toMatchObject({ status: 'duplicate', id: line.id });

    const listed = await run(['list', '--json', '--library', library]);
    expect(listed.out.map((l) => JSON.parse(l))).toEqual([{ id: line.id, title: 'US Occupation Forces Attacked in Northeast Syria', published: '2023-11-11', claims: 0, byStatus: {} }]);
    const plain = await run(['list', '--library', library]);
    expect(plain.out[0]).toContain('2023-11-11  US Occupation Forces Attacked in Northeast Syria  (0 claims)');
  });

  it('says how many images of an article it left out', async () => {
    const dir = tempDir();
    const page = join(dir, 'flood.html');
    writeFileSync(page, '<html><head><title>Flood barriers fail</title></head><body><article><p>The barriers failed on Tuesday, officials said, and water reached the old town within hours of the first breach.</p><figure><img src="https://example.org/chart.png" alt="Levels"><figcaption>Water levels, in metres.</figcaption></figure><p>The council said it would publish the engineering reports, which warned of the risk in 2019, by the end of the month.</p></article></body></html>');
    const imported = await run(['import', page, '--library', join(dir, 'library')]);
    expect(JSON.parse(imported.out[0]!)).toMatchObject({ status: 'imported', title: 'Flood barriers fail', images_left_out: 1 });
  });

  it('reports a file it cannot import with a reason, and exits 1', async () => {
    const library = tempDir();
    const result = await run(['import', join(library, 'missing.txt'), '--library', library]);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.out[0]!)).toMatchObject({ status: 'error', code: 'not-found' });
  });

  it('exports claims as CSV and JSON-LD to a file', async () => {
    const library = tempDir();
    await run(['import', SEED_FILE, '--library', library]);
    const csv = join(library, 'out.csv');
    expect((await run(['export', '--format', 'csv', '--out', csv, '--library', library])).code).toBe(0);
    expect(readFileSync(csv, 'utf8')).toMatch(/^\uFEFFdocument_id,document_title/);
    const jsonld = join(library, 'out.jsonld');
    expect((await run(['export', '--format', 'jsonld', '--out', jsonld, '--library', library])).code).toBe(0);
    expect(JSON.parse(readFileSync(jsonld, 'utf8')).type).toBe('AnnotationCollection');
  });

  it('exports a REFI-QDA project as a zip, and reports as text', async () => {
    const library = tempDir();
    await run(['import', SEED_FILE, '--library', library]);
    const qdpx = join(library, 'out.qdpx');
    expect((await run(['export', '--format', 'qdpx', '--out', qdpx, '--library', library])).code).toBe(0);
    expect(readFileSync(qdpx).subarray(0, 2).toString('latin1')).toBe('PK');
    const report = join(library, 'out.md');
    expect((await run(['export', '--format', 'md', '--out', report, '--library', library])).code).toBe(0);
    expect(readFileSync(report, 'utf8')).toContain('US Occupation Forces Attacked in Northeast Syria');
  });

  it('exports the library as an archive and restores it elsewhere; imports Hypothesis rows into a chosen document', async () => {
    const library = tempDir();
    await run(['import', SEED_FILE, '--library', library]);
    const archive = join(library, 'library.zip');
    expect((await run(['export', '--format', 'archive', '--out', archive, '--library', library])).code).toBe(0);
    const other = tempDir();
    const restored = await run(['import', archive, '--library', other]);
    expect(restored.code).toBe(0);
    expect(JSON.parse(restored.out[0]!)).toMatchObject({ status: 'merged', kind: 'archive', documentsAdded: 1, added: 0 });
    expect((await run(['list', '--json', '--library', other])).out.map((l) => JSON.parse(l).title)).toEqual(['US Occupation Forces Attacked in Northeast Syria']);

    const minimal = JSON.parse((await run(['import', join(FIXTURES, 'hypothesis', 'minimal.html'), '--library', other])).out[0]!);
    const rows = join(FIXTURES, 'hypothesis', 'minimal.json');
    const unattached = await run(['import', rows, '--library', other]);
    expect(unattached.code).toBe(1);
    expect(JSON.parse(unattached.out[0]!)).toMatchObject({ status: 'error', code: 'not-found', message: expect.stringMatching(/name a document that is not in this library/) });
    const attached = await run(['import', rows, '--document', minimal.id, '--library', other]);
    expect(JSON.parse(attached.out[0]!)).toMatchObject({ status: 'merged', kind: 'hypothesis', added: 1 });
  });

  it('explains misuse and exits 2', async () => {
    const library = tempDir();
    expect((await run(['frobnicate', '--library', library])).err[0]).toMatch(/unknown command "frobnicate"/);
    const badFormat = await run(['export', '--format', 'xml', '--out', 'x', '--library', library]);
    expect(badFormat.code).toBe(2);
    expect(badFormat.err[0]).toMatch(/--format csv\|jsonld\|md\|html\|qdpx\|claimreview\|archive/);
    expect((await run(['--bogus'])).code).toBe(2);
    expect((await run([])).code).toBe(2);
  });

  it('takes the library from CORROBORATE_LIBRARY when --library is not given', async () => {
    const library = tempDir();
    process.env.CORROBORATE_LIBRARY = library;
    try {
      await run(['import', SEED_FILE]);
      expect(readFileSync(join(library, 'library.json'), 'utf8')).toContain('US Occupation Forces');
    } finally {
      delete process.env.CORROBORATE_LIBRARY;
    }
  });
});

describe('command line: backups and the lock', () => {
  it('lists backups and restores one, backing up the current state first', async () => {
    const library = tempDir();
    await run(['import', SEED_FILE, '--library', library]);
    const listed = await run(['backups', '--library', library]);
    // newest first: the backup taken when the import's session closed, then the one before it
    expect(listed.out).toEqual([expect.stringMatching(/-on-close .* on-close {2}\(1 document, 0 claims\)$/), expect.stringMatching(/-auto .* auto {2}\(0 documents, 0 claims\)$/)]);
    const id = listed.out[1]!.split(' ')[0]!;
    const restored = await run(['restore', id, '--library', library]);
    expect(restored.code).toBe(0);
    expect(JSON.parse(restored.out[0]!)).toMatchObject({ restored: id, before: expect.stringMatching(/before-restore$/) });
    const after = await run(['list', '--json', '--library', library]);
    expect(after.out).toEqual([]);
  });

  it('refuses to work on a library another process holds, naming it', async () => {
    const library = tempDir();
    const { Core } = await import('../../../main/core/core');
    const holder = await Core.open(library, { lock: { description: 'corroborate serve' } });
    try {
      const result = await run(['list', '--library', library]);
      expect(result.code).toBe(1);
      expect(result.err[0]).toMatch(new RegExp(`in use by corroborate serve \\(process ${process.pid} on `));
    } finally {
      await holder.close();
    }
  });
});
