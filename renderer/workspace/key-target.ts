// Whose a key press is: the field the user is typing in, the focused control (Enter presses a
// button or follows a link), or the workspace's shortcuts.

/** True when the user is typing in a field; the article, which is read-only, counts as not typing. */
export function isTyping(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  if (!element) return false;
  // A slider takes only arrows, Home, End and the page keys, none of which the workspace uses.
  if (element instanceof HTMLInputElement && element.type === 'range') return false;
  if (['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName)) return true;
  return element.isContentEditable && !element.closest('.article-text');
}

/** The input types whose text the user edits, and which keep their own Ctrl+Z. */
const TEXT_INPUT_TYPES = new Set(['text', 'search', 'email', 'url', 'tel', 'password', 'number']);

/** Each text field's value as the user's typing last left it (typing, cutting, the field's own undo or redo). */
const typedValues = new WeakMap<EventTarget, string>();

/** Notes a field's value after an input event: the field's own undo covers what the user typed. */
export function noteTyping(event: Event): void {
  const field = event.target;
  if (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) typedValues.set(field, field.value);
}

/**
 * True when the focused element has an undo of its own: a text field still holding what the user
 * typed in it (noteTyping), where Ctrl+Z and its redo are the field's. A list to choose from, a
 * check box, a button, or a field the app changed since the typing (the tag box emptied by adding
 * its tag) or never typed in has none of its own, so Ctrl+Z there is the app's (a bulk edit chosen
 * from a list is undone without leaving it; a tag just added is taken back).
 */
export function hasOwnUndo(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  if (!element) return false;
  if (element instanceof HTMLInputElement) return TEXT_INPUT_TYPES.has(element.type) && typedValues.get(element) === element.value;
  if (element instanceof HTMLTextAreaElement) return typedValues.get(element) === element.value;
  return element.isContentEditable === true && !element.closest('.article-text');
}

/** What Enter presses or follows when it has focus. */
const PRESSED_BY_ENTER = ['button', 'a[href]', 'summary', ...['button', 'link', 'menuitem', 'menuitemcheckbox', 'menuitemradio', 'tab', 'option', 'radio', 'checkbox', 'switch'].map((role) => `[role="${role}"]`)].join(', ');

/** The items of the claims and suggestions lists: Enter on one is the workspace's (open its Source field, accept it). */
const LIST_ITEMS = '[data-claim-item], [data-suggestion-item]';

/**
 * True when Enter belongs to the focused control (a toolbar button, a link, a disclosure...),
 * so the workspace's Enter (make a claim, open the Source field, accept a suggestion) must leave it
 * alone. In the article's text, on the claims or suggestions list, or with nothing focused, Enter
 * is the workspace's.
 */
export function enterPressesFocusedControl(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  const control = target.closest(PRESSED_BY_ENTER);
  return control !== null && !control.matches(LIST_ITEMS);
}
