// A load that runs one at a time: a call while one runs waits for one more run after it (which
// starts after the caller's change, so it sees it), and all the calls made meanwhile share that
// run. Ten quick status changes in a library of 2,000 documents read the library view twice, not
// ten times, each read a few hundred kilobytes to check and draw.
export class CoalescedLoad {
  private running: Promise<void> | null = null;
  private next: Promise<void> | null = null;

  constructor(private readonly load: () => Promise<void>) {}

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
    // after the running one, whether it succeeded or failed
    this.next ??= this.running.then(startNext, startNext);
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
