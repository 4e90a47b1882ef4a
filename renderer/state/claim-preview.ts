// What a claim will look like once a change is saved, shown before the core confirms it: the
// fields the researcher types into (as the core will set them) and the status. Positions (target,
// cue) and the status history wait for the core, whose answer replaces the preview either way.
import type { Claim, ClaimChanges } from '@shared/domain/claim';
import { withTypedFields } from '@shared/domain/claim-operations';

export function previewClaimChanges(claim: Claim, changes: ClaimChanges): Claim {
  const next = withTypedFields(claim, changes);
  if (changes.status !== undefined) next.status = changes.status;
  return next;
}
