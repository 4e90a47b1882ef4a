// The ClaimReview publisher's form: addresses normalised as the core keeps them ("{id}" kept where
// the claim's id goes), problems said in plain words, and only what can be saved is sent.
import { describe, expect, it } from 'vitest';
import { ReviewerSchema, type Reviewer } from '@shared/domain/library';
import { reviewerProblems, reviewerToSave } from '../../../renderer/components/reviewer-draft';

const NONE: Reviewer = { name: '', url: '', reviewUrl: '' };
const saving = (draft: Reviewer, saved = NONE) => reviewerToSave(draft, saved, reviewerProblems(draft));

describe('the ClaimReview publisher’s form', () => {
  it('saves a name and addresses as the core keeps them, with https:// added and {id} kept', () => {
    const saved = saving({ name: ' The Daily Check ', url: 'check.example', reviewUrl: 'check.example/reviews/{id}?ref=cr' });
    expect(saved).toEqual({ name: 'The Daily Check', url: 'https://check.example/', reviewUrl: 'https://check.example/reviews/{id}?ref=cr' });
    expect(ReviewerSchema.safeParse(saved).success).toBe(true);
    expect(saving(saved!, saved!)).toBeNull();
  });

  it('keeps an address with a problem out of what is saved, and says what is wrong', () => {
    const draft = { name: 'Desk', url: 'javascript:alert(1)', reviewUrl: 'reviews/{id}' };
    expect(reviewerProblems(draft)).toEqual({
      url: '“javascript:” links are not kept, only https, http and mailto. Give the organisation’s home page, or leave it empty.',
      reviewUrl: '“reviews/{id}” is not a web address such as https://example.org/page. Give your review pages’ address, with {id} where the claim’s id goes, or leave it empty.',
    });
    expect(saving(draft)).toEqual({ name: 'Desk', url: '', reviewUrl: '' });
    expect(reviewerProblems({ ...NONE, url: 'mailto:desk@check.example' }).url).toMatch(/^Give a web page’s address/);
    expect(reviewerProblems({ ...NONE, url: 'https://check.example/{id}' }).url).toMatch(/{id} belongs in the address of each review/);
  });
});
