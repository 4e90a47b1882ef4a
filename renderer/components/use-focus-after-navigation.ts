// After the screen changes (another document opened, another screen shown), focus that was on
// something now gone (a row of the table just left, a palette command) lands on the new screen's
// content, not on the page's body: Tab and a screen reader go on from there. Focus still on
// something in the page (the sidebar link clicked) stays where it is.
import { useEffect } from 'react';

export function useFocusAfterNavigation(screen: string): void {
  useEffect(() => {
    // after the frame: a dialog that closed with the change has given its focus back by then
    const frame = requestAnimationFrame(() => {
      const active = document.activeElement;
      if (active !== null && active !== document.body && active.isConnected) return;
      const target = document.querySelector<HTMLElement>('.article-text') ?? document.querySelector<HTMLElement>('main.article-pane');
      target?.focus({ preventScroll: true });
    });
    return () => cancelAnimationFrame(frame);
  }, [screen]);
}
