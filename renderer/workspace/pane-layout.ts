// The workspace's pane widths and whether the library pane shows: the user drags a splitter (or
// moves it with the arrow keys) and hides or shows the library pane; the choice is kept on this
// machine (localStorage) between sessions. Until the user chooses, the library pane hides itself in
// windows narrower than NARROW_WINDOW_PX, so the article keeps a readable measure.

export interface PaneLayout {
  sidebarWidth: number;
  claimsWidth: number;
  /** the claims pane's height given to its list (the inspector has the rest), in percent */
  claimsListShare: number;
  /** null: not chosen, shown or hidden by the window's width */
  sidebarHidden: boolean | null;
}

export type ResizablePane = 'sidebar' | 'claims';

export const PANE_LIMITS: Record<ResizablePane, { min: number; max: number; default: number }> = {
  sidebar: { min: 180, max: 440, default: 248 },
  claims: { min: 300, max: 680, default: 380 },
};

/** The claims list's share of its pane's height, in percent. */
export const LIST_SHARE_LIMITS = { min: 20, max: 80, default: 45 };

/** Below this window width the library pane starts hidden (until the user shows it). */
export const NARROW_WINDOW_PX = 1100;
/** The article column never gets narrower than this while a splitter is dragged. */
export const ARTICLE_MIN_PX = 360;

export const DEFAULT_LAYOUT: PaneLayout = { sidebarWidth: PANE_LIMITS.sidebar.default, claimsWidth: PANE_LIMITS.claims.default, claimsListShare: LIST_SHARE_LIMITS.default, sidebarHidden: null };

const STORAGE_KEY = 'corroborate.layout';

/** A width held to the pane's limits (and rounded to a whole pixel). */
export function clampWidth(pane: ResizablePane, width: number): number {
  const { min, max } = PANE_LIMITS[pane];
  return Math.round(Math.min(max, Math.max(min, width)));
}

/** A share of the claims pane held to its limits (and rounded to a whole percent). */
export function clampListShare(share: number): number {
  return Math.round(Math.min(LIST_SHARE_LIMITS.max, Math.max(LIST_SHARE_LIMITS.min, share)));
}

/** The widest `pane` may be in a window `windowWidth` wide, beside the other pane's `otherWidth`, leaving the article its minimum. */
export function widestFor(pane: ResizablePane, windowWidth: number, otherWidth: number): number {
  return Math.max(PANE_LIMITS[pane].min, Math.min(PANE_LIMITS[pane].max, windowWidth - otherWidth - ARTICLE_MIN_PX));
}

/** Whether there is a library pane to show: once the library has documents (or trash), and on every screen but the empty library's. */
export function hasLibraryPane(library: { documents: readonly unknown[]; trashed: number } | null, panel: string): boolean {
  return library !== null && (library.documents.length > 0 || library.trashed > 0 || panel !== 'document');
}

/** Whether the library pane shows, in a window `windowWidth` wide. */
export function sidebarShown(layout: PaneLayout, windowWidth: number): boolean {
  return layout.sidebarHidden === null ? windowWidth >= NARROW_WINDOW_PX : !layout.sidebarHidden;
}

/** This machine's localStorage, or null where the browser blocks it (reading it then throws). */
export function localStorageOrNull(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** The layout kept in `storage`; whatever is missing or not a number in range there falls back to the default. */
export function readLayout(storage: Pick<Storage, 'getItem'> | null): PaneLayout {
  let stored: unknown;
  try {
    stored = JSON.parse(storage?.getItem(STORAGE_KEY) ?? 'null');
  } catch {
    return DEFAULT_LAYOUT;
  }
  if (typeof stored !== 'object' || stored === null) return DEFAULT_LAYOUT;
  const { sidebarWidth, claimsWidth, claimsListShare, sidebarHidden } = stored as Record<string, unknown>;
  const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
  const width = (pane: ResizablePane, value: unknown) => (isNumber(value) ? clampWidth(pane, value) : PANE_LIMITS[pane].default);
  return {
    sidebarWidth: width('sidebar', sidebarWidth),
    claimsWidth: width('claims', claimsWidth),
    claimsListShare: isNumber(claimsListShare) ? clampListShare(claimsListShare) : LIST_SHARE_LIMITS.default,
    sidebarHidden: typeof sidebarHidden === 'boolean' ? sidebarHidden : null,
  };
}

/** Keeps the layout in `storage` (a full or blocked storage only loses the preference). */
export function writeLayout(storage: Pick<Storage, 'setItem'>, layout: PaneLayout): void {
  try {
    storage.setItem(STORAGE_KEY, JSON.stringify(layout));
  } catch {
    // the layout is a convenience: the app works the same without it
  }
}
