// Edits the core has not taken yet (a problem still to fix, or a refusal), kept while their
// editor is closed: going to another source or screen and back shows them again, with their
// problem, so nothing the user typed is dropped. They last as long as the window.

/** Which editor a draft belongs to: one source, one document's details, or the taxonomy in Settings. */
export type DraftKey = `source:${string}` | `meta:${string}` | 'taxonomy' | 'settings:reviewer';

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

/**
 * Runs `save` for an editor. A closing editor passes its draft (a fresh object): it is kept until
 * the save is done, so the editor opened again before the library shows the saved values shows the
 * draft, not the values as they were (which its next save would write back). Resolves to whether
 * it saved.
 */
export async function saveKeepingDraft<T extends object>(key: DraftKey, closingDraft: T | null, save: () => Promise<boolean>): Promise<boolean> {
  if (closingDraft) keepDraft(key, closingDraft);
  const saved = await save();
  // a draft kept since (a refusal, the editor closed again) is no longer this one, and stays
  if (saved && closingDraft && kept.get(key) === closingDraft) forgetDraft(key);
  return saved;
}
