// A row of the claims or suggestions list as a keyboard user meets it: the list is one Tab stop
// (the current row), and the row the focus lands on becomes the current one, so the keys that act
// on "the claim" or "the suggestion" act on the one the focus ring is on.

/** The button props of a list row: marked current, its Tab stop, and selecting it by click or by focus. */
export function listRowFocus(tabStop: boolean, current: boolean, select: () => void) {
  return {
    type: 'button' as const,
    'aria-current': current ? ('true' as const) : undefined,
    tabIndex: tabStop ? 0 : -1,
    onClick: select,
    onFocus: () => {
      if (!current) select();
    },
  };
}
