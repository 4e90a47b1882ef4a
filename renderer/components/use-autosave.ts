// Saving an editor's draft without a Save button: a moment after the last keystroke, at once when
// a field loses focus, and when the editor closes (another source chosen, another screen).
import { useCallback, useEffect, useLayoutEffect, useRef } from 'react';

/** How long typing pauses before the draft is saved. */
export const AUTOSAVE_DELAY_MS = 600;

export interface Autosave {
  /** the draft changed: save it once typing pauses (or after `delayMs`, 0 for a choice made at once) */
  changed: (delayMs?: number) => void;
  /** save now what is waiting (a field lost focus) */
  flush: () => void;
}

/**
 * Calls `save` a pause after changes, on `flush`, and once more with `closing` true when the
 * editor unmounts, so it can keep a draft it could not save. `save` is always the latest one given.
 */
export function useAutosave(save: (closing: boolean) => void, delayMs = AUTOSAVE_DELAY_MS): Autosave {
  const latestSave = useRef(save);
  useLayoutEffect(() => {
    latestSave.current = save;
  });
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const flush = useCallback(() => {
    if (timer.current === null) return;
    clearTimeout(timer.current);
    timer.current = null;
    latestSave.current(false);
  }, []);
  const changed = useCallback(
    (wait = delayMs) => {
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        timer.current = null;
        latestSave.current(false);
      }, wait);
    },
    [delayMs],
  );
  // a window closed or reloaded while typing paused still saves
  useEffect(() => {
    window.addEventListener('pagehide', flush);
    return () => window.removeEventListener('pagehide', flush);
  }, [flush]);

  useEffect(() => {
    const pending = timer;
    const saveNow = latestSave;
    return () => {
      if (pending.current !== null) clearTimeout(pending.current);
      pending.current = null;
      saveNow.current(true);
    };
  }, []);
  return { changed, flush };
}
