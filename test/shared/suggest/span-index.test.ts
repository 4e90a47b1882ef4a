// The span index the suggester resolves overlaps with: it finds what a scan of every proposal would,
// the earliest added first, and looks at only the proposals near the span it is asked about.
import { describe, expect, it } from 'vitest';
import type { Span } from '../../../shared/suggest/rules';
import { SpanIndex } from '../../../shared/suggest/span-index';

interface Item {
  name: string;
  span: Span | null;
}

const item = (name: string, start: number, end: number): Item => ({ name, span: [start, end] });
const overlaps = (a: Span, b: Span) => Math.min(a[1], b[1]) > Math.max(a[0], b[0]);
const names = (items: readonly Item[] | undefined) => items?.map((i) => i.name);

describe('SpanIndex', () => {
  it('finds the earliest added item that passes the test, not the first by position', () => {
    const index = new SpanIndex<Item>((i) => i.span, [item('late', 20, 30), item('early', 10, 25)]);
    expect(index.find([22, 24], (_, span) => overlaps(span, [22, 24]))?.name).toBe('late');
    expect(index.find([12, 14], (_, span) => overlaps(span, [12, 14]))?.name).toBe('early');
    expect(index.find([40, 50], () => true)).toBeUndefined();
  });

  it('finds a long item that contains the span and starts far before it', () => {
    const index = new SpanIndex<Item>((i) => i.span, [item('long', 0, 1000), item('short', 990, 995)]);
    const containing = index.filter([500, 510], (_, span) => span[0] <= 500 && 510 <= span[1]);
    expect(names(containing)).toEqual(['long']);
  });

  it('finds the items inside a span, in order of start, and takes a removed item out', () => {
    const a = item('a', 5, 8);
    const b = item('b', 5, 9);
    const index = new SpanIndex<Item>((i) => i.span, [b, item('c', 12, 14), a, item('d', 30, 40)]);
    const inside = (outer: Span) => (_: Item, span: Span) => outer[0] <= span[0] && span[1] <= outer[1];
    expect(names(index.filter([0, 20], inside([0, 20])))).toEqual(['b', 'a', 'c']);
    // an item equal to one indexed is not it: only the item itself is taken out
    index.remove(item('b', 5, 9));
    expect(names(index.items())).toEqual(['b', 'a', 'c', 'd']);
    index.remove(b);
    expect(names(index.items())).toEqual(['a', 'c', 'd']);
  });

  it('leaves out an item without a span', () => {
    const index = new SpanIndex<Item>((i) => i.span, [{ name: 'none', span: null }, item('x', 0, 3)]);
    expect(names(index.items())).toEqual(['x']);
    expect(index.find([0, 3], () => true)?.name).toBe('x');
  });

  it('tests only the items near the span, so a long document does not test each against each', () => {
    const spans = Array.from({ length: 5000 }, (_, n) => item(`s${n}`, n * 10, n * 10 + 8));
    const index = new SpanIndex<Item>((i) => i.span, spans);
    let tested = 0;
    const found = index.find([25_000, 25_004], (_, span) => {
      tested += 1;
      return overlaps(span, [25_000, 25_004]);
    });
    expect(found?.name).toBe('s2500');
    expect(tested).toBeLessThanOrEqual(3);
  });
});
