// The worker thread that renders documents' parts for streamed exports (document-renderer.ts),
// keeping the registries of the export it is working on.
import { parentPort } from 'node:worker_threads';
import { AppFailure } from '@shared/bridge/result';
import { lookupOf } from './document-parts';
import { renderDocumentFile, type RenderWorkerAnswer, type RenderWorkerMessage } from './document-renderer';

let lookup: ReturnType<typeof lookupOf> | null = null;

async function answer(message: RenderWorkerMessage): Promise<RenderWorkerAnswer> {
  if (message.base) lookup = lookupOf(message.base);
  try {
    return { id: message.id, ok: true, parts: await renderDocumentFile(message.request, lookup!) };
  } catch (error) {
    const code = error instanceof AppFailure ? error.code : 'internal';
    return { id: message.id, ok: false, code, message: (error as Error)?.message ?? String(error) };
  }
}

parentPort!.on('message', (message: RenderWorkerMessage) => {
  void answer(message).then((reply) => parentPort!.postMessage(reply));
});
