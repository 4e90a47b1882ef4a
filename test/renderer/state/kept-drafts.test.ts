// A draft saved as its editor closes is kept until the save is done (so the editor opened again
// at once shows it, not the old values), then forgotten; a failed save, or a draft kept since,
// stays. Driven step by step with a save the test resolves itself, so the race is deterministic.
import { describe, expect, it } from 'vitest';
import { keepDraft, keptDraft, saveKeepingDraft } from '../../../renderer/state/kept-drafts';

/** A save the test settles when it chooses. */
function pendingSave() {
  let settle: (saved: boolean) => void = () => undefined;
  const promise = new Promise<boolean>((resolve) => (settle = resolve));
  return { save: () => promise, settle };
}

describe('saveKeepingDraft', () => {
  it('keeps a closing draft while its save is on its way, and forgets it once saved', async () => {
    const { save, settle } = pendingSave();
    const closing = { name: 'Reuters news agency' };
    const saving = saveKeepingDraft('source:a', closing, save);
    expect(keptDraft('source:a')).toBe(closing);
    settle(true);
    expect(await saving).toBe(true);
    expect(keptDraft('source:a')).toBeUndefined();
  });

  it('keeps the draft when the save fails, and keeps a draft kept since rather than forgetting it', async () => {
    const failing = pendingSave();
    const refused = { name: 'AP' };
    const saving = saveKeepingDraft('source:b', refused, failing.save);
    failing.settle(false);
    expect(await saving).toBe(false);
    expect(keptDraft('source:b')).toBe(refused);

    const slow = pendingSave();
    const first = { name: 'first' };
    const later = { name: 'typed after the first save left' };
    const savingFirst = saveKeepingDraft('source:b', first, slow.save);
    keepDraft('source:b', later);
    slow.settle(true);
    await savingFirst;
    expect(keptDraft('source:b')).toBe(later);
  });

  it('keeps nothing for an editor that stays open', async () => {
    expect(await saveKeepingDraft('taxonomy', null, async () => true)).toBe(true);
    expect(keptDraft('taxonomy')).toBeUndefined();
  });
});
