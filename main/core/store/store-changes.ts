// What changed in the store, for those that keep derived views of the library (the claim
// catalog): one document written or removed, or everything (after a restore).
import type { StoredDocument } from '@shared/domain/document';

export type StoreChange = { kind: 'document'; document: StoredDocument } | { kind: 'removed'; documentId: string } | { kind: 'reloaded' };

export class StoreChanges {
  private readonly listeners = new Set<(change: StoreChange) => void>();

  /** Calls `listener` after each change is on disk. Returns a function that stops it. */
  subscribe(listener: (change: StoreChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(change: StoreChange): void {
    for (const listener of this.listeners) listener(change);
  }
}
