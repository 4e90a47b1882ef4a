// Edits the core has not taken yet (a problem still to fix, or a refusal), kept while their
// editor is closed: going to another source or screen and back shows them again, with their
// problem, so nothing the user typed is dropped. They last as long as the window.

/** Which editor a draft belongs to: one source, or the taxonomy in Settings. */
export type DraftKey = `source:${string}` | 'taxonomy';

const kept = new Map<DraftKey, unknown>();

/** Keeps an editor's unsaved draft until the editor opens again. */
export function keepDraft<T>(key: DraftKey, draft: T): void {
  kept.set(key, draft);
}

/** The draft kept for an editor, if it closed with one. */
export function keptDraft<T>(key: DraftKey): T | undefined {
  return kept.get(key) as T | undefined;
}

/** Forgets a kept draft: its editor is open again and holds it. */
export function forgetDraft(key: DraftKey): void {
  kept.delete(key);
}
