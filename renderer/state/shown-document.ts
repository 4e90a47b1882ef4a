// Which document the user is looking at: the open one, but only on its own screen (a document stays
// open behind the library's other screens, and their exports and commands are not about it).
import type { AppState } from './app-store';

export function shownDocumentId(state: Pick<AppState, 'document' | 'panel'>): string | null {
  return state.panel === 'document' ? (state.document?.id ?? null) : null;
}
