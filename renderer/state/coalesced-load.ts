// A load that runs one at a time: a call while one runs waits for one more run after it (which
// starts after the caller's change, so it sees it), and all the calls made meanwhile share that
// run. Ten quick status changes in a library of 2,000 documents read the library view twice, not
// ten times, each read a few hundred kilobytes to check and draw. A run that has not settled after
// `patienceMs` no longer holds the next one back (an answer lost on its way would otherwise stop
// every later refresh).

/** How long a run may hold the next one back: far longer than a library read takes (about 0.1 s at 2,000 documents). */
const PATIENCE_MS = 15_000;

/** Resolves when `run` settles, or after `ms`, whichever comes first. */
function settledOrAfter(run: Promise<void>, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    run.then(done, done);
  });
}

export class CoalescedLoad {
  private running: Promise<void> | null = null;
  private next: Promise<void> | null = null;

  constructor(
    private readonly load: () => Promise<void>,
    private readonly patienceMs = PATIENCE_MS,
  ) {}

  /** Whether a run is on its way. */
  get busy(): boolean {
    return this.running !== null;
  }

  /** Resolves once a run that started after this call has finished. */
  run(): Promise<void> {
    if (this.running === null) return this.start();
    const startNext = () => {
      this.next = null;
      return this.start();
    };
    // after the running one, whether it succeeded or failed, or once it has taken too long
    this.next ??= settledOrAfter(this.running, this.patienceMs).then(startNext);
    return this.next;
  }

  private start(): Promise<void> {
    const started = this.load().finally(() => {
      // a queued run takes over from this one as it starts
      if (this.running === started && this.next === null) this.running = null;
    });
    this.running = started;
    return started;
  }
}
