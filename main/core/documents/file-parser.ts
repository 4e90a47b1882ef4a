// Where files are parsed. In the app and the CLI each import runs in a worker thread with a time
// and memory limit, so a pathological file cannot freeze the app: it fails with a message
// instead. One worker is kept warm between imports (starting one and loading the readers costs
// a few hundred milliseconds); a worker that times out or fails is thrown away. Tests may parse
// in-process.
import type { Worker, WorkerOptions } from 'node:worker_threads';
import { AppFailure, type AppError } from '@shared/bridge/result';
import { parseFile, parsePasted, type ParsedFile, type PastedContent } from './parse-file';

export type ParseRequest = { kind: 'file'; fileName: string; bytes: Uint8Array } | { kind: 'paste'; pasted: PastedContent; label: string };
export type ParseReply = { ok: true; parsed: ParsedFile } | { ok: false; error: AppError };
/** What travels to the worker: a request to parse, or a request to load the readers ahead of time. */
export type WorkerMessage = { id: number; request: ParseRequest } | { id: number; warm: true };
export type WorkerAnswer = { id: number; reply: ParseReply } | { id: number; warmed: true };

export interface FileParser {
  parse(request: ParseRequest): Promise<ParsedFile>;
  /** Gets a worker ready (readers loaded) so the next import starts at once. */
  prewarm?(): Promise<void>;
}

/** Runs a request in this thread. */
export function runParse(request: ParseRequest): Promise<ParsedFile> {
  return request.kind === 'file' ? parseFile(request.fileName, request.bytes) : parsePasted(request.pasted, request.label);
}

export const inProcessParser: FileParser = { parse: runParse };

export interface WorkerParserOptions {
  timeoutMs?: number;
  maxMemoryMb?: number;
  /** how long an idle worker is kept (ms) */
  idleMs?: number;
}

const nameOf = (request: ParseRequest) => (request.kind === 'file' ? request.fileName : 'The pasted text');

/** Parses requests in a worker thread, stopped after a time limit or at a memory limit. */
export function workerParser(createWorker: (options: WorkerOptions) => Worker, options: WorkerParserOptions = {}): FileParser {
  const timeoutMs = options.timeoutMs ?? 60_000;
  const maxMemoryMb = options.maxMemoryMb ?? 1536;
  const idleMs = options.idleMs ?? 120_000;
  let idle: { worker: Worker; timer: ReturnType<typeof setTimeout> } | null = null;
  let nextId = 1;

  const take = (): Worker => {
    if (idle) {
      clearTimeout(idle.timer);
      const { worker } = idle;
      idle = null;
      worker.ref();
      return worker;
    }
    return createWorker({ resourceLimits: { maxOldGenerationSizeMb: maxMemoryMb } });
  };

  const giveBack = (worker: Worker) => {
    if (idle) return void worker.terminate();
    worker.unref();
    const timer = setTimeout(() => {
      if (idle?.worker === worker) idle = null;
      void worker.terminate();
    }, idleMs);
    timer.unref?.();
    idle = { worker, timer };
  };

  /** Sends one message and waits for its answer; on timeout, error or exit the worker is discarded. */
  const exchange = (message: WorkerMessage, name: string): Promise<WorkerAnswer> =>
    new Promise((resolve, reject) => {
      const worker = take();
      let settled = false;
      const finish = (keep: boolean, outcome: () => void) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        if (keep) giveBack(worker);
        else void worker.terminate();
        outcome();
      };
      const onMessage = (answer: WorkerAnswer) => {
        if (answer.id === message.id) finish(true, () => resolve(answer));
      };
      const onError = (error: Error & { code?: string }) =>
        finish(false, () =>
          reject(
            error.code === 'ERR_WORKER_OUT_OF_MEMORY'
              ? new AppFailure('too-large', `${name} needs more than ${maxMemoryMb} MB of memory to read and was stopped.`)
              : new AppFailure('internal', `Reading ${name} failed: ${error.message}`),
          ),
        );
      const onExit = (code: number) => finish(false, () => reject(new AppFailure('internal', `Reading ${name} stopped unexpectedly (exit code ${code}).`)));
      const timer = setTimeout(
        () =>
          finish(false, () =>
            reject(new AppFailure('timeout', `${name} took longer than ${Math.round(timeoutMs / 1000)} seconds to read and was stopped, so the app stays responsive. The file may be damaged or unusually complex.`)),
          ),
        timeoutMs,
      );
      worker.on('message', onMessage);
      worker.once('error', onError);
      worker.once('exit', onExit);
      worker.postMessage(message);
    });

  return {
    async parse(request) {
      const answer = await exchange({ id: nextId++, request }, nameOf(request));
      if (!('reply' in answer)) throw new AppFailure('internal', 'The reader answered something else.');
      if (answer.reply.ok) return answer.reply.parsed;
      throw new AppFailure(answer.reply.error.code, answer.reply.error.message);
    },
    async prewarm() {
      if (!idle) await exchange({ id: nextId++, warm: true }, 'The readers');
    },
  };
}
