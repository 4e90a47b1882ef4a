// What the renderer knows of the library's documents from its last read of the library view.
import type { AppState } from './app-store';

/** Whether the document is in the library (not in the trash, not gone), as last read. */
export function isInLibrary(state: Pick<AppState, 'library'>, documentId: string): boolean {
  return state.library?.documents.some((d) => d.id === documentId) ?? false;
}
