// The plumbing every action uses: calls through the bridge, the truth about saving (a change is
// "saving" until the core says it is on disk; a failure stays on screen with a retry), toasts.
import type { Channel } from '@shared/bridge/channels';
import type { Args, ResultOf } from '@shared/bridge/contract';
import type { Result } from '@shared/bridge/result';
import type { BridgeClient } from '../bridge/bridge-client';
import type { AppStore, ToastAction } from './app-store';

let nextToastId = 1;

/** Whether two toasts' actions do the same: none, or the same label for nothing in particular. */
function sameAction(a: ToastAction | undefined, b: ToastAction | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  const general = (x: ToastAction) => x.undoes === undefined && x.restores === undefined;
  return a.label === b.label && general(a) && general(b);
}

export class Session {
  /**
   * how many changes the core has refused as not valid (what they name is not there, or not so),
   * counted so Undo can tell a step that can never be taken from one that failed for now (a write
   * failure, a read-only library, the core out of reach)
   */
  refusals = 0;

  constructor(
    readonly store: AppStore,
    readonly bridge: BridgeClient,
  ) {}

  toast(level: 'info' | 'error', message: string, action?: ToastAction): void {
    const id = nextToastId++;
    // the same message again replaces the one on screen rather than stacking under it (with the
    // same action, unless the action belongs to one step or document: two deletions' Undo differ)
    const isRepeat = (t: { level: string; message: string; action?: ToastAction | undefined }) => t.level === level && t.message === message && sameAction(t.action, action);
    this.store.update((s) => ({ toasts: [...s.toasts.filter((t) => !isRepeat(t)), { id, level, message, action }].slice(-4) }));
    setTimeout(() => this.dismissToast(id), level === 'error' || action ? 12000 : 5000);
  }

  dismissToast(id: number): void {
    this.store.update((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) }));
  }

  /** the changes that failed for now (not written, or the core out of reach), to send again in the order they were made */
  private waiting: (() => Promise<unknown>)[] = [];

  /**
   * Runs a change; counts it as pending until the core confirms it is on disk. A refusal (the
   * change is not valid) goes to `onRefused` when the caller shows it beside its field, else to a
   * toast. A change that failed for now waits, with every other one that did, for Retry.
   */
  async save<T>(run: () => Promise<Result<T>>, onSaved: (value: T) => void, onRefused?: (message: string) => void): Promise<T | null> {
    this.store.update((s) => ({ pendingSaves: s.pendingSaves + 1 }));
    const result = await run();
    this.store.update((s) => ({ pendingSaves: s.pendingSaves - 1 }));
    if (result.ok) {
      onSaved(result.value);
      return result.value;
    }
    if (result.error.code === 'not-saved' || result.error.code === 'unreachable') {
      this.waiting.push(() => this.save(run, onSaved, onRefused));
      const waiting = this.waiting.length === 1 ? '' : ` ${this.waiting.length} changes wait for Retry.`;
      this.store.update({ saveFailure: { message: `${result.error.message}${waiting}`, retry: () => void this.retryWaiting() } });
      return null;
    }
    if (result.error.code === 'invalid-argument' || result.error.code === 'not-found') this.refusals++;
    if (onRefused) onRefused(result.error.message);
    else this.toast('error', result.error.message);
    return null;
  }

  /** Sends again, in order, the changes that failed for now; those that fail again wait again. */
  async retryWaiting(): Promise<void> {
    const waiting = this.waiting;
    this.waiting = [];
    this.store.update({ saveFailure: null });
    for (const send of waiting) await send();
  }

  /** Gives up the changes that failed (the user dismissed the failure). */
  dropWaiting(): void {
    this.waiting = [];
    this.store.update({ saveFailure: null });
  }

  /** A change through one channel, saved as `save` does. */
  change<C extends Channel>(channel: C, args: Args<C>, onSaved: (value: ResultOf<C>) => void = () => undefined, onRefused?: (message: string) => void): Promise<ResultOf<C> | null> {
    return this.save(() => this.bridge.call(channel, args), onSaved, onRefused);
  }

  /** Reads something from the core; a failure is shown and gives null. */
  async query<C extends Channel>(channel: C, args: Args<C>): Promise<ResultOf<C> | null> {
    const result = await this.bridge.call(channel, args);
    if (result.ok) return result.value;
    this.toast('error', result.error.message);
    return null;
  }
}
