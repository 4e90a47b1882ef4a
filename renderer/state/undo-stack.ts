// Undo and redo for claim operations, wherever they were made: each entry knows how to undo and
// redo itself through the bridge (by putting back whole claim records).

export interface UndoEntry {
  /** what the entry did, for the menu and the toast: "Delete claim" */
  label: string;
  undo(): Promise<boolean>;
  redo(): Promise<boolean>;
}

const LIMIT = 200;

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

  /** Undoes the latest entry (one at a time, in order); resolves to its label, or null. */
  undo(): Promise<string | null> {
    return this.step(this.done, this.undone, (e) => e.undo());
  }

  redo(): Promise<string | null> {
    return this.step(this.undone, this.done, (e) => e.redo());
  }

  private step(from: UndoEntry[], to: UndoEntry[], run: (entry: UndoEntry) => Promise<boolean>): Promise<string | null> {
    const next = this.running.then(async () => {
      const entry = from.pop();
      if (!entry) return null;
      if (await run(entry)) {
        to.push(entry);
        return entry.label;
      }
      from.push(entry);
      return null;
    });
    this.running = next.catch(() => undefined);
    return next;
  }
}
