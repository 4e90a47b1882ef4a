// The text projection of a document (DESIGN.md section 4): the text of its textblocks in
// document order joined by "\n", a hard break also "\n". Claim offsets are UTF-16 offsets into it.
// One walk serves both stored ProseMirror JSON and live ProseMirror nodes, through `TreeAccess`,
// so the core and the editor can never disagree about offsets.
import type { DocNode } from '../domain/content';

/** What the walk needs to know about a node of either representation. */
export interface TreeAccess<N> {
  /** 'text' and 'break' are inline; 'textblock' holds inline content; 'leaf' is a block with no content. */
  kind(node: N): 'text' | 'break' | 'textblock' | 'container' | 'leaf';
  text(node: N): string;
  children(node: N): Iterable<N>;
}

/** A run of projected text and where it sits in ProseMirror positions. */
export interface ProjectionSegment {
  /** offset of the run's first character in the projection */
  offset: number;
  /** ProseMirror position of that character */
  pos: number;
  length: number;
}

/** A textblock's extent, in both coordinate systems. */
export interface ProjectedBlock {
  offset: number;
  /** position of the start of the block's content */
  pos: number;
  length: number;
}

export interface Projection {
  text: string;
  segments: ProjectionSegment[];
  blocks: ProjectedBlock[];
}

/** Projects a document. Positions count as ProseMirror does: the root's content starts at 0. */
export function projectTree<N>(root: N, access: TreeAccess<N>): Projection {
  const parts: string[] = [];
  const segments: ProjectionSegment[] = [];
  const blocks: ProjectedBlock[] = [];
  let offset = 0;

  // Returns the node's size in ProseMirror positions.
  const walk = (node: N, pos: number): number => {
    const kind = access.kind(node);
    if (kind === 'text') {
      const text = access.text(node);
      parts.push(text);
      segments.push({ offset, pos, length: text.length });
      offset += text.length;
      return text.length;
    }
    if (kind === 'break') {
      parts.push('\n');
      segments.push({ offset, pos, length: 1 });
      offset += 1;
      return 1;
    }
    if (kind === 'leaf') return 1;
    if (kind === 'textblock') {
      if (blocks.length > 0) {
        parts.push('\n');
        offset += 1;
      }
      const block: ProjectedBlock = { offset, pos: pos + 1, length: 0 };
      blocks.push(block);
      let size = 0;
      for (const child of access.children(node)) size += walk(child, pos + 1 + size);
      block.length = offset - block.offset;
      return size + 2;
    }
    let size = 0;
    for (const child of access.children(node)) size += walk(child, pos + 1 + size);
    return size + 2;
  };

  let size = 0;
  for (const child of access.children(root)) size += walk(child, size);
  return { text: parts.join(''), segments, blocks };
}

interface JsonNode {
  type: string;
  text?: string;
  content?: JsonNode[];
}

const TEXTBLOCKS = new Set(['paragraph', 'heading']);
const LEAVES = new Set(['horizontal_rule']);

/** TreeAccess for stored ProseMirror JSON. */
export const jsonTreeAccess: TreeAccess<JsonNode> = {
  kind(node) {
    if (node.type === 'text') return 'text';
    if (node.type === 'hard_break') return 'break';
    if (TEXTBLOCKS.has(node.type)) return 'textblock';
    if (LEAVES.has(node.type)) return 'leaf';
    return 'container';
  },
  text: (node) => node.text ?? '',
  children: (node) => node.content ?? [],
};

/** The projection of stored content. */
export function projectContent(doc: DocNode): Projection {
  return projectTree(doc as JsonNode, jsonTreeAccess);
}

/** The projected text of stored content. */
export function projectText(doc: DocNode): string {
  return projectContent(doc).text;
}
