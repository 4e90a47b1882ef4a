// Keys in the article: "c" or Enter makes a claim of the selected words.
import { Plugin, PluginKey } from 'prosemirror-state';
import { currentSelection } from '../current-selection';

export const claimKeysKey = new PluginKey('claimKeys');

export interface ClaimKeysOptions {
  onMakeClaim: () => void;
}

export function claimKeys(options: ClaimKeysOptions): Plugin {
  return new Plugin({
    key: claimKeysKey,
    props: {
      handleKeyDown(view, event) {
        if (event.ctrlKey || event.metaKey || event.altKey) return false;
        if (event.key !== 'c' && event.key !== 'Enter') return false;
        const { from, to } = currentSelection(view);
        if (from !== to) {
          event.preventDefault();
          options.onMakeClaim();
          return true;
        }
        return false;
      },
    },
  });
}
