// The claim suggester in its worker thread (the app's and the CLI's): the same suggestions as in
// this thread, a warm-up that leaves it answering, and a worker that dies is replaced.
import { describe, expect, it } from 'vitest';
import { detectAttributions } from '@shared/suggest/detect-attributions';
import { workerDetector } from '../../../../main/core/suggestions/attribution-detector';
import { createWorkerAttributionDetector } from '../../../../main/core/suggestions/worker-attribution-detector';
import { seedText } from '../../../helpers/fixtures';

describe('the suggester in a worker thread', () => {
  it('suggests exactly what it suggests in this thread, before and after warming up', async () => {
    const detector = createWorkerAttributionDetector();
    const text = seedText();
    const here = detectAttributions(text, { language: 'en' });
    expect(here.length).toBeGreaterThanOrEqual(9);
    expect(await detector.detect(text, 'en')).toEqual(here);
    await detector.warm!();
    expect(await detector.detect(text, 'en')).toEqual(here);
  });

  it('says so when its worker fails, and starts a new one for the next call', async () => {
    const { Worker } = await import('node:worker_threads');
    let started = 0;
    const detector = workerDetector((options) => {
      started++;
      // the first worker dies at once; the second answers as the real one would
      const code = started === 1 ? 'process.exit(3)' : `require('node:worker_threads').parentPort.on('message', (m) => require('node:worker_threads').parentPort.postMessage({ id: m.id, ok: true, suggestions: [] }))`;
      return new Worker(code, { ...options, eval: true });
    });
    await expect(detector.detect('Officials said so.', 'en')).rejects.toThrow(/Suggesting claims failed: the suggester stopped \(exit code 3\)/);
    await expect(detector.detect('Officials said so.', 'en')).resolves.toEqual([]);
    expect(started).toBe(2);
  });
});
