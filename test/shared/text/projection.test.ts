import { describe, expect, it } from 'vitest';
import type { DocNode } from '@shared/domain/content';
import { projectContent, projectText } from '@shared/text/projection';

const doc: DocNode = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Title' }] },
    { type: 'paragraph', content: [{ type: 'text', text: 'One ' }, { type: 'text', text: 'two', marks: [{ type: 'em' }] }] },
    { type: 'horizontal_rule' },
    { type: 'blockquote', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Quoted' }, { type: 'hard_break' }, { type: 'text', text: 'line' }] }] },
    { type: 'bullet_list', content: [{ type: 'list_item', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Item' }] }] }] },
    { type: 'paragraph' },
    { type: 'paragraph', content: [{ type: 'text', text: 'End' }] },
  ],
};

describe('text projection', () => {
  it('joins textblocks with newlines, counts a hard break as a newline and a rule as nothing', () => {
    expect(projectText(doc)).toBe('Title\nOne two\nQuoted\nline\nItem\n\nEnd');
  });

  it('records where each textblock and text run sits in ProseMirror positions', () => {
    const { blocks, segments } = projectContent(doc);
    // heading opens at 0, its content starts at 1
    expect(blocks[0]).toEqual({ offset: 0, pos: 1, length: 5 });
    // paragraph at 7 (heading size 7), content at 8
    expect(blocks[1]).toEqual({ offset: 6, pos: 8, length: 7 });
    expect(segments.find((s) => s.offset === 10)).toEqual({ offset: 10, pos: 12, length: 3 });
    // the paragraph ends at 16; the rule is 16..17; the blockquote opens at 17, its paragraph
    // at 18, and the paragraph's text starts at 19
    expect(blocks[2]).toEqual({ offset: 14, pos: 19, length: 11 });
    expect(blocks.at(-2)).toMatchObject({ length: 0 });
  });

  it('is empty for a document of one empty paragraph', () => {
    expect(projectText({ type: 'doc', content: [{ type: 'paragraph' }] })).toBe('');
  });
});
