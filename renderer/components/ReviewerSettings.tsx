// Settings: who publishes the library's ClaimReviews (the organisation's name and home page) and
// the address of each review page, saved as the user types. A field with a problem keeps what was
// typed, with the problem beside it; the others are saved.
import type { Reviewer } from '@shared/domain/library';
import { DEFAULT_REVIEWER_NAME } from '@shared/formats/claim-review';
import { useActions } from '../state/app-context';
import { FieldProblem, LabelledField } from './FieldProblem';
import { rebaseFields } from './rebase-draft';
import { MAX_REVIEWER_NAME, reviewerProblems, reviewerToSave } from './reviewer-draft';
import { useDraftEditor } from './use-draft-editor';

const identity = (reviewer: Reviewer) => reviewer;

export function ReviewerSettings({ saved }: { saved: Reviewer }) {
  const actions = useActions();
  const { draft, refusal, edit, flush } = useDraftEditor({
    key: 'settings:reviewer',
    stored: saved,
    toDraft: identity,
    rebase: rebaseFields,
    changes: (d): { reviewer?: Reviewer } => {
      const reviewer = reviewerToSave(d, saved, reviewerProblems(d));
      return reviewer ? { reviewer } : {};
    },
    problemFields: (d) => Object.keys(reviewerProblems(d)).map((field) => (field === 'url' ? 'home page' : 'review address')),
    send: (changes, refused) => actions.registry.updateSettings(changes, refused),
    whose: 'the ClaimReview publisher',
    reopen: 'open Settings again',
  });
  const problems = reviewerProblems(draft);
  return (
    <form className="settings-group settings-group--form" aria-label="ClaimReview publisher" onSubmit={(e) => (e.preventDefault(), flush())} onBlur={flush}>
      <h2 className="pane-title">ClaimReview publisher</h2>
      <p className="field__hint">Who publishes the fact-checks a ClaimReview export describes, as search engines and fact-check tools will show it.</p>
      <LabelledField id="reviewer-name" label="Organisation">
        {(control) => <input {...control} className="input" maxLength={MAX_REVIEWER_NAME} placeholder={DEFAULT_REVIEWER_NAME} value={draft.name} onChange={(e) => edit({ name: e.target.value })} />}
      </LabelledField>
      <LabelledField id="reviewer-url" label="Its home page" problem={problems.url ?? null}>
        {(control) => <input {...control} className="input" type="url" placeholder="https://factcheck.example.org/" value={draft.url} onChange={(e) => edit({ url: e.target.value })} />}
      </LabelledField>
      <LabelledField id="reviewer-review-url" label="Address of each review" problem={problems.reviewUrl ?? null}>
        {(control) => <input {...control} className="input" type="url" placeholder="https://factcheck.example.org/checks/{id}" value={draft.reviewUrl} onChange={(e) => edit({ reviewUrl: e.target.value })} />}
      </LabelledField>
      <p className="field__hint">
        {'{id}'} stands for the claim’s id; without it, every review has the same address (one page that reviews several claims). Left empty, each review points at its quote in the article.
      </p>
      <FieldProblem id="reviewer-problem" problem={refusal} />
    </form>
  );
}
