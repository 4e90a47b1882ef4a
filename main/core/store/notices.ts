// What the store tells the user about the library's health: damaged files put aside, a newer
// version's files opened read-only, an index rebuilt, a backup restored.
import type { Notice } from '@shared/bridge/contract';

export class Notices {
  private items: Notice[] = [];
  private next = 1;

  add(notice: Omit<Notice, 'id'>): Notice {
    const full = { ...notice, id: `notice-${this.next++}` };
    this.items = [...this.items, full];
    return full;
  }

  dismiss(id: string): void {
    this.items = this.items.filter((n) => n.id !== id);
  }

  all(): Notice[] {
    return this.items;
  }
}
