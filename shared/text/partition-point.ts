// The one binary search the app needs: where a sorted run of items stops being "before" something
// (tokens ending before an offset, paragraphs above the view, spans starting before a position).

/**
 * The first index in [0, count) at which `before(index)` is false (count when it never is), for a
 * `before` that holds for a first run of indexes and for none after them.
 */
export function partitionPoint(count: number, before: (index: number) => boolean): number {
  let low = 0;
  let high = count;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (before(middle)) low = middle + 1;
    else high = middle;
  }
  return low;
}
