// A paragraph too long for the browser to lay out is split at sentence ends, keeping the text's
// projection the same length, every offset in place, and the marks of the words.
import { describe, expect, it } from 'vitest';
import type { DocNode } from '@shared/domain/content';
import { LONG_PARAGRAPH_CHARS, withLongParagraphsSplit } from '@shared/importers/long-paragraphs';
import { projectText } from '@shared/text/projection';

const sentence = (n: number) => `Sentence ${n} says that the river rose by ${n % 7} metres overnight, officials said. `;
const longText = (count: number) => Array.from({ length: count }, (_, n) => sentence(n)).join('').trim();

describe('withLongParagraphsSplit', () => {
  it('splits a paragraph of 300,000 characters at sentence ends, each part within the limit, the projection as long as before', () => {
    const text = longText(4000);
    expect(text.length).toBeGreaterThan(300_000);
    const doc: DocNode = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] };
    const split = withLongParagraphsSplit(doc);
    expect(split.content.length).toBeGreaterThan(15);
    const projected = projectText(split);
    expect(projected.length).toBe(text.length);
    // a line break stands where a space after a sentence's end was; nothing else moved
    expect(projected.replace(/\n/g, ' ')).toBe(text);
    for (const at of [...projected.matchAll(/\n/g)].map((m) => m.index)) expect(text.slice(at - 1, at + 1)).toBe('. ');
    for (const block of split.content) expect(projectText({ type: 'doc', content: [block] }).length).toBeLessThanOrEqual(LONG_PARAGRAPH_CHARS);
  });

  it('keeps the marks of words on both sides of a split, and leaves short paragraphs, headings and hard breaks as they are', () => {
    const head = longText(300);
    const doc: DocNode = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Floods' }] },
        { type: 'paragraph', content: [{ type: 'text', text: head }, { type: 'hard_break' }, { type: 'text', text: `${head} See the report.`, marks: [{ type: 'em' }] }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'A short one.' }] },
      ],
    };
    const split = withLongParagraphsSplit(doc);
    expect(projectText(split).replace(/\n/g, ' ')).toBe(projectText(doc).replace(/\n/g, ' '));
    expect(projectText(split).length).toBe(projectText(doc).length);
    expect(split.content[0]).toEqual(doc.content[0]);
    expect(split.content.at(-1)).toEqual(doc.content[2]);
    const emphasised = split.content.flatMap((block) => (block.type === 'paragraph' ? (block.content ?? []) : [])).filter((node) => node.type === 'text' && node.marks?.length);
    expect(emphasised.length).toBeGreaterThan(1);
    expect(emphasised.map((node) => (node.type === 'text' ? node.text : '')).join(' ')).toBe(`${head} See the report.`);
    const short: DocNode = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: longText(100) }] }] };
    expect(withLongParagraphsSplit(short)).toEqual(short);
  });
});
