// Long exports as jobs the interface can follow and stop: each runs in the background, tells how
// many documents are done, can be cancelled, and keeps its result (the file written, or the
// export in memory for a download) until it is taken. Works the same over IPC and the web bridge,
// which only answer requests: the interface asks for a job's progress rather than being told.
import { AppFailure } from '@shared/bridge/result';
import type { ExportJobView, RenderedExport } from '@shared/bridge/contract';
import { newId } from '@shared/domain/primitives';

interface Job {
  view: ExportJobView;
  controller: AbortController;
  result: RenderedExport | null;
  finishedAt: number | null;
}

export interface ExportJobWork {
  /** what the job does; it reports progress, and stops when the signal is aborted */
  run(signal: AbortSignal, onProgress: (done: number, total: number) => void): Promise<RenderedExport | string>;
  total: number;
  /** what the user is told beside the finished file (what it leaves out), or '' */
  note?: string;
}

/** Finished jobs nobody took are forgotten after this long. */
const KEEP_FINISHED_MS = 10 * 60 * 1000;

export class ExportJobs {
  private readonly jobs = new Map<string, Job>();

  constructor(private readonly now: () => number = Date.now) {}

  start(work: ExportJobWork): ExportJobView {
    this.forgetOld();
    const id = newId();
    const job: Job = { view: { jobId: id, state: 'running', done: 0, total: work.total, message: '', path: null }, controller: new AbortController(), result: null, finishedAt: null };
    this.jobs.set(id, job);
    void work
      .run(job.controller.signal, (done, total) => {
        job.view = { ...job.view, done, total };
      })
      .then(
        (result) => {
          job.view = { ...job.view, state: 'done', done: job.view.total, message: work.note ?? '', path: typeof result === 'string' ? result : null };
          job.result = typeof result === 'string' ? null : result;
        },
        (error: unknown) => {
          const cancelled = job.controller.signal.aborted;
          job.view = { ...job.view, state: cancelled ? 'cancelled' : 'failed', message: cancelled ? 'The export was cancelled; no file was written.' : errorMessage(error) };
        },
      )
      .finally(() => {
        job.finishedAt = this.now();
      });
    return job.view;
  }

  get(jobId: string): ExportJobView {
    return this.job(jobId).view;
  }

  cancel(jobId: string): ExportJobView {
    const job = this.job(jobId);
    if (job.view.state === 'running') job.controller.abort(new AppFailure('cancelled', 'The export was cancelled.'));
    return job.view;
  }

  /** The finished export, handed over once. */
  take(jobId: string): RenderedExport {
    const job = this.job(jobId);
    if (job.view.state !== 'done' || !job.result) throw new AppFailure('invalid-argument', `Export ${jobId} has no result to take (it is ${job.view.state}).`);
    this.jobs.delete(jobId);
    return job.result;
  }

  private job(jobId: string): Job {
    const job = this.jobs.get(jobId);
    if (!job) throw new AppFailure('not-found', `There is no export ${jobId}.`);
    return job;
  }

  private forgetOld(): void {
    for (const [id, job] of this.jobs) if (job.finishedAt !== null && this.now() - job.finishedAt > KEEP_FINISHED_MS) this.jobs.delete(id);
  }
}

function errorMessage(error: unknown): string {
  return error instanceof AppFailure ? error.message : `The export failed: ${(error as Error)?.message ?? String(error)}`;
}
