// Loading runs numbered migrations (+1 each) and then validates; each migration has a test that
// loads a frozen file of the old version. A file from a newer version opens read-only.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_SCHEMA_VERSION, StoredDocumentSchema } from '@shared/domain/document';
import { LIBRARY_SCHEMA_VERSION, LibraryFileSchema } from '@shared/domain/library';
import { Core } from '../../../../main/core/core';
import { DOCUMENT_MIGRATIONS } from '../../../../main/core/store/migrations/document-migrations';
import { LIBRARY_MIGRATIONS } from '../../../../main/core/store/migrations/library-migrations';
import { assertContiguous, runMigrations } from '../../../../main/core/store/migrations/migrate';
import { FIXTURES, SEED_FILE } from '../../../helpers/fixtures';
import { useTempDirs } from '../../../helpers/temp-dir';

const tempDir = useTempDirs();
const FROZEN_V1 = join(FIXTURES, 'store', 'library-v1');
const FROZEN_DOCUMENT = '05249c34-1d45-40a4-951c-4bb85bac32f0.json';
const FROZEN_V4 = join(FIXTURES, 'store', 'library-v4');
const FROZEN_V4_DOCUMENT = '30fe277d-cee4-4052-963c-9192dbeffd97.json';

function copyOfV1(): string {
  const dir = tempDir();
  cpSync(FROZEN_V1, dir, { recursive: true });
  return dir;
}

describe('migrations', () => {
  it('are numbered +1 each up to the current version', () => {
    expect(() => assertContiguous(LIBRARY_MIGRATIONS, LIBRARY_SCHEMA_VERSION)).not.toThrow();
    expect(() => assertContiguous(DOCUMENT_MIGRATIONS, DOCUMENT_SCHEMA_VERSION)).not.toThrow();
    expect(() => assertContiguous([{ from: 2, describe: '', migrate: (d) => d }], 2)).toThrow(/expected 1/);
  });

  it('v1 -> v2: the frozen v1 library loads, with shortcut keys and file stamps, and validates', () => {
    const v1 = JSON.parse(readFileSync(join(FROZEN_V1, 'library.json'), 'utf8'));
    expect(v1.schemaVersion).toBe(1);
    const outcome = runMigrations(v1, LIBRARY_MIGRATIONS, LIBRARY_SCHEMA_VERSION);
    expect(outcome.kind).toBe('migrated');
    const migrated = LibraryFileSchema.parse((outcome as { data: unknown }).data);
    expect(migrated.schemaVersion).toBe(LIBRARY_SCHEMA_VERSION);
    expect(migrated.taxonomy.statuses.find((s) => s.id === 'false')!.key).toBe('f');
    expect(migrated.taxonomy.statuses.find((s) => s.id === 'needs-context')!.key).toBe('');
    expect(migrated.taxonomy.attributionTypes.find((s) => s.id === 'direct-quote')!.key).toBe('1');
    expect(migrated.documents[0]!.file).toEqual({ size: -1, mtimeMs: -1 });
    expect(migrated.sources.map((s) => s.name)).toEqual(['informed sources']);
  });

  it('v2 -> v3: the frozen v2 library loads with no saved sets, and validates', () => {
    const v2 = JSON.parse(readFileSync(join(FIXTURES, 'store', 'library-v2', 'library.json'), 'utf8'));
    expect(v2.schemaVersion).toBe(2);
    expect(v2.sets).toBeUndefined();
    const outcome = runMigrations(v2, LIBRARY_MIGRATIONS, LIBRARY_SCHEMA_VERSION);
    const migrated = LibraryFileSchema.parse((outcome as { data: unknown }).data);
    expect(migrated.schemaVersion).toBe(LIBRARY_SCHEMA_VERSION);
    expect(migrated.sets).toEqual([]);
    expect(migrated.documents.map((d) => d.title)).toEqual(['US Occupation Forces Attacked in Northeast Syria']);
  });

  it('v3 -> v4: the frozen v3 library loads with no ClaimReview publisher named, its settings otherwise kept, and validates', () => {
    const v3 = JSON.parse(readFileSync(join(FIXTURES, 'store', 'library-v3', 'library.json'), 'utf8'));
    expect(v3.schemaVersion).toBe(3);
    expect(LibraryFileSchema.safeParse({ ...v3, schemaVersion: LIBRARY_SCHEMA_VERSION }).success).toBe(false);
    const outcome = runMigrations(v3, LIBRARY_MIGRATIONS, LIBRARY_SCHEMA_VERSION);
    expect(outcome).toMatchObject({ kind: 'migrated', from: 3, to: 4 });
    const migrated = LibraryFileSchema.parse((outcome as { data: unknown }).data);
    expect(migrated.settings).toEqual({ ...v3.settings, reviewer: { name: '', url: '', reviewUrl: '' } });
    const { schemaVersion: _old, settings: _before, ...rest } = v3;
    const { schemaVersion: _new, settings: _after, ...kept } = migrated;
    expect(kept).toEqual(rest);
  });

  it('document v1 -> v2: the frozen v1 document gains an empty list of rejected suggestions, keeps everything else, and validates', () => {
    const v1 = JSON.parse(readFileSync(join(FROZEN_V1, 'documents', FROZEN_DOCUMENT), 'utf8'));
    expect(v1.schemaVersion).toBe(1);
    expect(StoredDocumentSchema.safeParse(v1).success).toBe(false);
    const outcome = runMigrations(v1, DOCUMENT_MIGRATIONS, DOCUMENT_SCHEMA_VERSION);
    expect(outcome).toMatchObject({ kind: 'migrated', from: 1, to: DOCUMENT_SCHEMA_VERSION });
    const migrated = StoredDocumentSchema.parse((outcome as { data: unknown }).data);
    expect(migrated.rejectedSuggestions).toEqual([]);
    const { schemaVersion: _old, ...rest } = v1;
    const { schemaVersion, rejectedSuggestions: _none, deletedClaims: _noneDeleted, ...kept } = migrated;
    expect(schemaVersion).toBe(DOCUMENT_SCHEMA_VERSION);
    expect(kept).toEqual(rest);
  });

  it('document v2 -> v3: the frozen v2 document (one claim) gains an empty list of deleted claims, keeps everything else, and validates', () => {
    const v2 = JSON.parse(readFileSync(join(FROZEN_V4, 'documents', FROZEN_V4_DOCUMENT), 'utf8'));
    expect(v2.schemaVersion).toBe(2);
    expect(v2.claims).toHaveLength(1);
    expect(StoredDocumentSchema.safeParse(v2).success).toBe(false);
    const outcome = runMigrations(v2, DOCUMENT_MIGRATIONS, DOCUMENT_SCHEMA_VERSION);
    expect(outcome).toMatchObject({ kind: 'migrated', from: 2, to: 3 });
    const migrated = StoredDocumentSchema.parse((outcome as { data: unknown }).data);
    const { schemaVersion: _old, ...rest } = v2;
    const { schemaVersion, deletedClaims, ...kept } = migrated;
    expect([schemaVersion, deletedClaims]).toEqual([3, []]);
    expect(kept).toEqual(rest);
  });

  it('opening the frozen v4 library upgrades its v2 document on the first write, its claim kept, and deleting the claim is then remembered', async () => {
    const dir = tempDir();
    cpSync(FROZEN_V4, dir, { recursive: true });
    const core = await Core.open(dir, { clock: () => '2026-12-04T10:00:00.000Z' });
    const documentId = FROZEN_V4_DOCUMENT.slice(0, -'.json'.length);
    const doc = await core.store.getDocument(documentId);
    expect(doc.claims.map((c) => c.note)).toEqual(['Attribution to unnamed sources; check against CENTCOM statements.']);
    await core.claims.delete({ documentId, claimId: doc.claims[0]!.id });
    const onDisk = JSON.parse(readFileSync(join(dir, 'documents', FROZEN_V4_DOCUMENT), 'utf8'));
    expect(onDisk).toMatchObject({ schemaVersion: 3, claims: [], deletedClaims: [{ id: doc.claims[0]!.id, at: '2026-12-04T10:00:00.000Z' }] });
    await core.close();
  });

  it('opening a v1 library backs it up first, writes the current version, and keeps every document and claim', async () => {
    const dir = copyOfV1();
    const core = await Core.open(dir);
    const view = core.libraryView();
    expect(view.notices.map((n) => n.message)).toEqual([expect.stringMatching(/upgraded from format 1 to 4; the old files were backed up first/)]);
    const onDisk = JSON.parse(readFileSync(join(dir, 'library.json'), 'utf8'));
    expect(onDisk.schemaVersion).toBe(LIBRARY_SCHEMA_VERSION);
    expect(onDisk.sets).toEqual([]);
    expect(view.documents[0]!.file.size).toBeGreaterThan(0);
    const doc = await core.store.getDocument(view.documents[0]!.id);
    expect(doc.claims).toHaveLength(1);
    expect(doc.rejectedSuggestions).toEqual([]);
    await core.store.updateDocument(doc.id, (d) => d);
    expect(JSON.parse(readFileSync(join(dir, 'documents', FROZEN_DOCUMENT), 'utf8'))).toMatchObject({ schemaVersion: DOCUMENT_SCHEMA_VERSION, rejectedSuggestions: [], deletedClaims: [] });
    const [backup] = (await core.store.backups.list()).filter((b) => b.reason === 'before-migration-v1-v4');
    expect(JSON.parse(readFileSync((await core.store.backups.fileIn(backup!.id, 'library.json'))!, 'utf8')).schemaVersion).toBe(1);
    await core.close();
  });
});

describe('files from a newer version', () => {
  it('a newer library.json that still reads opens read-only, with a message, and refuses changes', async () => {
    const dir = tempDir();
    const core = await Core.open(dir);
    await core.imports.importPath(SEED_FILE);
    await core.close();
    const library = JSON.parse(readFileSync(join(dir, 'library.json'), 'utf8'));
    writeFileSync(join(dir, 'library.json'), JSON.stringify({ ...library, schemaVersion: LIBRARY_SCHEMA_VERSION + 1 }));
    const before = readFileSync(join(dir, 'library.json'), 'utf8');

    const reopened = await Core.open(dir);
    const view = reopened.libraryView();
    expect(view.readOnly).toBe(true);
    expect(view.notices[0]!.message).toMatch(/written by a newer version of Corroborate \(format 5; this version reads up to 4\)\. It is open read-only/);
    await expect(reopened.claims.create({ documentId: view.documents[0]!.id, start: 4, end: 33 })).rejects.toMatchObject({ code: 'read-only' });
    await expect(reopened.openSample()).rejects.toMatchObject({ code: 'read-only' });
    await reopened.close();
    expect(readFileSync(join(dir, 'library.json'), 'utf8')).toBe(before);
  });

  it('a newer library.json this version cannot read is refused with a message, untouched', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'library.json'), JSON.stringify({ schemaVersion: 9, somethingNew: true }));
    await expect(Core.open(dir)).rejects.toThrow(/newer version of Corroborate \(format 9; this version reads up to 4\) and cannot be opened/);
    expect(JSON.parse(readFileSync(join(dir, 'library.json'), 'utf8'))).toEqual({ schemaVersion: 9, somethingNew: true });
  });

  it('a newer document file opens read-only while the rest of the library stays writable', async () => {
    const dir = tempDir();
    const core = await Core.open(dir);
    const seed = await core.imports.importPath(SEED_FILE);
    const sample = await core.openSample();
    await core.close();
    const file = join(dir, 'documents', `${seed.document.id}.json`);
    writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), schemaVersion: DOCUMENT_SCHEMA_VERSION + 1 }));
    const reopened = await Core.open(dir);
    expect((await reopened.store.getDocument(seed.document.id)).meta.title).toMatch(/US Occupation/);
    expect(reopened.libraryView().notices.some((n) => n.message.includes(`newer version of Corroborate (format ${DOCUMENT_SCHEMA_VERSION + 1}). It is open read-only`))).toBe(true);
    await expect(reopened.claims.create({ documentId: seed.document.id, start: 4, end: 33 })).rejects.toMatchObject({ code: 'read-only' });
    await reopened.claims.create({ documentId: sample.document.id, start: 3, end: 10 });
    await reopened.close();
  });
});
