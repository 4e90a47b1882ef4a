// The library archive: restores into an empty library exactly, and refuses unsafe or damaged
// archives (paths outside the archive, decompression bombs, foreign zips) without changing anything.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_SCHEMA_VERSION } from '@shared/domain/document';
import { Core } from '../../../../main/core/core';
import { annotatedLibrary, tickingClock } from '../../../helpers/annotated-library';
import { useTempDirs } from '../../../helpers/temp-dir';

const tempDir = useTempDirs();

async function archiveOf(core: Core): Promise<Buffer> {
  const rendered = await core.renderExport('archive', []);
  expect(rendered).toMatchObject({ mediaType: 'application/zip', encoding: 'base64' });
  return Buffer.from(rendered.content, 'base64');
}

async function everything(core: Core) {
  const { taxonomy, settings, sources } = core.store.library;
  const documents = [];
  for (const summary of core.store.documentSummaries()) documents.push(await core.store.getDocument(summary.id));
  return { taxonomy, settings, sources, documents };
}

async function zipOf(files: Record<string, string | Buffer>): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(files)) zip.file(name, content);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

describe('the library archive', () => {
  it('restores into an empty library exactly: taxonomy, settings, sources, documents and claims', async () => {
    const { core } = await annotatedLibrary(tempDir());
    const { taxonomy } = core.store.library;
    await core.store.updateLibrary((library) => ({
      ...library,
      taxonomy: { ...taxonomy, statuses: [...taxonomy.statuses.map((s) => (s.id === 'false' ? { ...s, label: 'Wrong' } : s)), { id: 'satire', label: 'Satire', color: '#123456', description: 'Not meant as fact.', key: 'y' }] },
      settings: { theme: 'dark', colorBy: 'attribution', reviewer: { name: 'The Daily Check', url: 'https://check.example/', reviewUrl: 'https://check.example/reviews/{id}' } },
    }));
    await core.sources.update(core.store.library.sources[0]!.id, { aliases: ['Pentagon officials'], description: 'Unnamed US officials.' });
    await core.claims.createSource({ name: 'Nobody cites me', kind: 'person' });
    await core.suggestions.reject(core.store.documentSummaries()[0]!.id, ['0123456789abcdef']);
    const archive = await archiveOf(core);

    const restored = await Core.open(tempDir(), { backupIntervalMs: 0, clock: tickingClock });
    const report = await restored.exchange.importAnnotations('library.zip', archive);
    expect(report).toMatchObject({ kind: 'archive', added: 9, skipped: 0 });
    expect(await everything(restored)).toEqual(await everything(core));
    // into the same library: nothing to do
    expect(await restored.exchange.importAnnotations('library.zip', archive)).toMatchObject({ added: 0, unchanged: 9, documentsAdded: [] });
    await Promise.all([core.close(), restored.close()]);
  });

  it('refuses unsafe and damaged archives, and changes nothing', async () => {
    const { core } = await annotatedLibrary(tempDir());
    const good = await JSZip.loadAsync(await archiveOf(core));
    const manifest = await good.file('corroborate-archive.json')!.async('string');
    const library = await good.file('library.json')!.async('string');
    const before = JSON.stringify(await everything(core));
    const cases: Array<[string, Buffer, RegExp]> = [
      ['slip.zip', await zipOf({ 'corroborate-archive.json': manifest, 'library.json': library, '../../evil.json': '{}' }), /slip\.zip cannot be imported: it holds a path outside its folder \(invalid relative path: \.\.\/\)\. Nothing was changed/],
      ['bomb.zip', await zipOf({ 'corroborate-archive.json': manifest, 'library.json': library, 'documents/0b7e9f0e-0000-4000-8000-000000000000.json': Buffer.alloc(5 * 1024 * 1024, 32) }), /inflates \d+ times its size, as a decompression bomb does/],
      ['foreign.zip', await zipOf({ 'project.qde': '<Project/>' }), /not part of a Corroborate archive/],
      ['no-manifest.zip', await zipOf({ 'library.json': library }), /is a zip file but not a Corroborate archive/],
      ['cut.zip', (await archiveOf(core)).subarray(0, 400), /not a readable zip archive|damaged/],
      ['newer.zip', await zipOf({ 'corroborate-archive.json': manifest, 'library.json': JSON.stringify({ ...JSON.parse(library), schemaVersion: 99 }) }), /written by a newer version of Corroborate/],
    ];
    for (const [name, file, message] of cases) await expect(core.exchange.importAnnotations(name, file), name).rejects.toThrow(message);
    expect(JSON.stringify(await everything(core))).toBe(before);
    await core.close();
  });

  it('reads archives written before documents kept rejected suggestions (document format 1)', async () => {
    const { core, documentId } = await annotatedLibrary(tempDir());
    const zip = await JSZip.loadAsync(await archiveOf(core));
    const entry = `documents/${documentId}.json`;
    const { rejectedSuggestions: _none, deletedClaims: _noneDeleted, ...current } = JSON.parse(await zip.file(entry)!.async('string'));
    zip.file(entry, JSON.stringify({ ...current, schemaVersion: 1 }));
    const old = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });

    const restored = await Core.open(tempDir(), { backupIntervalMs: 0, clock: tickingClock });
    expect(await restored.exchange.importAnnotations('old.zip', old)).toMatchObject({ kind: 'archive', added: 9, skipped: 0 });
    const doc = await restored.store.getDocument(documentId);
    expect(doc).toMatchObject({ schemaVersion: DOCUMENT_SCHEMA_VERSION, rejectedSuggestions: [], deletedClaims: [] });
    expect(doc.claims).toEqual((await core.store.getDocument(documentId)).claims);
    await Promise.all([core.close(), restored.close()]);
  });
});
