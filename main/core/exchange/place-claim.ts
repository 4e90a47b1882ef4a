// Turns one incoming claim into a claim of a document: placed by its selectors (position, then
// quote with prefix and suffix, then a close match; never on a look-alike passage), with its
// sources, attribution and status mapped to this library's ids.
import type { AnchorState, Claim, StatusChange } from '@shared/domain/claim';
import { anchorSpan } from '@shared/text/anchoring';
import { rangeProblem, spanAt, type TextSpan } from '@shared/text/text-span';
import type { IncomingClaim, IncomingSelector } from './incoming-set';

export interface ClaimPlacement {
  claim: Claim;
  /** said in the report when worth a look (an orphan, a claim placed by a close match) */
  remark: string | null;
}

export interface PlacementContext {
  text: string;
  at: string;
  /** our claims keep their orphans; another tool's unplaceable rows are skipped */
  keepOrphans: boolean;
  sourceIds: (claim: IncomingClaim) => string[];
  status: (claim: IncomingClaim) => string;
  attribution: (claim: IncomingClaim) => string;
  historyStatus: (id: string) => string;
}

type Placed = { span: TextSpan; state: AnchorState } | { problem: string };

function place(text: string, selector: IncomingSelector): Placed {
  if (selector.exact === '') {
    const problem = selector.start === null || selector.end === null ? 'it has no quote' : rangeProblem(text, selector.start, selector.end);
    return problem ? { problem: `its position cannot be used: ${problem}` } : { span: spanAt(text, selector.start!, selector.end!), state: 'exact' };
  }
  const start = selector.start ?? 0;
  const found = anchorSpan(text, { ...selector, start, end: start + selector.exact.length });
  if (found.state === 'orphan') return { problem: 'its quote is not in the text, or is in it more than once with nothing to tell the places apart' };
  return { span: spanAt(text, found.start, found.end), state: found.state };
}

/** The quote to show in the report. */
export const quoteOf = (claim: IncomingClaim) => claim.target.exact || `characters ${claim.target.start}–${claim.target.end}`;

export function placeClaim(incoming: IncomingClaim, context: PlacementContext): ClaimPlacement | { skipped: string } {
  // An orphan of ours stays an orphan: re-attaching it is the researcher's call.
  const placed: Placed = context.keepOrphans && incoming.anchor === 'orphan' ? { problem: 'it was an orphan' } : place(context.text, incoming.target);
  let target: TextSpan;
  let anchor: AnchorState;
  let remark: string | null = null;
  if ('problem' in placed) {
    const { start, end, exact } = incoming.target;
    if (!context.keepOrphans || start === null || end === null || exact === '') return { skipped: `Not placed: ${placed.problem}.` };
    target = { start, end, exact, prefix: incoming.target.prefix, suffix: incoming.target.suffix };
    anchor = 'orphan';
    remark = incoming.anchor === 'orphan' ? null : `Added as an orphan: ${placed.problem}. Re-attach it from the orphans list.`;
  } else {
    target = placed.span;
    // at its own position, a claim keeps the state it had (a claim once moved stays 'moved')
    anchor = placed.state === 'exact' && incoming.anchor && incoming.anchor !== 'orphan' ? incoming.anchor : placed.state;
    if (placed.state === 'fuzzy') remark = 'Placed on a close match of its quote; check it.';
  }
  const cuePlaced = incoming.cue ? place(context.text, incoming.cue) : null;
  const status = context.status(incoming);
  const createdAt = incoming.createdAt ?? context.at;
  const history: StatusChange[] = incoming.statusHistory?.map((h) => ({ ...h, status: context.historyStatus(h.status) })) ?? [{ status, at: createdAt, note: '' }];
  const claim: Claim = {
    id: incoming.id,
    target,
    anchor,
    cue: cuePlaced && 'span' in cuePlaced ? cuePlaced.span : null,
    sourceIds: context.sourceIds(incoming),
    attribution: context.attribution(incoming),
    status,
    statusHistory: history.length > 0 ? history : [{ status, at: createdAt, note: '' }],
    note: incoming.note,
    evidence: incoming.evidence,
    tags: incoming.tags,
    createdAt,
    updatedAt: incoming.updatedAt ?? createdAt,
  };
  return { claim, remark };
}
