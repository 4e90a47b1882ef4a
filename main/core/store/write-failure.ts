// Turns a failed file-system write into the "not saved" error a user can act on.
import { AppFailure } from '@shared/bridge/result';
import { errorCode } from './file-system';

/** Describes a failed write in words a user can act on. */
export function describeWriteFailure(error: unknown, file: string): string {
  const reasons: Record<string, string> = {
    ENOSPC: 'the disk is full',
    EDQUOT: 'the disk quota is used up',
    EROFS: 'the library folder is read-only',
    EACCES: 'permission was denied',
    EPERM: 'permission was denied',
    EIO: 'the disk reported an input/output error',
  };
  const reason = reasons[errorCode(error) ?? ''] ?? (error as Error).message;
  return `Not saved: ${reason} (writing ${file}). Free space or fix the folder's permissions, then retry.`;
}

/** Runs a write; any file-system failure becomes a 'not-saved' AppFailure naming the file. */
export async function guardWrite<T>(run: () => Promise<T>, file: string): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof AppFailure) throw error;
    throw new AppFailure('not-saved', describeWriteFailure(error, file));
  }
}
