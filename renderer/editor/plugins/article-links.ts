// Links in an article never navigate the app: a click asks the user first (the dialog shows the
// whole URL), then opens the link in the system browser.
import { Plugin, PluginKey } from 'prosemirror-state';

export const articleLinksKey = new PluginKey('articleLinks');

export function articleLinks(onOpen: (href: string) => void): Plugin {
  return new Plugin({
    key: articleLinksKey,
    props: {
      handleDOMEvents: {
        click(_view, event) {
          const link = (event.target as HTMLElement | null)?.closest?.('.article-link');
          if (!link || event.button !== 0) return false;
          const href = link.getAttribute('data-href') ?? '';
          if (href === '' || !window.getSelection()?.isCollapsed) return false;
          event.preventDefault();
          onOpen(href);
          return true;
        },
      },
    },
  });
}
