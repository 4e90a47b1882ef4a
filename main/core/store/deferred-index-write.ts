// The library index (library.json's list of documents) after a claim change: written a while
// later rather than at each change, as a document's claims change many times a minute. This keeps
// whether the index in memory differs from the one on disk, and the timer that writes it.
export class DeferredIndexWrite {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private dirty = false;

  constructor(
    private readonly delayMs: number,
    private readonly writeLater: () => void,
  ) {}

  /** Whether the index in memory has changes the file does not have yet. */
  get pending(): boolean {
    return this.dirty;
  }

  /** The index in memory changed: it is written after the delay (one timer for any number of changes). */
  changed(): void {
    this.dirty = true;
    if (this.timer !== null) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.writeLater();
    }, this.delayMs);
    this.timer.unref?.();
  }

  /** The whole library file, index included, was just written. */
  written(): void {
    this.dirty = false;
  }

  /** Stops the timer (on close, which writes pending changes itself). */
  cancel(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}
