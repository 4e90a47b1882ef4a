// The renderer's state in one small external store (read with useSyncExternalStore): the
// library, the open document with its claims, the selected claim, and the truth about saving.
import type { ExportJobView } from '@shared/bridge/contract';
import type { ImportReport } from '@shared/formats/import-report';
import type { LibraryView } from '@shared/bridge/contract';
import type { StoredDocument } from '@shared/domain/document';
import { EMPTY_FILTER, type ClaimFilter } from '@shared/search/claim-filter';
import { DEFAULT_LAYOUT, type PaneLayout } from '../workspace/pane-layout';
import type { SuggestionReview } from './suggestion-review';

/** A change the core could not write; it stays on screen until a retry succeeds or it is dismissed. */
export interface SaveFailure {
  message: string;
  retry: (() => void) | null;
}

export interface ToastAction {
  label: string;
  run: () => void;
  /** the step of the history this action undoes: the toast closes once that step is no longer the latest */
  undoes?: object | undefined;
  /** what the action would bring back (a trashed document's id): the toast closes once it is back by another way */
  restores?: string | undefined;
}

export interface Toast {
  id: number;
  level: 'info' | 'error';
  message: string;
  action?: ToastAction | undefined;
  /** what the toast is about: a newer toast on the same topic takes its place */
  topic?: string | undefined;
}

/** One file of an import of several, as the progress list shows it. */
export interface ImportJob {
  name: string;
  state: 'waiting' | 'reading' | 'imported' | 'duplicate' | 'failed' | 'cancelled';
  message?: string | undefined;
  /** what the user should know of a file imported (images left out) */
  note?: string | undefined;
}

/** What the main pane shows when no document is open, or instead of it. */
export type Panel = 'document' | 'library' | 'claims' | 'trash' | 'sources' | 'tags' | 'settings';

export interface AppState {
  library: LibraryView | null;
  loadError: string | null;
  document: StoredDocument | null;
  documentLoading: boolean;
  selectedClaimId: string | null;
  pendingSaves: number;
  saveFailure: SaveFailure | null;
  toasts: Toast[];
  busy: string | null;
  panel: Panel;
  /** the restore-from-backup dialog is open */
  backupsOpen: boolean;
  /** the files of the current or last import of several files, or null */
  importJobs: ImportJob[] | null;
  /** the export running now, with its progress */
  exportJob: (ExportJobView & { label: string }) | null;
  /** what the last import of an annotation set or archive did, shown until closed */
  importReport: ImportReport | null;
  /** the panes' widths and whether the library pane shows (kept on this machine) */
  layout: PaneLayout;
  /** the command palette and the shortcuts help are open */
  paletteOpen: boolean;
  shortcutsOpen: boolean;
  /** the article is in text-correction mode */
  correcting: boolean;
  /** what undo and redo would do now, for the interface */
  undoLabel: string | null;
  redoLabel: string | null;
  /** a link waiting for the user's confirmation before it leaves the app */
  linkToOpen: string | null;
  /** the claims table's filter, and the saved set it came from (null when none, or changed since) */
  claimsFilter: ClaimFilter;
  activeSetId: string | null;
  /** the open document was opened from the claims table: the breadcrumb leads back to it */
  openedFromClaims: boolean;
  /** the claims screen shows the table or the charts */
  claimsView: 'table' | 'charts';
  /** a claim to scroll to once its document is open (a nonce tells repeated requests apart) */
  revealRequest: { claimId: string; nonce: number } | null;
  /** a source for the Sources screen to show (from the command palette; a nonce tells repeated requests apart) */
  sourceRequest: { sourceId: string; nonce: number } | null;
  /** the review of suggested claims ("Suggest claims"), while it is open */
  suggestions: SuggestionReview | null;
}

export const initialState: AppState = {
  library: null,
  loadError: null,
  document: null,
  documentLoading: false,
  selectedClaimId: null,
  pendingSaves: 0,
  saveFailure: null,
  toasts: [],
  busy: null,
  panel: 'document',
  backupsOpen: false,
  importJobs: null,
  importReport: null,
  exportJob: null,
  layout: DEFAULT_LAYOUT,
  paletteOpen: false,
  shortcutsOpen: false,
  correcting: false,
  undoLabel: null,
  redoLabel: null,
  linkToOpen: null,
  claimsFilter: EMPTY_FILTER,
  activeSetId: null,
  openedFromClaims: false,
  claimsView: 'table',
  revealRequest: null,
  sourceRequest: null,
  suggestions: null,
};

export class AppStore {
  private state: AppState = initialState;
  private readonly listeners = new Set<() => void>();

  getState = (): AppState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  update(change: Partial<AppState> | ((state: AppState) => Partial<AppState>)): void {
    const partial = typeof change === 'function' ? change(this.state) : change;
    this.state = { ...this.state, ...partial };
    for (const listener of this.listeners) listener();
  }
}
