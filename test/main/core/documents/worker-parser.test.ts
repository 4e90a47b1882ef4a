/// <reference types="electron-vite/node" />
// Parsing runs off the main thread with a time and memory limit: a pathological file fails with
// a message instead of freezing the app. The worker is the real one (built for the test).
import { describe, expect, it } from 'vitest';
import { AppFailure } from '@shared/bridge/result';
import { createWorkerFileParser } from '../../../../main/core/documents/worker-file-parser';
import { workerParser } from '../../../../main/core/documents/file-parser';
import createParseWorker from '../../../../main/core/documents/parse-worker?nodeWorker';
import { articlePdf } from '../../../helpers/make-pdf';

describe('parsing in a worker thread', () => {
  it('parses a file and returns the article', async () => {
    const parsed = await createWorkerFileParser().parse({ kind: 'file', fileName: 'a.pdf', bytes: (await articlePdf()).bytes });
    expect(parsed.format).toBe('pdf');
    expect(parsed.content.content.length).toBe(6);
  });

  it('passes a refusal back with its code and message', async () => {
    const attempt = createWorkerFileParser().parse({ kind: 'file', fileName: 'x.png', bytes: new Uint8Array([0x89, 0x50]) });
    await expect(attempt).rejects.toBeInstanceOf(AppFailure);
    await expect(attempt).rejects.toMatchObject({ code: 'unsupported-file', message: expect.stringMatching(/x.png: .png files cannot be imported/) });
  });

  it('stops a parse that takes too long, with a message', async () => {
    const slow = workerParser(createParseWorker, { timeoutMs: 30 });
    const huge = Buffer.from(`<html><body>${'<div><p>deeply <b>nested</b> text</p>'.repeat(200_000)}</body></html>`);
    const attempt = slow.parse({ kind: 'file', fileName: 'huge.html', bytes: huge });
    await expect(attempt).rejects.toMatchObject({ code: 'timeout', message: expect.stringMatching(/huge.html took longer than 0 seconds to read and was stopped/) });
  });

  it('stops a parse that needs too much memory, with a message', async () => {
    const small = workerParser(createParseWorker, { maxMemoryMb: 16, timeoutMs: 60_000 });
    const big = Buffer.from(`<html><body>${'<p>word '.repeat(400_000)}</body></html>`);
    await expect(small.parse({ kind: 'file', fileName: 'big.html', bytes: big })).rejects.toMatchObject({ code: 'too-large', message: expect.stringMatching(/big.html needs more than 16 MB of memory/) });
  });
});
