// The ProseMirror schema of DESIGN.md section 4. Rendering is safe by construction: links keep
// only http, https and mailto URLs and never navigate the app (clicks are handled by the view).
import { Schema, type DOMOutputSpec, type Mark, type Node } from 'prosemirror-model';
import { safeLinkUrl } from '@shared/domain/safe-url';

const dirAttr = { dir: { default: null } };
const dirOf = (node: Node) => (node.attrs.dir ? { dir: node.attrs.dir as string } : {});

export const schema = new Schema({
  nodes: {
    doc: { content: 'block+' },
    paragraph: { group: 'block', content: 'inline*', attrs: dirAttr, toDOM: (n): DOMOutputSpec => ['p', dirOf(n), 0] },
    heading: {
      group: 'block',
      content: 'inline*',
      attrs: { level: { default: 2 }, ...dirAttr },
      defining: true,
      toDOM: (n): DOMOutputSpec => [`h${Math.min(6, Math.max(1, Number(n.attrs.level)))}`, dirOf(n), 0],
    },
    blockquote: { group: 'block', content: 'block+', attrs: dirAttr, toDOM: (n): DOMOutputSpec => ['blockquote', dirOf(n), 0] },
    bullet_list: { group: 'block', content: 'list_item+', attrs: dirAttr, toDOM: (n): DOMOutputSpec => ['ul', dirOf(n), 0] },
    ordered_list: {
      group: 'block',
      content: 'list_item+',
      attrs: { order: { default: 1 }, ...dirAttr },
      toDOM: (n): DOMOutputSpec => ['ol', { ...dirOf(n), ...(n.attrs.order === 1 ? {} : { start: String(n.attrs.order) }) }, 0],
    },
    list_item: { content: 'block+', defining: true, toDOM: (): DOMOutputSpec => ['li', 0] },
    horizontal_rule: { group: 'block', toDOM: (): DOMOutputSpec => ['hr'] },
    hard_break: { group: 'inline', inline: true, selectable: false, toDOM: (): DOMOutputSpec => ['br'] },
    text: { group: 'inline' },
  },
  marks: {
    em: { toDOM: (): DOMOutputSpec => ['em', 0] },
    strong: { toDOM: (): DOMOutputSpec => ['strong', 0] },
    code: { toDOM: (): DOMOutputSpec => ['code', 0] },
    sub: { excludes: 'sup', toDOM: (): DOMOutputSpec => ['sub', 0] },
    sup: { excludes: 'sub', toDOM: (): DOMOutputSpec => ['sup', 0] },
    link: {
      attrs: { href: {}, title: { default: null } },
      inclusive: false,
      toDOM: (mark: Mark): DOMOutputSpec => {
        const href = safeLinkUrl(String(mark.attrs.href)) ?? '';
        const attrs: Record<string, string> = { class: 'article-link', 'data-href': href, title: href };
        if (mark.attrs.title) attrs.title = `${String(mark.attrs.title)} (${href})`;
        return ['span', attrs, 0];
      },
    },
  },
});
