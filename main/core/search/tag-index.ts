// Which claims carry a tag, found without testing every claim of the library: a tag: filter
// with no words tested all 200,000 claims' tags. Indexed per document's list of claims, which the
// catalog replaces whenever the document changes, so a changed document is indexed afresh the
// next time it is asked and an unchanged one never again.
import { tagKey } from '@shared/domain/claim-operations';
import type { CatalogClaim } from '../catalog/claim-catalog';

/** The claims of each document by tag key (tagKey: as the tag: filter and the facets compare them). */
const indexed = new WeakMap<readonly CatalogClaim[], Map<string, CatalogClaim[]>>();
/** Each tag's key: a library has few distinct tags, and keying one normalizes it. */
const keys = new Map<string, string>();
const MAX_KEYS = 10_000;

/** A tag's key, worked out once per spelling however many claims carry it. */
export function tagKeyOf(tag: string): string {
  let key = keys.get(tag);
  if (key === undefined) {
    if (keys.size >= MAX_KEYS) keys.clear();
    keys.set(tag, (key = tagKey(tag)));
  }
  return key;
}

function byTag(entries: readonly CatalogClaim[]): Map<string, CatalogClaim[]> {
  let tagged = indexed.get(entries);
  if (tagged) return tagged;
  tagged = new Map();
  for (const claim of entries) {
    for (const tag of claim.tags) {
      const key = tagKeyOf(tag);
      const claims = tagged.get(key);
      if (!claims) tagged.set(key, [claim]);
      // a claim tagged twice in different cases is listed once
      else if (claims[claims.length - 1] !== claim) claims.push(claim);
    }
  }
  indexed.set(entries, tagged);
  return tagged;
}

/** The claims with a tag whose key is `key`, in library order (documents in turn). */
export function claimsTagged(documents: Iterable<readonly CatalogClaim[]>, key: string): CatalogClaim[] {
  const claims: CatalogClaim[] = [];
  for (const entries of documents) for (const claim of byTag(entries).get(key) ?? []) claims.push(claim);
  return claims;
}

/** Indexes every document's tags now (in the background after start, with the search index). */
export function indexTags(documents: Iterable<readonly CatalogClaim[]>): void {
  for (const entries of documents) byTag(entries);
}
