// Undo and redo for everything on the history, wherever it was done: each entry knows how to undo
// and redo itself through the bridge. A step that can never be taken any more (its document was
// emptied from the trash, its claim deleted) is dropped, so Undo goes on to the step before it.

export interface UndoEntry {
  /** what the entry did, for the menu and the toast: "Delete claim" */
  label: string;
  undo(): Promise<boolean>;
  redo(): Promise<boolean>;
  /** the document the step changed, when it changed one: Undo and Redo show it */
  documentId?: string | undefined;
  /** the claim the step changed, when it changed one */
  claimId?: string | undefined;
}

/** What became of the step Undo or Redo tried: taken, failed (kept, to try again) or dropped (it never can be taken). */
export interface StepOutcome {
  entry: UndoEntry;
  result: 'done' | 'failed' | 'dropped';
}

const LIMIT = 200;

/** Starts watching a step as it runs; the test it gives says whether the step turned out to be lost. */
export type LossWatch = () => () => boolean;
const NEVER_LOST: LossWatch = () => () => false;

export class UndoStack {
  private done: UndoEntry[] = [];
  private undone: UndoEntry[] = [];
  private running: Promise<unknown> = Promise.resolve();

  push(entry: UndoEntry): void {
    this.done.push(entry);
    if (this.done.length > LIMIT) this.done.shift();
    this.undone = [];
  }

  /** Replaces the latest entry (an edit joined to the one before it); nothing to redo is kept. */
  replaceLatest(entry: UndoEntry): void {
    if (this.done.length === 0) return this.push(entry);
    this.done[this.done.length - 1] = entry;
    this.undone = [];
  }

  /** Drops the steps `stale` picks (all when none is given), on both sides: what they took back or would redo is no longer there. */
  forget(stale: (entry: UndoEntry) => boolean = () => true): void {
    this.done = this.done.filter((e) => !stale(e));
    this.undone = this.undone.filter((e) => !stale(e));
  }

  /** The step Undo would take back now, or null. */
  get latest(): UndoEntry | null {
    return this.done.at(-1) ?? null;
  }

  get undoLabel(): string | null {
    return this.done.at(-1)?.label ?? null;
  }

  get redoLabel(): string | null {
    return this.undone.at(-1)?.label ?? null;
  }

  /**
   * Undoes the latest entry (one at a time, in order); resolves to what became of it, or null when
   * there was nothing to undo. `watchLoss` is called as the step starts (after the steps before it
   * are done) and gives a test that tells, after a failure, whether the step can never be taken
   * (the core refused it, rather than failing to write): such a step is dropped.
   */
  undo(watchLoss: LossWatch = NEVER_LOST): Promise<StepOutcome | null> {
    return this.step(this.done, this.undone, (e) => e.undo(), watchLoss);
  }

  redo(watchLoss: LossWatch = NEVER_LOST): Promise<StepOutcome | null> {
    return this.step(this.undone, this.done, (e) => e.redo(), watchLoss);
  }

  private step(from: UndoEntry[], to: UndoEntry[], run: (entry: UndoEntry) => Promise<boolean>, watchLoss: LossWatch): Promise<StepOutcome | null> {
    const next = this.running.then(async (): Promise<StepOutcome | null> => {
      const entry = from.pop();
      if (!entry) return null;
      const lost = watchLoss();
      if (await run(entry)) {
        to.push(entry);
        return { entry, result: 'done' };
      }
      if (lost()) return { entry, result: 'dropped' };
      from.push(entry);
      return { entry, result: 'failed' };
    });
    this.running = next.catch(() => undefined);
    return next;
  }
}
