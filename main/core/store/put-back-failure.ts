// The error told when a change that a write failure stopped part-way could not be put back either
// (the disk still full): the first failure's code and message, the second's, and what may be left.
import { AppFailure } from '@shared/bridge/result';

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * `failure` stopped a change; `puttingBack` ("Putting the tags back as they were") failed with
 * `putBackFailure`; `whatIsLeft` says what the library may now hold and what to do.
 */
export function putBackFailed(failure: unknown, putBackFailure: unknown, puttingBack: string, whatIsLeft: string): AppFailure {
  return new AppFailure(failure instanceof AppFailure ? failure.code : 'not-saved', `${messageOf(failure)} ${puttingBack} failed too (${messageOf(putBackFailure)}): ${whatIsLeft}`);
}
