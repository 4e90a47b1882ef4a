// Converts between projection offsets and ProseMirror positions, using a Projection's segments
// and blocks. Pure arithmetic with binary search, so it stays fast on long documents.
import type { Projection } from './projection';

function lastAtOrBefore<T>(items: readonly T[], key: (item: T) => number, value: number): number {
  let lo = 0;
  let hi = items.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]!) <= value) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The ProseMirror position of a projection offset (block joins map to the end of the earlier block). */
export function offsetToPos(projection: Projection, offset: number): number {
  const { blocks, segments } = projection;
  const b = lastAtOrBefore(blocks, (x) => x.offset, offset);
  if (b < 0) return blocks[0]?.pos ?? 0;
  const block = blocks[b]!;
  const within = Math.min(offset, block.offset + block.length);
  const s = lastAtOrBefore(segments, (x) => x.offset, within);
  const segment = s >= 0 ? segments[s] : undefined;
  if (!segment || segment.offset < block.offset) return block.pos;
  if (within <= segment.offset + segment.length) return segment.pos + (within - segment.offset);
  return segment.pos + segment.length;
}

/**
 * The projection offset of a ProseMirror position. Positions between blocks (or inside a block
 * boundary) snap to the nearest block edge, so any editor selection maps to a valid range.
 */
export function posToOffset(projection: Projection, pos: number): number {
  const { blocks, segments } = projection;
  const b = lastAtOrBefore(blocks, (x) => x.pos, pos);
  if (b < 0) return 0;
  const block = blocks[b]!;
  const s = lastAtOrBefore(segments, (x) => x.pos, pos);
  const segment = s >= 0 ? segments[s] : undefined;
  if (!segment || segment.offset < block.offset) return block.offset;
  if (pos <= segment.pos + segment.length) return segment.offset + (pos - segment.pos);
  return Math.min(segment.offset + segment.length, block.offset + block.length);
}
