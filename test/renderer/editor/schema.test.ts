import { DOMSerializer, Node } from 'prosemirror-model';
import { describe, expect, it } from 'vitest';
import { schema } from '../../../renderer/editor/schema';

describe('editor schema rendering', () => {
  it('renders links as inert spans and drops unsafe URLs', () => {
    const doc = Node.fromJSON(schema, {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'safe', marks: [{ type: 'link', attrs: { href: 'https://example.org/', title: null } }] },
            { type: 'text', text: ' bad', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)', title: null } }] },
          ],
        },
      ],
    });
    const host = document.createElement('div');
    host.appendChild(DOMSerializer.fromSchema(schema).serializeFragment(doc.content));
    expect(host.querySelector('a')).toBeNull();
    const links = host.querySelectorAll('.article-link');
    expect(links[0]!.getAttribute('data-href')).toBe('https://example.org/');
    expect(links[1]!.getAttribute('data-href')).toBe('');
    expect(host.innerHTML).not.toContain('javascript:');
  });

  it('carries the writing direction of a block', () => {
    const doc = Node.fromJSON(schema, { type: 'doc', content: [{ type: 'paragraph', attrs: { dir: 'rtl' }, content: [{ type: 'text', text: 'قالت' }] }] });
    const host = document.createElement('div');
    host.appendChild(DOMSerializer.fromSchema(schema).serializeFragment(doc.content));
    expect(host.querySelector('p')!.getAttribute('dir')).toBe('rtl');
  });
});
