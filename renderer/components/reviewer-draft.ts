// The ClaimReview publisher as its settings form holds it while the user types: what in it cannot
// be saved yet, in plain words, and the publisher the core would keep (addresses normalised,
// https:// added to a bare one, "{id}" kept where the claim's id goes).
import { REVIEW_ID_PLACEHOLDER, type Reviewer } from '@shared/domain/library';
import { typedAddress } from './inspector/evidence-address';

export type ReviewerProblems = Partial<Record<'url' | 'reviewUrl', string>>;

export const MAX_REVIEWER_NAME = 200;
/** Stands for "{id}" while an address is normalised: letters a URL keeps as they are, anywhere in it. */
const ID_MARK = 'corroborateclaimid';

/** An address as the core keeps it, or why it cannot be kept; "{id}" survives normalisation. */
function webAddress(raw: string): { ok: true; url: string } | { ok: false; problem: string } {
  const typed = typedAddress(raw.replaceAll(REVIEW_ID_PLACEHOLDER, ID_MARK));
  if (!typed.ok) return { ok: false, problem: typed.problem.replaceAll(ID_MARK, REVIEW_ID_PLACEHOLDER) };
  if (typed.url !== '' && !/^https?:/.test(typed.url)) return { ok: false, problem: 'Give a web page’s address (https://…)' };
  return { ok: true, url: typed.url.replaceAll(ID_MARK, REVIEW_ID_PLACEHOLDER) };
}

/** What the core would refuse in the draft, field by field. */
export function reviewerProblems(draft: Reviewer): ReviewerProblems {
  const problems: ReviewerProblems = {};
  const url = webAddress(draft.url);
  if (!url.ok) problems.url = `${url.problem}. Give the organisation’s home page, or leave it empty.`;
  else if (url.url.includes(REVIEW_ID_PLACEHOLDER)) problems.url = 'The home page has no claim in it: {id} belongs in the address of each review.';
  const reviewUrl = webAddress(draft.reviewUrl);
  if (!reviewUrl.ok) problems.reviewUrl = `${reviewUrl.problem}. Give your review pages’ address, with {id} where the claim’s id goes, or leave it empty.`;
  return problems;
}

/** The publisher to save: the fields without a problem, as the core keeps them; null when nothing changed. */
export function reviewerToSave(draft: Reviewer, saved: Reviewer, problems: ReviewerProblems): Reviewer | null {
  const kept = (field: 'url' | 'reviewUrl') => {
    const address = webAddress(draft[field]);
    return field in problems || !address.ok ? saved[field] : address.url;
  };
  const next: Reviewer = { name: draft.name.trim(), url: kept('url'), reviewUrl: kept('reviewUrl') };
  return next.name === saved.name && next.url === saved.url && next.reviewUrl === saved.reviewUrl ? null : next;
}

