// Keeps the article's text read-only while leaving a caret, so readers can select with the
// keyboard (Shift+arrows) as well as the mouse. Typing, deleting, pasting and dropping do nothing;
// any transaction that would change the document is refused unless it is marked as a correction.
import { Plugin, PluginKey } from 'prosemirror-state';

export const readOnlyTextKey = new PluginKey('readOnlyText');

/** Meta flag a transaction carries when the user is correcting the text on purpose. */
export const TEXT_CORRECTION = 'textCorrection';

const EDITING_INPUT = /^(insert|delete|history|format)/;

export function readOnlyText(): Plugin {
  return new Plugin({
    key: readOnlyTextKey,
    filterTransaction: (tr) => !tr.docChanged || tr.getMeta(TEXT_CORRECTION) === true,
    props: {
      handleTextInput: () => true,
      handlePaste: () => true,
      handleDrop: () => true,
      handleDOMEvents: {
        beforeinput: (_view, event) => {
          if (EDITING_INPUT.test(event.inputType)) event.preventDefault();
          return true;
        },
        cut: (_view, event) => {
          event.preventDefault();
          return true;
        },
      },
      handleKeyDown(_view, event) {
        return event.key === 'Backspace' || event.key === 'Delete' || (event.key === 'Enter' && !event.ctrlKey && !event.metaKey);
      },
    },
  });
}
