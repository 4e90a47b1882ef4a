// Whose Enter is: the focused button, link or disclosure presses itself; in the article's text,
// on the claims or suggestions list, on a slider or with nothing focused, the workspace has it.
// Whose Ctrl+Z is: a text field's own while it holds what the user typed, else the app's.
import { describe, expect, it } from 'vitest';
import { enterPressesFocusedControl, hasOwnUndo, isTyping, noteTyping } from '../../../renderer/workspace/key-target';

function element(html: string): Element {
  document.body.innerHTML = html;
  return document.body.querySelector('[data-focus]')!;
}

describe('key target', () => {
  it('leaves Enter to a focused button, link, disclosure or control by role', () => {
    expect(enterPressesFocusedControl(element('<div role="toolbar"><button data-focus>Correct text</button></div>'))).toBe(true);
    expect(enterPressesFocusedControl(element('<a href="#x" data-focus>link</a>'))).toBe(true);
    expect(enterPressesFocusedControl(element('<details><summary data-focus>Numbers</summary></details>'))).toBe(true);
    expect(enterPressesFocusedControl(element('<div role="radiogroup"><span role="radio" tabindex="0" data-focus>Verified</span></div>'))).toBe(true);
  });

  it('gives Enter to the workspace on the claims and suggestions lists, in the text, on a slider and with nothing focused', () => {
    expect(enterPressesFocusedControl(element('<button data-claim-item="c1" data-focus>claim</button>'))).toBe(false);
    expect(enterPressesFocusedControl(element('<button data-suggestion-item="s1" data-focus>suggestion</button>'))).toBe(false);
    expect(enterPressesFocusedControl(element('<div class="article-text" contenteditable="true" data-focus><a href="#x">link</a></div>'))).toBe(false);
    expect(enterPressesFocusedControl(element('<input type="range" data-focus>'))).toBe(false);
    expect(enterPressesFocusedControl(document.body)).toBe(false);
    expect(enterPressesFocusedControl(null)).toBe(false);
  });

  it('counts fields as typing, but not a slider', () => {
    expect(isTyping(element('<input type="text" data-focus>'))).toBe(true);
    expect(isTyping(element('<textarea data-focus></textarea>'))).toBe(true);
    expect(isTyping(element('<input type="range" data-focus>'))).toBe(false);
  });

  // (jsdom has no isContentEditable: the editable fields other than the article are checked in Chromium)
  it('leaves Ctrl+Z to a text field holding what the user typed, and gives it to the app elsewhere', () => {
    const typedIn = (html: string, value: string) => {
      const field = element(html) as HTMLInputElement | HTMLTextAreaElement;
      field.value = value;
      noteTyping({ target: field } as unknown as Event);
      return field;
    };
    for (const html of ['<input type="text" data-focus>', '<input type="search" data-focus>', '<input data-focus>', '<textarea data-focus></textarea>']) {
      expect(hasOwnUndo(typedIn(html, 'war'))).toBe(true);
    }
    // the field's own undo emptied it: its redo is still the field's
    expect(hasOwnUndo(typedIn('<textarea data-focus></textarea>', ''))).toBe(true);
    // the app emptied it after the typing (a tag added with Enter), or it was never typed in: the app's
    const tagBox = typedIn('<input type="text" data-focus>', 'casualties');
    tagBox.value = '';
    expect(hasOwnUndo(tagBox)).toBe(false);
    expect(hasOwnUndo(element('<input type="text" value="Reuters" data-focus>'))).toBe(false);
    for (const html of ['<select data-focus><option>Verified</option></select>', '<input type="checkbox" data-focus>', '<input type="radio" data-focus>', '<button data-focus>Set</button>', '<div class="article-text" contenteditable="true" data-focus></div>']) {
      expect(hasOwnUndo(element(html))).toBe(false);
    }
  });
});
