// Where the focus goes once a suggestion is accepted or rejected: the row it was on leaves the
// list, and the inspector's buttons are drawn anew for the next suggestion, so focus would fall to
// the page. From the list it goes to the new current row; from anywhere else that went, to the text
// (where the review's keys go on); focus still on something stays.
import { refocusIfLost } from '../refocus';

/** Runs an accept or reject and then puts the focus back where the review goes on. */
export function keepingReviewFocus(decide: () => Promise<unknown>): void {
  const fromList = document.activeElement?.hasAttribute('data-suggestion-item') === true;
  void decide().then(() =>
    requestAnimationFrame(() => {
      const row = fromList ? document.querySelector<HTMLElement>('[data-suggestion-item][aria-current="true"]') : null;
      if (row) row.focus();
      else refocusIfLost();
    }),
  );
}
