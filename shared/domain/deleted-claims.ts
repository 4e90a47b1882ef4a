// A document's memory of the claims the user deleted: deleting one remembers its id and when;
// putting a claim back (Undo, an import that brings a newer version) forgets it.
import type { Claim } from './claim';
import { MAX_DELETED_CLAIMS, type DeletedClaim, type StoredDocument } from './document';

/** The records of deletion with `records` added (each claim's one record replaced), the oldest dropped past the limit. */
export function withDeletionsRemembered(deleted: readonly DeletedClaim[], records: readonly DeletedClaim[]): DeletedClaim[] {
  const ids = new Set(records.map((r) => r.id));
  return [...deleted.filter((d) => !ids.has(d.id)), ...records].slice(-MAX_DELETED_CLAIMS);
}

/** The document without the claim, remembering that it was deleted at `at`. */
export function withClaimDeleted(doc: StoredDocument, claimId: string, at: string): StoredDocument {
  return { ...doc, claims: doc.claims.filter((c) => c.id !== claimId), deletedClaims: withDeletionsRemembered(doc.deletedClaims, [{ id: claimId, at }]) };
}

/**
 * The document with whole claim records put in place of those with their ids (or added after
 * them), no longer remembered as deleted.
 */
export function withClaimsPut(doc: StoredDocument, claims: readonly Claim[]): StoredDocument {
  const given = new Map(claims.map((c) => [c.id, c]));
  const kept = doc.claims.map((c) => given.get(c.id) ?? c);
  const present = new Set(doc.claims.map((c) => c.id));
  const deletedClaims = doc.deletedClaims.some((d) => given.has(d.id)) ? doc.deletedClaims.filter((d) => !given.has(d.id)) : doc.deletedClaims;
  return { ...doc, claims: [...kept, ...claims.filter((c) => !present.has(c.id))], deletedClaims };
}
