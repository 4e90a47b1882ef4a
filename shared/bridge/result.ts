// Expected failures travel as values, never as thrown errors: Electron's invoke keeps only an
// error's message, so a thrown error would lose its code.
import { z } from 'zod';

export const ErrorCodeSchema = z.enum([
  'invalid-argument',
  'not-found',
  'unsupported-file',
  'empty-file',
  'too-large',
  'file-corrupt',
  'read-only',
  'not-saved',
  'locked',
  'cancelled',
  'timeout',
  'internal',
  /** the renderer could not reach the core at all (nothing was done): a change can be sent again */
  'unreachable',
]);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

export const AppErrorSchema = z.strictObject({
  code: ErrorCodeSchema,
  message: z.string(),
});
export type AppError = z.infer<typeof AppErrorSchema>;

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string): Result<never> => ({ ok: false, error: { code, message } });

/** An expected failure raised inside the core and turned into a Result at the bridge. */
export class AppFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AppFailure';
  }
}

export function resultSchema<T extends z.ZodType>(value: T) {
  return z.discriminatedUnion('ok', [
    z.strictObject({ ok: z.literal(true), value }),
    z.strictObject({ ok: z.literal(false), error: AppErrorSchema }),
  ]);
}

/** Describes a zod error as one readable line: "claimId: must be a UUID; start: ...". */
export function describeZodError(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}
