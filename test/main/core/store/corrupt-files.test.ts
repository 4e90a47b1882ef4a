// A file that fails to parse or validate is moved aside as <name>.corrupt-<timestamp>.json, never
// written over; the user is told which file, why, and what to do; the rest keeps working.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Core } from '../../../../main/core/core';
import { SEED_FILE } from '../../../helpers/fixtures';
import { useTempDirs } from '../../../helpers/temp-dir';

const tempDir = useTempDirs();

const DAMAGE: Array<[string, (good: string) => string | Buffer, RegExp]> = [
  ['truncated', (good) => good.slice(0, Math.floor(good.length / 2)), /not valid JSON/],
  ['empty', () => '', /the file is empty/],
  ['NUL bytes', (good) => Buffer.concat([Buffer.from(good.slice(0, 100)), Buffer.alloc(4096)]), /NUL bytes/],
  ['null', () => 'null', /holds null instead of an object/],
  ['0', () => '0', /holds 0 instead of an object/],
  ['[]', () => '[]', /holds \[\] instead of an object/],
  ['wrong shape', () => JSON.stringify({ schemaVersion: 1, hello: 'world' }), /does not have the expected shape/],
  ['byte-order mark', (good) => `\uFEFF${good}`, /byte-order mark/],
];

async function librarySeeded() {
  const dir = tempDir();
  const core = await Core.open(dir);
  const first = await core.imports.importPath(SEED_FILE);
  const second = await core.openSample();
  await core.claims.create({ documentId: first.document.id, start: 4, end: 33 });
  await core.close();
  return { dir, seedId: first.document.id, sampleId: second.document.id };
}

describe('a damaged document file', () => {
  it.each(DAMAGE)('(%s) is put aside with the reason; the other documents keep working', async (_name, damage, reason) => {
    const { dir, seedId, sampleId } = await librarySeeded();
    const file = join(dir, 'documents', `${seedId}.json`);
    const damaged = damage(readFileSync(file, 'utf8'));
    writeFileSync(file, damaged);
    const core = await Core.open(dir);
    const notice = core.libraryView().notices.find((n) => n.documentId === seedId);
    expect(notice?.message).toMatch(reason);
    expect(notice?.message).toMatch(new RegExp(`documents/${seedId}.json could not be read`));
    expect(notice?.message).toMatch(/Restore the document from a backup/);
    expect(notice?.action).toBe('restore-document');
    const aside = readdirSync(join(dir, 'documents')).find((n) => n.startsWith(`${seedId}.corrupt-`));
    expect(aside).toMatch(/\.corrupt-[0-9TZ-]+\.json$/);
    expect(readFileSync(join(dir, 'documents', aside!))).toEqual(Buffer.from(damaged));
    expect(existsSync(file)).toBe(false);
    expect(core.libraryView().documents.map((d) => d.id)).toEqual([sampleId]);
    await core.claims.create({ documentId: sampleId, start: 3, end: 10 });
    await core.close();
  });

  it('damaged while the app runs, it is put aside when opened, with an error that says what to do', async () => {
    const { dir, seedId, sampleId } = await librarySeeded();
    const core = await Core.open(dir);
    writeFileSync(join(dir, 'documents', `${seedId}.json`), '{"schemaVersion":1,');
    const opening = core.store.getDocument(seedId);
    await expect(opening).rejects.toMatchObject({ code: 'file-corrupt' });
    await expect(opening).rejects.toThrow(/"US Occupation Forces Attacked in Northeast Syria": .* not valid JSON.*moved aside.*Restore the document from a backup/);
    expect(core.libraryView().documents.map((d) => d.id)).toEqual([sampleId]);
    await core.close();
  });
});

describe('a damaged library.json', () => {
  it.each(DAMAGE)('(%s) is put aside, documents stay, and the registry comes back from the newest backup', async (_name, damage, reason) => {
    const { dir, seedId, sampleId } = await librarySeeded();
    const core = await Core.open(dir);
    await core.claims.createSource({ name: 'informed sources', kind: 'anonymous' });
    await core.close();
    const file = join(dir, 'library.json');
    const damaged = damage(readFileSync(file, 'utf8'));
    writeFileSync(file, damaged);

    const reopened = await Core.open(dir);
    const view = reopened.libraryView();
    const notice = view.notices.find((n) => n.level === 'error');
    expect(notice?.message).toMatch(reason);
    expect(notice?.message).toMatch(/library.json could not be read/);
    expect(notice?.message).toMatch(/recovered from the backup of/);
    expect(view.documents.map((d) => d.id).sort()).toEqual([seedId, sampleId].sort());
    expect((await reopened.store.getDocument(seedId)).claims).toHaveLength(1);
    const aside = readdirSync(dir).find((n) => n.startsWith('library.corrupt-'));
    expect(readFileSync(join(dir, aside!))).toEqual(Buffer.from(damaged));
    await reopened.close();
  });

  it('with no backup to recover from, starts a fresh registry and keeps every document', async () => {
    const { dir, seedId, sampleId } = await librarySeeded();
    for (const backup of readdirSync(join(dir, 'backups'))) (await import('node:fs')).rmSync(join(dir, 'backups', backup), { recursive: true });
    writeFileSync(join(dir, 'library.json'), '{');
    const core = await Core.open(dir);
    expect(core.libraryView().notices[0]!.message).toMatch(/No backup holds a readable copy/);
    expect(core.libraryView().documents.map((d) => d.id).sort()).toEqual([seedId, sampleId].sort());
    await core.close();
  });
});

describe('temporary files', () => {
  it('a stale temporary file beside a good file is swept and the good file kept', async () => {
    const { dir, seedId } = await librarySeeded();
    const good = readFileSync(join(dir, 'documents', `${seedId}.json`), 'utf8');
    writeFileSync(join(dir, 'documents', `.${seedId}.json.4242.abcdef012345.tmp`), good.slice(0, 50));
    writeFileSync(join(dir, '.library.json.4242.abcdef012345.tmp'), '{"half');
    const core = await Core.open(dir);
    expect(readdirSync(join(dir, 'documents')).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    expect(readFileSync(join(dir, 'documents', `${seedId}.json`), 'utf8')).toBe(good);
    expect(core.libraryView().notices).toEqual([]);
    await core.close();
  });
});
