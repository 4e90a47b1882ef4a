// The plumbing every action uses: calls through the bridge, the truth about saving (a change is
// "saving" until the core says it is on disk; a failure stays on screen with a retry), toasts.
import type { Channel } from '@shared/bridge/channels';
import type { Args, ResultOf } from '@shared/bridge/contract';
import type { Result } from '@shared/bridge/result';
import type { BridgeClient } from '../bridge/bridge-client';
import type { AppStore, Toast, ToastAction } from './app-store';

/** How long Undo and Redo wait for the saves under way before they go on without them. */
const SETTLE_LIMIT_MS = 15_000;

let nextToastId = 1;

/** Failures that are for now: nothing was done, and the same change can be sent again. */
const FOR_NOW: ReadonlySet<string> = new Set(['not-saved', 'unreachable']);

/** A change that failed for now: `attempt` sends it (the failure's message when it fails for now again, else null); `drop` gives it up. */
interface WaitingChange {
  attempt: () => Promise<string | null>;
  drop: () => void;
}

/**
 * How a change may wait, and what its caller hears of it: only a change that can be sent twice
 * with the same outcome (`repeatable`: it sets a state) waits for Retry; `beforeSend` runs as it
 * is sent (each time); `onWaiting` when it waits (it may land later, on Retry); `onDropped` when
 * it will not land (discarded, or refused when sent again).
 */
export interface WaitHooks {
  repeatable?: boolean;
  beforeSend?: () => void;
  onWaiting?: () => void;
  onDropped?: () => void;
}

/** The channels whose changes set a state, so that sending one again does no harm: they wait for Retry. */
const REPEATABLE: ReadonlySet<Channel> = new Set<Channel>(['claims:update', 'claims:put', 'claims:putMany', 'documents:updateMeta', 'sources:update', 'taxonomy:update', 'settings:update', 'sets:update', 'suggestions:reject']);

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

  /**
   * Shows a toast. The same message again replaces the one on screen rather than stacking under it
   * (with the same action, unless the action belongs to one step or document: two deletions' Undo
   * differ), and so does any toast on the same `topic` ("Undone: …" after "Undone: …").
   */
  toast(level: 'info' | 'error', message: string, action?: ToastAction, topic?: string): void {
    const id = nextToastId++;
    const isRepeat = (t: Toast) => (t.level === level && t.message === message && sameAction(t.action, action)) || (topic !== undefined && t.topic === topic);
    this.store.update((s) => ({ toasts: [...s.toasts.filter((t) => !isRepeat(t)), { id, level, message, action, topic }].slice(-4) }));
    setTimeout(() => this.dismissToast(id), level === 'error' || action ? 12000 : 5000);
  }

  dismissToast(id: number): void {
    this.store.update((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) }));
  }

  /** the changes that failed for now (not written, or the core out of reach), to send again in the order they were made */
  private waiting: WaitingChange[] = [];
  /** the sending of the waiting changes under way, if any */
  private flushing: Promise<void> | null = null;
  /** why the waiting changes failed, last time one was sent */
  private failureMessage = '';

  /**
   * Runs a change; counts it as pending until the core confirms it is on disk. A refusal (the
   * change is not valid) goes to `onRefused` when the caller shows it beside its field, else to a
   * toast. A change that failed for now waits, with every other one that did, for Retry (and
   * `hooks` hear that it waits, and if it is given up); a change made while others wait goes
   * after them, so that they land in the order they were made.
   */
  save<T>(run: () => Promise<Result<T>>, onSaved: (value: T) => void, onRefused?: (message: string) => void, hooks: WaitHooks = {}): Promise<T | null> {
    const saving = this.saveNow(run, onSaved, onRefused, hooks);
    this.inFlight.add(saving);
    void saving.finally(() => this.inFlight.delete(saving));
    return saving;
  }

  /** the saves under way */
  private readonly inFlight = new Set<Promise<unknown>>();

  /**
   * Resolves once no change is being saved, nor one started by what the last ones set off (an edit
   * goes on the history after its save; a step may save twice): Undo and Redo wait for it, so they
   * take back the step the user sees last, not the one before it.
   */
  async settled(limitMs = SETTLE_LIMIT_MS): Promise<void> {
    const deadline = Date.now() + limitMs;
    // a save the core never answers (the bridge has no timeout) holds Undo back only so long
    let timer: ReturnType<typeof setTimeout> | undefined;
    const giveUp = new Promise((resolve) => (timer = setTimeout(resolve, limitMs)));
    try {
      do {
        await Promise.race([Promise.allSettled([...this.inFlight]), giveUp]);
        await new Promise((resolve) => setTimeout(resolve, 0));
      } while (this.inFlight.size > 0 && Date.now() < deadline);
    } finally {
      clearTimeout(timer);
    }
  }

  private async saveNow<T>(run: () => Promise<Result<T>>, onSaved: (value: T) => void, onRefused: ((message: string) => void) | undefined, hooks: WaitHooks): Promise<T | null> {
    if (this.waiting.length > 0) await this.retryWaiting();
    let value: T | null = null;
    let waited = false;
    const change: WaitingChange = {
      attempt: async () => {
        hooks.beforeSend?.();
        this.store.update((s) => ({ pendingSaves: s.pendingSaves + 1 }));
        const result = await run();
        this.store.update((s) => ({ pendingSaves: s.pendingSaves - 1 }));
        if (!result.ok && FOR_NOW.has(result.error.code)) return result.error.message;
        if (result.ok) {
          value = result.value;
          onSaved(result.value);
        } else {
          this.refused(result.error.code, result.error.message, onRefused);
          if (waited) hooks.onDropped?.();
        }
        return null;
      },
      drop: () => hooks.onDropped?.(),
    };
    // a repeatable change goes behind those still waiting; another is tried (and, failing, is not made)
    const failure = this.waiting.length > 0 && hooks.repeatable ? this.failureMessage : await change.attempt();
    if (failure === null) return value;
    if (!hooks.repeatable) {
      this.showNotMade(failure);
      return null;
    }
    waited = true;
    this.waiting.push(change);
    hooks.onWaiting?.();
    this.showWaiting(failure);
    return null;
  }

  /** A change that failed for now and cannot wait (making it twice would do it twice): the user makes it again. */
  private showNotMade(message: string): void {
    const retry = this.waiting.length > 0 ? () => void this.retryWaiting() : null;
    this.store.update({ saveFailure: { message: `${message} That change was not made: make it again once this is fixed.`, retry } });
  }

  private showWaiting(message: string): void {
    this.failureMessage = message;
    const more = this.waiting.length === 1 ? '' : ` ${this.waiting.length} changes wait for Retry.`;
    this.store.update({ saveFailure: { message: `${message}${more}`, retry: () => void this.retryWaiting() } });
  }

  private refused(code: string, message: string, onRefused?: (message: string) => void): void {
    if (code === 'invalid-argument' || code === 'not-found') this.refusals++;
    if (onRefused) onRefused(message);
    else this.toast('error', message);
  }

  /** Sends again, in order, the changes that failed for now; the first that fails again stops it, and they all wait again. */
  retryWaiting(): Promise<void> {
    this.flushing ??= (async () => {
      this.store.update({ saveFailure: null });
      while (this.waiting.length > 0) {
        const next = this.waiting[0]!;
        const failure = await next.attempt();
        if (failure !== null) {
          if (this.waiting.includes(next)) this.showWaiting(failure);
          return;
        }
        // by itself, not by place: Discard may have emptied the queue meanwhile
        this.waiting = this.waiting.filter((change) => change !== next);
      }
      this.store.update({ saveFailure: null });
    })().finally(() => {
      this.flushing = null;
    });
    return this.flushing;
  }

  /** Gives up the changes that failed (the user discarded them). */
  dropWaiting(): void {
    const dropped = this.waiting;
    this.waiting = [];
    for (const change of dropped) change.drop();
    this.store.update({ saveFailure: null });
  }

  /** A change through one channel, saved as `save` does. */
  change<C extends Channel>(channel: C, args: Args<C>, onSaved: (value: ResultOf<C>) => void = () => undefined, onRefused?: (message: string) => void, hooks?: WaitHooks): Promise<ResultOf<C> | null> {
    return this.save(() => this.bridge.call(channel, args), onSaved, onRefused, { repeatable: REPEATABLE.has(channel), ...hooks });
  }

  /** Reads something from the core; a failure is shown and gives null. */
  async query<C extends Channel>(channel: C, args: Args<C>): Promise<ResultOf<C> | null> {
    const result = await this.bridge.call(channel, args);
    if (result.ok) return result.value;
    this.toast('error', result.error.message);
    return null;
  }
}
