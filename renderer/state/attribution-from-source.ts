// A claim made by hand starts Unattributed ("asserted with no source"). When it gets its first
// source and the user has not chosen an attribution, the attribution follows the source as the
// suggester decides it (GUIDE.md, first that applies): quotation marks make a direct quote, an
// anonymous source an anonymous-source claim, a ministry an official statement, a report data or
// a document. A library's own source kinds, and types it lacks, leave the attribution as it is.
import type { Claim, ClaimChanges } from '@shared/domain/claim';
import type { Source } from '@shared/domain/source';
import { DEFAULT_ATTRIBUTION, type Taxonomy } from '@shared/domain/taxonomy';
import { attributionOf } from '@shared/suggest/classify';
import { english } from '@shared/suggest/lexicon/english';
import { SUGGESTED_SOURCE_KINDS, type SuggestedSourceKind } from '@shared/suggest/suggestion';

const isSuggestedKind = (kind: string): kind is SuggestedSourceKind => (SUGGESTED_SOURCE_KINDS as readonly string[]).includes(kind);

/** `changes`, with the attribution the first source gives an Unattributed claim that had none. */
export function withAttributionFromSource(claim: Claim | undefined, changes: ClaimChanges, sources: readonly Source[], taxonomy: Taxonomy): ClaimChanges {
  if (!claim || changes.attribution !== undefined || claim.attribution !== DEFAULT_ATTRIBUTION || claim.sourceIds.length > 0) return changes;
  const source = sources.find((s) => s.id === changes.sourceIds?.[0]);
  if (!source || !isSuggestedKind(source.kind)) return changes;
  const attribution = attributionOf(claim.target.exact, source.name, source.kind, '', english);
  return taxonomy.attributionTypes.some((t) => t.id === attribution) ? { ...changes, attribution } : changes;
}
