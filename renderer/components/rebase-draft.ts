// An editor's draft brought up to date with a change made outside the editor (an Undo, a merge):
// each field the user has not touched follows the stored value, each field the user has changed
// keeps what was typed. Without this, an editor would save its old values back over the change.

/** `draft` once the stored values went from `was` to `now` (all three as the editor holds them). */
export function rebaseFields<T extends object>(draft: T, was: T, now: T): T {
  const next = { ...draft };
  for (const field of Object.keys(next) as (keyof T)[]) if (draft[field] === was[field]) next[field] = now[field];
  return next;
}
