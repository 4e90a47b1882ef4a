// Where the user left off: the document open when the app closed (or the page reloaded) opens
// again at the next start, as an editor reopens its last file. Kept on this machine
// (localStorage, with the pane layout); a document no longer in the library is let go.
import type { AppStore } from './app-store';
import { isInLibrary } from './library-documents';

const STORAGE_KEY = 'corroborate.lastDocument';

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The document open when the app last closed, if it was reading one. */
export function lastOpenDocument(storage: Storage | null): string | null {
  try {
    return storage?.getItem(STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

/** Keeps the id of the document being read (none on another screen) as it changes. */
export function rememberOpenDocument(store: AppStore, storage: Storage | null): () => void {
  let kept: string | null | undefined;
  return store.subscribe(() => {
    const { document, panel, library } = store.getState();
    // before the library is read nothing is open yet: what was kept stays
    if (!library) return;
    const reading = panel === 'document' && document ? document.id : null;
    if (reading === kept) return;
    kept = reading;
    try {
      if (reading) storage?.setItem(STORAGE_KEY, reading);
      else storage?.removeItem(STORAGE_KEY);
    } catch {
      // a browser that blocks storage forgets, and the app starts on the library
    }
  });
}

/**
 * Opens `documentId` once the library is first read, if it is still in it and the user has not
 * gone anywhere meanwhile.
 */
export function reopenAtStart(store: AppStore, documentId: string | null, open: (documentId: string) => Promise<void>): void {
  if (!documentId) return;
  const stop = store.subscribe(() => {
    const state = store.getState();
    if (!state.library) return;
    stop();
    // at start the app shows the documents (no document open, the panel 'document' or 'library')
    const whereItStarted = !state.document && (state.panel === 'document' || state.panel === 'library');
    if (isInLibrary(state, documentId) && whereItStarted) void open(documentId);
  });
}
