// Renders documents' parts for streamed exports, reading each document's file: in this thread
// (tests), or in a small pool of worker threads (the app and the command line), where reading,
// checking and rendering 2,000 documents runs on every core while the export writes in order.
import type { Worker, WorkerOptions } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { AppFailure } from '@shared/bridge/result';
import type { StoredDocument } from '@shared/domain/document';
import { nodeFileSystem } from '../store/file-system';
import { readJsonFile } from '../store/read-json-file';
import { DOCUMENT_FILE } from '../store/versioned-schemas';
import { documentParts, lookupOf, type DocumentParts, type PartsBase, type PartsFormat } from './document-parts';

export interface RenderRequest {
  /** the export this belongs to: a worker keeps its registries once per export */
  exportId: string;
  base: PartsBase;
  path: string;
  title: string;
  format: PartsFormat;
  /** only these claims (an export of a saved set or a filter); every claim when absent */
  claimIds?: readonly string[] | undefined;
}

/** The document with only the claims asked for. */
export function withClaims(doc: StoredDocument, claimIds: readonly string[] | undefined): StoredDocument {
  if (!claimIds) return doc;
  const wanted = new Set(claimIds);
  return { ...doc, claims: doc.claims.filter((c) => wanted.has(c.id)) };
}

export interface DocumentRenderer {
  render(request: RenderRequest): Promise<DocumentParts>;
  /** how many documents it renders at once */
  readonly width: number;
}

/** Reads, migrates, checks and renders one document file. */
export async function renderDocumentFile(request: Omit<RenderRequest, 'base'>, lookup: ReturnType<typeof lookupOf>): Promise<DocumentParts> {
  const reading = await readJsonFile(nodeFileSystem, request.path, DOCUMENT_FILE);
  if (reading.kind === 'ok' || (reading.kind === 'newer' && reading.data)) return documentParts(withClaims(reading.data!, request.claimIds), request.format, lookup);
  const why = reading.kind === 'missing' ? 'its file is missing' : reading.kind === 'invalid' ? reading.reason : 'it was written by a newer version of Corroborate';
  throw new AppFailure('file-corrupt', `“${request.title}” cannot be exported: ${why}.`);
}

export function inProcessRenderer(): DocumentRenderer {
  const lookups = new Map<string, ReturnType<typeof lookupOf>>();
  return {
    width: 1,
    render(request) {
      let lookup = lookups.get(request.exportId);
      if (!lookup) {
        lookups.clear();
        lookup = lookupOf(request.base);
        lookups.set(request.exportId, lookup);
      }
      return renderDocumentFile(request, lookup);
    },
  };
}

export type RenderWorkerMessage = { id: number; request: Omit<RenderRequest, 'base'>; base: PartsBase | null };
export type RenderWorkerAnswer = { id: number; ok: true; parts: DocumentParts } | { id: number; ok: false; code: string; message: string };

interface PoolWorker {
  worker: Worker;
  exportId: string | null;
  pending: Map<number, { resolve: (parts: DocumentParts) => void; reject: (error: Error) => void }>;
}

/** A pool of render workers, started on first use and stopped when idle. */
export function workerRenderer(createWorker: (options: WorkerOptions) => Worker, size = Math.max(1, Math.min(4, availableParallelism())), idleMs = 30_000): DocumentRenderer {
  let pool: PoolWorker[] = [];
  let nextId = 1;
  let idleTimer: ReturnType<typeof setTimeout> | null = null;

  const stopAll = () => {
    for (const member of pool) void member.worker.terminate();
    pool = [];
  };
  const start = (): PoolWorker => {
    const member: PoolWorker = { worker: createWorker({ resourceLimits: { maxOldGenerationSizeMb: 1024 } }), exportId: null, pending: new Map() };
    member.worker.on('message', (answer: RenderWorkerAnswer) => {
      const waiting = member.pending.get(answer.id);
      member.pending.delete(answer.id);
      // an idle worker must not keep the process alive; a busy one must
      if (member.pending.size === 0) member.worker.unref();
      if (!waiting) return;
      if (answer.ok) waiting.resolve(answer.parts);
      else waiting.reject(new AppFailure(answer.code === 'file-corrupt' ? 'file-corrupt' : 'internal', answer.message));
    });
    const fail = (error: Error) => {
      for (const waiting of member.pending.values()) waiting.reject(new AppFailure('internal', `Rendering the export failed: ${error.message}`));
      member.pending.clear();
      pool = pool.filter((m) => m !== member);
    };
    member.worker.on('error', fail);
    member.worker.on('exit', (code) => fail(new Error(`a worker stopped (exit code ${code})`)));
    member.worker.unref();
    return member;
  };

  return {
    width: size,
    render(request) {
      if (idleTimer) clearTimeout(idleTimer);
      idleTimer = setTimeout(stopAll, idleMs);
      idleTimer.unref?.();
      while (pool.length < size) pool.push(start());
      const member = pool.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
      const id = nextId++;
      const { base, ...rest } = request;
      const message: RenderWorkerMessage = { id, request: rest, base: member.exportId === request.exportId ? null : base };
      member.exportId = request.exportId;
      return new Promise((resolve, reject) => {
        member.pending.set(id, { resolve, reject });
        member.worker.ref();
        member.worker.postMessage(message);
      });
    },
  };
}
