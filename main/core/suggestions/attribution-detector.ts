// Where the claim suggester runs. In the app and the command line it runs in a worker thread
// that is kept for the session: the core keeps answering while a long article is read, and the
// tagger and wink-nlp stay loaded. The worker can be warmed at idle after start (the detector's
// first calls are several times slower than later ones while V8 compiles it), so the first
// "Suggest claims" a user asks for is quick. Tests may run it in this thread.
import type { Worker, WorkerOptions } from 'node:worker_threads';
import { AppFailure } from '@shared/bridge/result';
import { detectAttributions } from '@shared/suggest/detect-attributions';
import type { AttributionSuggestion } from '@shared/suggest/suggestion';

export interface AttributionDetector {
  detect(text: string, language: string): Promise<AttributionSuggestion[]>;
  /** Runs the detector on sample text in the background, so that later calls are warm. */
  warm?(): Promise<void>;
}

export const inProcessDetector: AttributionDetector = {
  detect: async (text, language) => detectAttributions(text, { language }),
};

export type DetectMessage = { id: number; text: string; language: string } | { id: number; warm: true };
export type DetectAnswer = { id: number; ok: true; suggestions: AttributionSuggestion[] } | { id: number; ok: false; message: string };

/** The detector in one worker thread, started on first use and restarted if it fails. */
export function workerDetector(createWorker: (options: WorkerOptions) => Worker): AttributionDetector {
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, { resolve: (answer: DetectAnswer) => void; reject: (error: Error) => void }>();

  const start = (): Worker => {
    const started = createWorker({ resourceLimits: { maxOldGenerationSizeMb: 1024 } });
    started.on('message', (answer: DetectAnswer) => {
      const waiting = pending.get(answer.id);
      pending.delete(answer.id);
      if (pending.size === 0) started.unref();
      waiting?.resolve(answer);
    });
    const fail = (error: Error) => {
      if (worker === started) worker = null;
      for (const waiting of pending.values()) waiting.reject(new AppFailure('internal', `Suggesting claims failed: ${error.message}`));
      pending.clear();
    };
    started.on('error', fail);
    started.on('exit', (code) => fail(new Error(`the suggester stopped (exit code ${code})`)));
    started.unref();
    return started;
  };

  const send = (message: DetectMessage): Promise<DetectAnswer> => {
    worker ??= start();
    const target = worker;
    return new Promise((resolve, reject) => {
      pending.set(message.id, { resolve, reject });
      target.ref();
      target.postMessage(message);
    });
  };

  return {
    async detect(text, language) {
      const answer = await send({ id: nextId++, text, language });
      if (!answer.ok) throw new AppFailure('internal', `Suggesting claims failed: ${answer.message}`);
      return answer.suggestions;
    },
    async warm() {
      await send({ id: nextId++, warm: true });
    },
  };
}
