// When backups are taken while the library is open: at the first change after the interval has
// passed (captured in the write queue, completed outside it), and when the library closes if
// anything changed since the last one.
import type { Backups } from './backups';
import type { Notices } from './notices';

export class BackupSchedule {
  private lastBackupAt = 0;
  private pending: Promise<unknown> = Promise.resolve();
  /** a change was written since the last backup */
  private changed = false;

  constructor(
    private readonly backups: Backups,
    private readonly intervalMs: number,
    private readonly notices: Notices,
    private readonly clock: () => string,
  ) {}

  markChanged(): void {
    this.changed = true;
  }

  /** Takes a backup if one is due. Call inside the write queue, before a change. */
  async beforeChange(flushIndex: () => Promise<void>): Promise<void> {
    if (this.intervalMs <= 0 || Date.now() - this.lastBackupAt < this.intervalMs) return;
    this.lastBackupAt = Date.now();
    await flushIndex();
    try {
      const finish = await this.backups.capture('auto', this.clock());
      this.changed = false;
      this.pending = finish().catch((error: unknown) => this.notices.add({ level: 'warning', message: `A backup could not be completed: ${(error as Error).message}` }));
    } catch (error) {
      this.notices.add({ level: 'warning', message: `A backup could not be taken: ${(error as Error).message}` });
    }
  }

  /** Resolves when a backup still being completed is done. */
  settled(): Promise<unknown> {
    return this.pending;
  }

  /** Backs up the session's changes since the last backup. Call inside the write queue. */
  async onClose(): Promise<void> {
    await this.pending;
    if (!this.changed || this.intervalMs <= 0) return;
    try {
      await this.backups.snapshot('on-close', this.clock());
    } catch (error) {
      this.notices.add({ level: 'warning', message: `The closing backup could not be taken: ${(error as Error).message}` });
    }
  }
}
