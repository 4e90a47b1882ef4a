// Exports as jobs, through the same handlers the bridges call: progress document by document,
// the result handed over once, and Cancel stopping a running export.
import { describe, expect, it } from 'vitest';
import type { ExportJobView } from '@shared/bridge/contract';
import { parsePlainText } from '@shared/importers/plain-text';
import { dispatch } from '../../../../main/core/dispatch';
import { createCoreHandlers } from '../../../../main/core/handlers';
import { annotatedLibrary } from '../../../helpers/annotated-library';
import { useTempDirs } from '../../../helpers/temp-dir';

const tempDir = useTempDirs();

async function handlersOnThreeDocuments() {
  const { core } = await annotatedLibrary(tempDir());
  for (const n of [1, 2]) await core.imports.importParsed(parsePlainText(`date 2024-01-0${n} Article ${n}\nBy Someone\nText ${n}.`), `a${n}.txt`, 'text');
  const handlers = createCoreHandlers(core);
  const call = async <T>(channel: string, args: unknown): Promise<T> => {
    const result = await dispatch(handlers, channel, args);
    if (!result.ok) throw new Error(result.error.message);
    return result.value as T;
  };
  return { core, call };
}

async function settled(call: <T>(channel: string, args: unknown) => Promise<T>, job: ExportJobView): Promise<ExportJobView> {
  let view = job;
  while (view.state === 'running') {
    await new Promise((resolve) => setTimeout(resolve, 5));
    view = await call<ExportJobView>('exports:job', { jobId: view.jobId });
  }
  return view;
}

describe('export jobs', () => {
  it('run to the end, then hand over the export once', async () => {
    const { core, call } = await handlersOnThreeDocuments();
    const started = await call<ExportJobView>('exports:start', { format: 'csv', documentIds: [] });
    expect(started).toMatchObject({ state: 'running', total: 3, path: null });
    const done = await settled(call, started);
    expect(done).toMatchObject({ state: 'done', done: 3, total: 3 });
    const rendered = await call<{ fileName: string; content: string }>('exports:take', { jobId: done.jobId });
    expect(rendered.fileName).toBe('3-documents-claims.csv');
    expect(rendered.content.split('\r\n').filter((l) => l !== '')).toHaveLength(10);
    await expect(call('exports:take', { jobId: done.jobId })).rejects.toThrow(/There is no export/);
    await core.close();
  });

  it('stop when cancelled, and say so', async () => {
    const { core, call } = await handlersOnThreeDocuments();
    const started = await call<ExportJobView>('exports:start', { format: 'jsonld', documentIds: [] });
    await call('exports:cancel', { jobId: started.jobId });
    const view = await settled(call, started);
    expect(view).toMatchObject({ state: 'cancelled', message: 'The export was cancelled; no file was written.' });
    await expect(call('exports:take', { jobId: started.jobId })).rejects.toThrow(/no result to take \(it is cancelled\)/);
    await core.close();
  });

  it('say beside a ClaimReview file how many claims without a verdict it leaves out, and under which statuses', async () => {
    const { core, call } = await handlersOnThreeDocuments();
    await call('settings:update', { changes: { reviewer: { name: 'Desk Check', url: '', reviewUrl: '' } } });
    const annotated = core.store.documentSummaries().find((d) => d.claimTotal > 0)!;
    const claims = (await core.store.getDocument(annotated.id)).claims;
    for (const [at, status] of ['false', 'false', 'verified'].entries()) await core.claims.update({ documentId: annotated.id, claimId: claims[at]!.id, changes: { status } });
    const done = await settled(call, await call<ExportJobView>('exports:start', { format: 'claimreview', documentIds: [] }));
    const reviews = JSON.parse((await call<{ content: string }>('exports:take', { jobId: done.jobId })).content) as unknown[];
    const [, inFile, leftOut, statuses] = /^(\d+) claims? with a verdict (?:is|are) in the file; (\d+) claims? without one (?:is|are) left out \((.+)\)\. ClaimReview takes Verified, Partly true, Disputed, False or Unverifiable\.$/.exec(done.message) ?? [];
    expect([Number(inFile), reviews.length, Number(leftOut), statuses]).toEqual([3, 3, 6, 'Unverified: 6']);
    // a selection of claims that all have a verdict: nothing to say
    const falseOnly = await settled(call, await call<ExportJobView>('exports:start', { format: 'claimreview', documentIds: [], claims: { filter: { query: '', facets: { statuses: ['false'] } } } }));
    expect(falseOnly).toMatchObject({ state: 'done', message: '' });
    // none with a verdict: the file is an empty list, and the note says so
    const unverified = await settled(call, await call<ExportJobView>('exports:start', { format: 'claimreview', documentIds: [], claims: { filter: { query: '', facets: { statuses: ['unverified'] } } } }));
    expect(unverified.message).toMatch(/^No claim here has a verdict \(Verified, Partly true, Disputed, False or Unverifiable\), so the file holds an empty list: \d+ claims? without one (is|are) left out \(Unverified: \d+\)\.$/);
    expect((await call<{ content: string }>('exports:take', { jobId: unverified.jobId })).content.trim()).toBe('[]');
    // documents without claims: an empty list, said so
    const plain = core.store.documentSummaries().find((d) => d.claimTotal === 0)!;
    expect((await settled(call, await call<ExportJobView>('exports:start', { format: 'claimreview', documentIds: [plain.id] }))).message).toBe('There is no claim here, so the file holds an empty list.');
    // other formats say nothing
    expect((await settled(call, await call<ExportJobView>('exports:start', { format: 'csv', documentIds: [] }))).message).toBe('');
    // with no publisher named, the note says so, after what it says of the claims
    await call('settings:update', { changes: { reviewer: { name: '', url: '', reviewUrl: '' } } });
    const unnamed = await settled(call, await call<ExportJobView>('exports:start', { format: 'claimreview', documentIds: [], claims: { filter: { query: '', facets: { statuses: ['false'] } } } }));
    expect(unnamed.message).toBe('The reviews are published by “Corroborate user”: name your organisation under Settings, ClaimReview publisher.');
    await core.close();
  });
});

