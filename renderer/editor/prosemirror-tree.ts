// Lets the shared text projection walk live ProseMirror nodes, so editor positions and stored
// claim offsets are computed by the same code.
import type { Node } from 'prosemirror-model';
import { projectTree, type Projection, type TreeAccess } from '@shared/text/projection';

export const prosemirrorTreeAccess: TreeAccess<Node> = {
  kind(node) {
    if (node.isText) return 'text';
    if (node.type.name === 'hard_break') return 'break';
    if (node.isTextblock) return 'textblock';
    if (node.isLeaf) return 'leaf';
    return 'container';
  },
  text: (node) => node.text ?? '',
  children: (node) => node.content.content,
};

/** The projection of a live document (cached per document node, which is immutable). */
const cache = new WeakMap<Node, Projection>();
export function projectDoc(doc: Node): Projection {
  let projection = cache.get(doc);
  if (!projection) {
    projection = projectTree(doc, prosemirrorTreeAccess);
    cache.set(doc, projection);
  }
  return projection;
}
