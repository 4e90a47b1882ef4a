// Which of some documents are in the library: a change reaching claims by document (a merge, a
// tag's undo) writes those through the store and those in the trash through the trash.
import type { LibraryStore } from './library-store';

/** Those of `documentIds` that are in the library (not in the trash, not gone), each once, in library order. */
export function inLibrary(store: LibraryStore, documentIds: Iterable<string>): string[] {
  const wanted = new Set(documentIds);
  return store.documentSummaries().filter((d) => wanted.has(d.id)).map((d) => d.id);
}
