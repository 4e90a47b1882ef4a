// After the screen changes (another document opened, another screen shown), focus that was on
// something now gone (a row of the table just left, a palette command) lands on the new screen's
// content, not on the page's body: Tab and a screen reader go on from there. The first screen of
// a load is left alone: Tab then starts at the top of the page, with its skip link.
import { useEffect, useRef } from 'react';
import { refocusIfLost } from './refocus';

export function useFocusAfterNavigation(screen: string): void {
  // the load's first screen, by its key (not a "first run" flag: StrictMode runs an effect twice)
  const first = useRef<string | null>(screen);
  useEffect(() => {
    if (first.current === screen) return;
    first.current = null;
    // after the frame: a dialog that closed with the change has given its focus back by then
    const frame = requestAnimationFrame(refocusIfLost);
    return () => cancelAnimationFrame(frame);
  }, [screen]);
}
