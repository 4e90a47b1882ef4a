// Writes many files a few at a time (each durable write mostly waits for the disk), and what lists
// them, all or none: every write of a batch settles before a failure is handled, so none is left
// running when the caller takes the written ones back out.

/**
 * Writes every item, `parallel` at a time, then `commit`s them (an index that lists them); on a
 * failure of either, `undo` runs for all of them and the failure is thrown.
 */
export async function writeAllOrNone<T, R>(items: readonly T[], parallel: number, write: (item: T) => Promise<R>, commit: (results: readonly R[]) => Promise<void>, undo: (items: readonly T[]) => Promise<void>): Promise<R[]> {
  const results: R[] = [];
  try {
    for (let at = 0; at < items.length; at += parallel) {
      const batch = await Promise.allSettled(items.slice(at, at + parallel).map(write));
      for (const written of batch) {
        if (written.status === 'rejected') throw written.reason;
        results.push(written.value);
      }
    }
    await commit(results);
  } catch (error) {
    await undo(items);
    throw error;
  }
  return results;
}
