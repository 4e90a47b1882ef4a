// A refusal of one item of a list sent in one call says which item it was ("Item 3 of 40: ..."),
// so a user can find it; the calls that make, put back or take back many things at once use it.
import { AppFailure } from '@shared/bridge/result';

/** Runs the work for item `index` of a list of `count`; a lone item's refusal is left as it is. */
export function inList<T>(count: number, index: number, work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (count === 1 || !(error instanceof AppFailure)) throw error;
    throw new AppFailure(error.code, `Item ${index + 1} of ${count}: ${error.message}`);
  }
}
