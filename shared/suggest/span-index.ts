// Proposals looked up by where their spans lie: kept in order of start, so the ones that can overlap
// or contain a span are found by a binary search and a short walk, not by testing every proposal.
// A long document has tens of thousands of proposals, and testing each against each was quadratic
// (a 3.4 MB article took 12.5 s, a third of it in those tests). A lookup walks the items that
// start within the longest span before it, and an insertion shifts the array: cheap while spans
// are sentences and paragraphs, not the whole text.
import { partitionPoint } from '../text/partition-point';
import type { Span } from './rules';

interface Entry<T> {
  item: T;
  span: Span;
  /** the order the item was added in: lookups answer the earliest, as a scan of a list would */
  order: number;
}

export class SpanIndex<T> {
  /** sorted by span start; an equal start goes after the entries already there */
  private readonly entries: Entry<T>[] = [];
  private longest = 0;
  private added = 0;

  /** `spanOf` gives the span an item is indexed by, or null for an item with none (never found). */
  constructor(
    private readonly spanOf: (item: T) => Span | null,
    items: Iterable<T> = [],
  ) {
    for (const item of items) this.add(item);
  }

  add(item: T): void {
    const span = this.spanOf(item);
    this.added += 1;
    if (span === null) return;
    this.entries.splice(this.firstStartingAfter(span[0]), 0, { item, span, order: this.added });
    this.longest = Math.max(this.longest, span[1] - span[0]);
  }

  remove(item: T): void {
    const span = this.spanOf(item);
    if (span === null) return;
    for (let at = this.firstStartingAfter(span[0] - 1); at < this.entries.length && this.entries[at]!.span[0] === span[0]; at += 1) {
      if (this.entries[at]!.item === item) {
        this.entries.splice(at, 1);
        return;
      }
    }
  }

  /**
   * The earliest added item that passes `test`, among those that could overlap `near`, contain it
   * or lie inside it: every item starting from `longest` before `near` to its end, touching and
   * empty spans included (the others are skipped unseen, so `test` must fail for them).
   */
  find(near: Span, test: (item: T, span: Span) => boolean): T | undefined {
    let found: Entry<T> | undefined;
    for (let at = this.firstStartingAfter(near[0] - this.longest - 1); at < this.entries.length && this.entries[at]!.span[0] <= near[1]; at += 1) {
      const entry = this.entries[at]!;
      if ((found === undefined || entry.order < found.order) && test(entry.item, entry.span)) found = entry;
    }
    return found?.item;
  }

  /** Every item that passes `test`, among those `find` looks at, in order of start. */
  filter(near: Span, test: (item: T, span: Span) => boolean): T[] {
    const found: T[] = [];
    for (let at = this.firstStartingAfter(near[0] - this.longest - 1); at < this.entries.length && this.entries[at]!.span[0] <= near[1]; at += 1) {
      const entry = this.entries[at]!;
      if (test(entry.item, entry.span)) found.push(entry.item);
    }
    return found;
  }

  /** The indexed items in order of start (equal starts in the order they were added). */
  items(): T[] {
    return this.entries.map((entry) => entry.item);
  }

  /** The index of the first entry that starts after `offset`: a binary search. */
  private firstStartingAfter(offset: number): number {
    return partitionPoint(this.entries.length, (at) => this.entries[at]!.span[0] <= offset);
  }
}
