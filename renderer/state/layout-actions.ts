// What the user does to the workspace's panes: resize one, hide or show the library pane. The
// layout is in the app's state (the workspace draws from it) and kept on this machine.
import { clampListShare, clampWidth, localStorageOrNull, sidebarShown, writeLayout, type PaneLayout, type ResizablePane } from '../workspace/pane-layout';
import type { AppStore } from './app-store';

export class LayoutActions {
  constructor(
    private readonly store: AppStore,
    private readonly storage: Pick<Storage, 'setItem'> | null = typeof window === 'undefined' ? null : localStorageOrNull(),
  ) {}

  private change(changes: Partial<PaneLayout>): void {
    const layout = { ...this.store.getState().layout, ...changes };
    this.store.update({ layout });
    if (this.storage) writeLayout(this.storage, layout);
  }

  resize(pane: ResizablePane, width: number): void {
    this.change(pane === 'sidebar' ? { sidebarWidth: clampWidth(pane, width) } : { claimsWidth: clampWidth(pane, width) });
  }

  /** Gives the claims list `share` percent of its pane's height (the inspector has the rest). */
  resizeClaimsList(share: number): void {
    this.change({ claimsListShare: clampListShare(share) });
  }

  /** Hides the library pane if it shows in a window `windowWidth` wide, else shows it: the user's choice from now on. */
  toggleSidebar(windowWidth: number): void {
    this.change({ sidebarHidden: sidebarShown(this.store.getState().layout, windowWidth) });
  }
}
