import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BlockNode, DocNode } from '@shared/domain/content';
import { offsetToPos, posToOffset } from '@shared/text/position-map';
import { projectContent } from '@shared/text/projection';

const textArb = fc.string({ minLength: 1, maxLength: 12 }).map((s) => s.replace(/[\n\r]/g, 'x'));
const paragraphArb: fc.Arbitrary<BlockNode> = fc
  .array(fc.oneof(textArb.map((text) => ({ type: 'text' as const, text })), fc.constant({ type: 'hard_break' as const })), { maxLength: 4 })
  .map((content) => (content.length ? { type: 'paragraph', content } : { type: 'paragraph' }));
const blockArb: fc.Arbitrary<BlockNode> = fc.oneof(
  paragraphArb,
  fc.constant({ type: 'horizontal_rule' } as BlockNode),
  paragraphArb.map((p) => ({ type: 'blockquote', content: [p] }) as BlockNode),
  paragraphArb.map((p) => ({ type: 'bullet_list', content: [{ type: 'list_item', content: [p] }] }) as BlockNode),
);
const docArb: fc.Arbitrary<DocNode> = fc.array(blockArb, { minLength: 1, maxLength: 6 }).map((content) => ({ type: 'doc', content }));

describe('position map', () => {
  it('maps every projection offset to a position and back to the same offset', () => {
    fc.assert(
      fc.property(docArb, (doc) => {
        const projection = projectContent(doc);
        for (let offset = 0; offset <= projection.text.length; offset++) {
          const pos = offsetToPos(projection, offset);
          const back = posToOffset(projection, pos);
          // A block join ("\n" between blocks) has no position of its own: it maps to the end of
          // the earlier block, which maps back to the offset just before the join.
          const isJoin = projection.blocks.some((b, i) => i > 0 && b.offset - 1 === offset);
          if (!isJoin) expect(back).toBe(offset);
        }
      }),
    );
  });

  it('snaps positions between blocks to a block edge', () => {
    const doc: DocNode = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'ab' }] }, { type: 'horizontal_rule' }, { type: 'paragraph', content: [{ type: 'text', text: 'cd' }] }] };
    const projection = projectContent(doc);
    expect(projection.text).toBe('ab\ncd');
    // the first paragraph is 0..4 (text at 1..3), the rule 4..5, the second paragraph opens at 5
    expect(posToOffset(projection, 0)).toBe(0);
    expect(posToOffset(projection, 4)).toBe(2);
    expect(posToOffset(projection, 5)).toBe(2);
    expect(posToOffset(projection, 6)).toBe(3);
    expect(posToOffset(projection, 7)).toBe(4);
    expect(offsetToPos(projection, 3)).toBe(6);
    expect(offsetToPos(projection, 2)).toBe(3);
  });
});
