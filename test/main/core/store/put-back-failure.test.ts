// The error told when putting back a change that a write failure stopped fails too: the first
// failure's code, both messages, and what the library may hold.
import { describe, expect, it } from 'vitest';
import { AppFailure } from '@shared/bridge/result';
import { putBackFailed } from '../../../../main/core/store/put-back-failure';

describe('putBackFailed', () => {
  it("keeps the first failure's code and tells both failures and what is left", () => {
    const first = new AppFailure('read-only', 'Not saved: the disk is full (writing document a).');
    const error = putBackFailed(first, new Error('EIO: i/o error'), 'Putting the tags back as they were', 'some claims may carry the new tags.');
    expect(error).toBeInstanceOf(AppFailure);
    expect(error.code).toBe('read-only');
    expect(error.message).toBe('Not saved: the disk is full (writing document a). Putting the tags back as they were failed too (EIO: i/o error): some claims may carry the new tags.');
  });

  it('calls a failure that is not the app\'s "not saved"', () => {
    expect(putBackFailed('a string', 'another', 'Putting the claims back as they were', 'check them.')).toMatchObject({ code: 'not-saved', message: 'a string Putting the claims back as they were failed too (another): check them.' });
  });
});
