// Reads what the core has on disk, to check that what the screen shows was saved.
import type { RunningServer } from './server';

/** The first document of the library, as stored (the shape the caller reads is its own). */
export async function firstStoredDocument<T>(server: RunningServer): Promise<T> {
  const [summary] = (await server.call<{ documents: Array<{ id: string }> }>('library:get', {})).documents;
  if (!summary) throw new Error('The library has no document.');
  return server.call<T>('documents:get', { documentId: summary.id });
}
