// What the store tells the user about the library's health: damaged files put aside, a newer
// version's files opened read-only, an index rebuilt, a backup restored.
import type { Notice } from '@shared/bridge/contract';

export class Notices {
  private items: Notice[] = [];
  private next = 1;

  /** Adds a notice; one saying the same thing is replaced, not shown twice. */
  add(notice: Omit<Notice, 'id'>): Notice {
    const full = { ...notice, id: `notice-${this.next++}` };
    this.items = [...this.items.filter((n) => n.message !== notice.message), full];
    return full;
  }

  /** Drops the notices about the library as it was (before a restore replaced it): the news, not the warnings. */
  dropNews(): void {
    this.items = this.items.filter((n) => n.level !== 'info');
  }

  dismiss(id: string): void {
    this.items = this.items.filter((n) => n.id !== id);
  }

  all(): Notice[] {
    return this.items;
  }
}
