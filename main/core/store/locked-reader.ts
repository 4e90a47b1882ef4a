// What a check that runs under the store's lock may read (LibraryStore.updateLibrary's `check`):
// reads that do not wait for the lock they are already under.
import type { DocumentSummary, StoredDocument } from '@shared/domain/document';
import type { Trash } from './trash';

export interface LockedReader {
  documentSummaries(): DocumentSummary[];
  document(id: string): Promise<StoredDocument>;
  trash: Trash;
}
