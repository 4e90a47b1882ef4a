// Exports streamed into a file: the file appears only when complete; a cancelled export leaves
// nothing behind; progress is told document by document.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlainText } from '@shared/importers/plain-text';
import { Core } from '../../../../main/core/core';
import { createWorkerExportRenderer } from '../../../../main/core/exports/worker-export-renderer';
import { annotatedLibrary } from '../../../helpers/annotated-library';
import { collectionMustFailures } from '../../../helpers/w3c-annotation-tests';
import { useTempDirs } from '../../../helpers/temp-dir';
import { updateSettings } from '../../../../main/core/library/library-settings';

const tempDir = useTempDirs();

async function libraryOfThree(): Promise<Core> {
  const { core } = await annotatedLibrary(tempDir());
  for (const n of [1, 2]) await core.imports.importParsed(parsePlainText(`date 2024-01-0${n} Second article ${n}\nBy Someone\nA paragraph ${n}.`), `a${n}.txt`, 'text');
  return core;
}

describe('writing an export to a file', () => {
  it('streams JSON-LD for several documents that parses and passes the W3C collection checks, telling progress', async () => {
    const core = await libraryOfThree();
    const out = join(tempDir(), 'all.jsonld');
    const progress: string[] = [];
    await core.writeExport('jsonld', [], out, { onProgress: (done, total) => progress.push(`${done}/${total}`) });
    expect(progress).toEqual(['1/3', '2/3', '3/3']);
    const collection = JSON.parse(readFileSync(out, 'utf8'));
    expect(collectionMustFailures(collection)).toEqual([]);
    expect(collection).toMatchObject({ label: 'Claims in 3 documents', total: 9 });
    expect(collection.first.items).toHaveLength(9);
    expect(collection['corr:documents']).toHaveLength(3);
    expect(collection['corr:sources'].map((s: { name: string }) => s.name).sort()).toEqual(['US officials', 'informed sources']);
    await core.close();
  });

  it('gives the same file in every format whether documents are rendered in worker threads or in this one', async () => {
    const first = await libraryOfThree();
    const [seed] = first.store.documentSummaries();
    const claims = (await first.store.getDocument(seed!.id)).claims;
    // two verdicts, so that the ClaimReview export has something in it
    for (const [claim, status] of [[claims[0]!, 'false'], [claims[3]!, 'verified']] as const) await first.claims.update({ documentId: seed!.id, claimId: claim.id, changes: { status } });
    // and a publisher, which the workers must name as the core does
    await updateSettings(first.store, { reviewer: { name: 'The Daily Check', url: 'https://check.example/', reviewUrl: 'https://check.example/reviews/{id}' } });
    const library = first.store.paths.root;
    await first.close();
    const dir = tempDir();
    const formats = ['csv', 'jsonld', 'md', 'html', 'claimreview', 'qdpx'] as const;
    const clock = () => '2026-12-02T10:00:00.000Z';
    for (const [name, exportRenderer] of [['here', undefined], ['workers', createWorkerExportRenderer()]] as const) {
      const core = await Core.open(library, { backupIntervalMs: 0, clock, ...(exportRenderer ? { exportRenderer } : {}) });
      for (const format of formats) await core.writeExport(format, [], join(dir, `${name}.${format}`));
      await core.close();
    }
    // the JSON-LD collection's id is new with each export, so it is compared without it
    const comparable = (name: string, format: string) => readFileSync(join(dir, `${name}.${format}`), 'latin1').replace(/urn:uuid:[0-9a-f-]{36}/g, 'urn:uuid:…');
    for (const format of formats) {
      expect(comparable('workers', format).length, format).toBeGreaterThan(100);
      expect(comparable('workers', format), format).toBe(comparable('here', format));
    }
    expect(readFileSync(join(dir, 'workers.claimreview'), 'utf8')).toContain(`"url": "https://check.example/reviews/${claims[0]!.id}"`);
    expect(readFileSync(join(dir, 'workers.claimreview'), 'utf8')).toContain('"name": "The Daily Check"');
  });

  it('leaves no file, not even a partial one, when cancelled', async () => {
    const core = await libraryOfThree();
    const dir = tempDir();
    for (const format of ['csv', 'jsonld', 'md', 'html', 'claimreview', 'qdpx', 'archive'] as const) {
      const controller = new AbortController();
      const write = core.writeExport(format, [], join(dir, `cancelled.${format}`), { signal: controller.signal, onProgress: () => controller.abort(new Error('cancelled by the user')) });
      await expect(write, format).rejects.toThrow(/cancelled by the user|aborted/);
    }
    expect(readdirSync(dir)).toEqual([]);
    expect(existsSync(join(dir, 'cancelled.csv'))).toBe(false);
    await core.close();
  });
});
