// The editor's selection as the user sees it on screen.
import type { EditorView } from 'prosemirror-view';

/**
 * The selection as the browser shows it. ProseMirror reads DOM selection changes asynchronously,
 * so right after a fast Shift+Arrow its state can be one step behind what the user sees.
 */
export function currentSelection(view: EditorView): { from: number; to: number; anchor: number; head: number } {
  const selection = view.dom.ownerDocument.getSelection();
  if (selection && selection.rangeCount > 0 && selection.anchorNode && selection.focusNode && view.dom.contains(selection.anchorNode) && view.dom.contains(selection.focusNode)) {
    try {
      const anchor = view.posAtDOM(selection.anchorNode, selection.anchorOffset);
      const head = view.posAtDOM(selection.focusNode, selection.focusOffset);
      return { from: Math.min(anchor, head), to: Math.max(anchor, head), anchor, head };
    } catch {
      // a node ProseMirror does not manage: fall back to its own state
    }
  }
  const { from, to, anchor, head } = view.state.selection;
  return { from, to, anchor, head };
}

