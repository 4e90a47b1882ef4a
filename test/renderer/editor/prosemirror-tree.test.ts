import fc from 'fast-check';
import { Node } from 'prosemirror-model';
import { describe, expect, it } from 'vitest';
import { projectContent } from '@shared/text/projection';
import { parsePlainText } from '@shared/importers/plain-text';
import { projectDoc } from '../../../renderer/editor/prosemirror-tree';
import { schema } from '../../../renderer/editor/schema';
import { seedText } from '../../helpers/fixtures';

describe('projection of live ProseMirror documents', () => {
  it('matches the projection of the stored JSON, position for position (seed)', () => {
    const content = parsePlainText(seedText()).content;
    const live = projectDoc(Node.fromJSON(schema, content));
    expect(live).toEqual(projectContent(content));
  });

  it('matches for random documents with lists, quotes, rules and hard breaks', () => {
    const inline = fc.oneof(
      fc.string({ minLength: 1, maxLength: 8 }).map((s) => ({ type: 'text', text: s.replace(/[\n\r]/g, '_') })),
      fc.constant({ type: 'hard_break' }),
    );
    const para = fc.array(inline, { maxLength: 3 }).map((content) => ({ type: 'paragraph', ...(content.length ? { content } : {}) }));
    const block = fc.oneof(para, fc.constant({ type: 'horizontal_rule' }), para.map((p) => ({ type: 'blockquote', content: [p] })), para.map((p) => ({ type: 'ordered_list', content: [{ type: 'list_item', content: [p] }] })));
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 5 }), (blocks) => {
        const json = { type: 'doc', content: blocks };
        const doc = Node.fromJSON(schema, json);
        // ProseMirror merges adjacent text nodes; compare on its own JSON so both see the same tree.
        expect(projectDoc(doc)).toEqual(projectContent(doc.toJSON()));
        expect(projectDoc(doc).text).toBe(projectContent(json as never).text);
      }),
    );
  });

  it('positions point at the right characters in the live document', () => {
    const doc = Node.fromJSON(schema, parsePlainText(seedText()).content);
    const projection = projectDoc(doc);
    for (const segment of projection.segments.slice(0, 20)) {
      expect(doc.textBetween(segment.pos, segment.pos + segment.length, '\n', '\n')).toBe(projection.text.slice(segment.offset, segment.offset + segment.length));
    }
  });
});
