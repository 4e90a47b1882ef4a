// Validates a bridge call against the contract and runs its handler, turning expected failures
// into Result values. Shared by the Electron gateway and the web bridge.
import { contract } from '@shared/bridge/contract';
import { isChannel, type Channel } from '@shared/bridge/channels';
import { AppFailure, describeZodError, fail, ok, type Result } from '@shared/bridge/result';

type AnyHandlers = Partial<Record<Channel, (args: never) => Promise<unknown>>>;

export interface DispatchOptions {
  /** Called with unexpected errors (bugs), which reach the caller only as 'internal'. */
  onInternalError?: (error: unknown, channel: string) => void;
}

export async function dispatch(handlers: AnyHandlers, channel: unknown, rawArgs: unknown, options: DispatchOptions = {}): Promise<Result<unknown>> {
  if (!isChannel(channel)) return fail('invalid-argument', `Unknown channel ${JSON.stringify(String(channel)).slice(0, 80)}.`);
  const handler = handlers[channel] as ((args: unknown) => Promise<unknown>) | undefined;
  if (!handler) return fail('invalid-argument', `Channel ${channel} is not available here.`);
  const parsed = contract[channel].args.safeParse(rawArgs);
  if (!parsed.success) return fail('invalid-argument', `Invalid arguments for ${channel}: ${describeZodError(parsed.error)}.`);
  try {
    return ok(await handler(parsed.data));
  } catch (error) {
    if (error instanceof AppFailure) return fail(error.code, error.message);
    options.onInternalError?.(error, channel);
    return fail('internal', `Something went wrong in ${channel}: ${(error as Error)?.message ?? String(error)}.`);
  }
}
