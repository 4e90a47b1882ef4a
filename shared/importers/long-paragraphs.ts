// A paragraph of hundreds of thousands of characters (a text file with no line breaks, a page
// whose text is one <p>) is more than a browser lays out: Chromium stops wrapping it some 1.8
// million pixels down, and the rest runs off to the right in one line. Such a paragraph is split
// into paragraphs at sentence ends. Each split takes the space after a sentence's end, and the
// line break between the two paragraphs stands where it was, so the text's projection keeps its
// length and every offset in it.
import type { BlockNode, DocNode, InlineNode, ParagraphNode } from '../domain/content';

/** Paragraphs longer than this (characters) are split. */
export const LONG_PARAGRAPH_CHARS = 20_000;
/** The length the parts of a split paragraph aim for: at least this, to the next sentence's end. */
const PART_CHARS = 5_000;

/**
 * A space after a sentence's end (".", "!" or "?", with any closing quotation marks or brackets)
 * after a word of three small letters or a digit, so not after "Mr.", "Dr." or "U.S.".
 */
const SENTENCE_END_SPACE = /(?<=\p{Ll}{3}|\d)[.!?]["'\u201D\u2019)\]]* /gu;

/** The paragraph's text as the projection gives it (a hard break is a line break). */
const textOf = (content: readonly InlineNode[]) => content.map((node) => (node.type === 'text' ? node.text : '\n')).join('');

/** Where to split a text: the offsets of the spaces that become paragraph breaks. */
function splitOffsets(text: string): number[] {
  const offsets: number[] = [];
  let partStart = 0;
  while (text.length - partStart > LONG_PARAGRAPH_CHARS) {
    SENTENCE_END_SPACE.lastIndex = partStart + PART_CHARS;
    const end = SENTENCE_END_SPACE.exec(text);
    // no sentence ends soon after (a list of numbers, text without punctuation): the next space
    const space = end !== null && end.index + end[0].length - 1 < partStart + LONG_PARAGRAPH_CHARS ? end.index + end[0].length - 1 : text.indexOf(' ', partStart + PART_CHARS);
    if (space === -1 || space >= text.length - 1) break;
    offsets.push(space);
    partStart = space + 1;
  }
  return offsets;
}

/** The paragraph's inline content cut at the offsets, the character at each (a space) left out. */
function cutAt(content: readonly InlineNode[], offsets: readonly number[]): InlineNode[][] {
  const parts: InlineNode[][] = [[]];
  let at = 0;
  let next = 0;
  for (const node of content) {
    if (node.type !== 'text') {
      parts[parts.length - 1]!.push(node);
      at += 1;
      continue;
    }
    let from = 0;
    while (next < offsets.length && offsets[next]! < at + node.text.length) {
      const cut = offsets[next]! - at;
      if (cut > from) parts[parts.length - 1]!.push({ ...node, text: node.text.slice(from, cut) });
      parts.push([]);
      from = cut + 1;
      next += 1;
    }
    if (from < node.text.length) parts[parts.length - 1]!.push({ ...node, text: node.text.slice(from) });
    at += node.text.length;
  }
  return parts;
}

function splitParagraph(paragraph: ParagraphNode): ParagraphNode[] {
  const content = paragraph.content ?? [];
  const text = textOf(content);
  if (text.length <= LONG_PARAGRAPH_CHARS) return [paragraph];
  const offsets = splitOffsets(text);
  if (offsets.length === 0) return [paragraph];
  return cutAt(content, offsets).map((part) => ({ ...paragraph, content: part }));
}

function splitBlocks(blocks: readonly BlockNode[]): BlockNode[] {
  return blocks.flatMap((block): BlockNode[] => {
    if (block.type === 'paragraph') return splitParagraph(block);
    if (block.type === 'blockquote') return [{ ...block, content: splitBlocks(block.content) }];
    if (block.type === 'bullet_list' || block.type === 'ordered_list') return [{ ...block, content: block.content.map((item) => ({ ...item, content: splitBlocks(item.content) })) }];
    return [block];
  });
}

/** The content with every paragraph longer than LONG_PARAGRAPH_CHARS split at sentence ends. */
export function withLongParagraphsSplit(content: DocNode): DocNode {
  return { ...content, content: splitBlocks(content.content) };
}
