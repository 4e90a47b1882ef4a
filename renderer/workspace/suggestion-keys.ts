// The keyboard while suggested claims are reviewed: J/K (or the arrows in the list) move, Enter
// accepts, Delete rejects, Shift+A accepts all above the threshold, the attribution keys change
// the current suggestion's attribution, S its source, Escape ends the review.
import type { Actions } from '../state/actions';
import type { AppState } from '../state/app-store';
import { currentReview } from '../state/suggestion-review';
import { SUGGESTION_SOURCE_INPUT } from '../components/suggestions/SuggestionInspector';
import { keepingReviewFocus } from '../components/suggestions/focus-after-decision';
import type { ClaimCommands } from './claim-commands';

/** Moves to the next or previous suggestion, keeping focus where it was (the list or the text). */
function move(actions: Actions, delta: 1 | -1): boolean {
  const key = actions.suggestions.move(delta);
  if (!key) return false;
  const inList = document.activeElement?.hasAttribute('data-suggestion-item');
  if (inList) requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-suggestion-item="${CSS.escape(key)}"]`)?.focus());
  return true;
}

/** Handles a key of the review; false lets the workspace's own keys have it. */
export function handleSuggestionKey(event: KeyboardEvent, key: string, state: AppState, actions: Actions, commands: ClaimCommands): boolean {
  const review = currentReview(state);
  if (!review) return false;
  const current = review.currentKey;
  switch (key) {
    case 'j':
      return move(actions, 1);
    case 'k':
      return move(actions, -1);
    case 'ArrowDown':
    case 'ArrowUp':
      return document.activeElement?.hasAttribute('data-suggestion-item') ? move(actions, key === 'ArrowDown' ? 1 : -1) : false;
    case 'Enter':
      if (!current) return false;
      keepingReviewFocus(() => actions.suggestions.accept(current));
      return true;
    case 'Delete':
    case 'Backspace':
      if (!current) return false;
      keepingReviewFocus(() => actions.suggestions.reject(current));
      return true;
    case 'Escape':
      actions.suggestions.close();
      commands.backToText();
      return true;
    case 'a':
      if (!event.shiftKey) return false;
      keepingReviewFocus(() => actions.suggestions.acceptAbove());
      return true;
    case 's':
      if (event.shiftKey || !current) return false;
      document.getElementById(SUGGESTION_SOURCE_INPUT)?.focus();
      return true;
  }
  const attribution = state.library?.taxonomy.attributionTypes.find((t) => t.key === key);
  if (attribution && current) {
    actions.suggestions.edit(current, { attribution: attribution.id });
    return true;
  }
  return false;
}
