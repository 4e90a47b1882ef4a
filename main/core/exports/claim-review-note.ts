// What a ClaimReview export says beside its file: ClaimReview is for claims with a verdict, so the
// claims without one (not checked yet, in progress, or under a status of the user's own) are left
// out, and an export with none is an empty list. The user is told how many, and under which statuses.
import { VERDICT_RATINGS } from '@shared/formats/claim-review';
import type { Taxonomy } from '@shared/domain/taxonomy';
import { counted } from '@shared/text/counted';

/** The note for claims counted by status id ('' when every claim has a verdict, and there are some). */
export function claimReviewNote(statusCounts: Readonly<Record<string, number>>, taxonomy: Taxonomy): string {
  const labelOf = (id: string) => taxonomy.statuses.find((s) => s.id === id)?.label ?? id;
  // in the taxonomy's order, then any status no longer in it
  const statuses = [...new Set([...taxonomy.statuses.map((s) => s.id), ...Object.keys(statusCounts)])];
  let withVerdict = 0;
  let leftOut = 0;
  const without: string[] = [];
  for (const status of statuses) {
    const count = statusCounts[status] ?? 0;
    if (count === 0) continue;
    if (Object.hasOwn(VERDICT_RATINGS, status)) withVerdict += count;
    else {
      leftOut += count;
      without.push(`${labelOf(status)}: ${count.toLocaleString('en')}`);
    }
  }
  if (withVerdict === 0 && leftOut === 0) return 'There is no claim here, so the file holds an empty list.';
  if (leftOut === 0) return '';
  const verdicts = Object.keys(VERDICT_RATINGS).map(labelOf);
  const verdictList = `${verdicts.slice(0, -1).join(', ')} or ${verdicts.at(-1)}`;
  const leftOutText = `${counted(leftOut, 'claim')} without one ${leftOut === 1 ? 'is' : 'are'} left out (${without.join(', ')})`;
  if (withVerdict === 0) return `No claim here has a verdict (${verdictList}), so the file holds an empty list: ${leftOutText}.`;
  return `${counted(withVerdict, 'claim')} with a verdict ${withVerdict === 1 ? 'is' : 'are'} in the file; ${leftOutText}. ClaimReview takes ${verdictList}.`;
}
