// Small helpers for naming claims across documents and comparing their lists of ids or tags.

/** A claim's key across the library: its document's id and its own. */
export const claimKey = (documentId: string, claimId: string): string => `${documentId}/${claimId}`;

/** True when two lists hold the same items in the same order. */
export const sameList = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((item, i) => item === b[i]);
