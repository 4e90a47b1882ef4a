// The worker thread that parses import requests and posts back each result (or the reason it
// could not). Started and reused by workerParser (file-parser.ts); built as its own entry.
import { parentPort } from 'node:worker_threads';
import { AppFailure } from '@shared/bridge/result';
import { runParse, type ParseReply, type WorkerAnswer, type WorkerMessage } from './file-parser';

async function answer(message: WorkerMessage): Promise<WorkerAnswer> {
  if ('warm' in message) {
    // load the readers of the common formats now, so the next import starts at once
    await Promise.all([import('./formats/html'), import('./formats/pdf'), import('./formats/docx'), import('./formats/markdown')]);
    return { id: message.id, warmed: true };
  }
  try {
    return { id: message.id, reply: { ok: true, parsed: await runParse(message.request) } };
  } catch (error) {
    const reply: ParseReply =
      error instanceof AppFailure
        ? { ok: false, error: { code: error.code, message: error.message } }
        : { ok: false, error: { code: 'internal', message: `Reading the file failed: ${(error as Error)?.message ?? String(error)}` } };
    return { id: message.id, reply };
  }
}

parentPort!.on('message', (message: WorkerMessage) => {
  void answer(message).then((reply) => parentPort!.postMessage(reply));
});
