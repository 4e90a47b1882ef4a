// The plumbing of changes: a refusal goes where the caller shows it (beside its field) rather
// than to a toast, the same message twice does not stack, nor do toasts on one topic; waiting for
// the saves under way ends when they are done, or after a limit when one is never answered.
import { describe, expect, it } from 'vitest';
import type { Result } from '@shared/bridge/result';
import type { BridgeClient } from '../../../renderer/bridge/bridge-client';
import { AppStore } from '../../../renderer/state/app-store';
import { Session } from '../../../renderer/state/session';

const refusing = { call: async (): Promise<Result<never>> => ({ ok: false, error: { code: 'invalid-argument', message: '"US officials" is already the name of a source.' } }) } as unknown as BridgeClient;

describe('session', () => {
  it('hands a refusal to the caller that shows it beside its field, and toasts it otherwise', async () => {
    const store = new AppStore();
    const session = new Session(store, refusing);
    const refusals: string[] = [];
    expect(await session.change('sources:update', { sourceId: 'x', changes: { name: 'US officials' } }, undefined, (message) => refusals.push(message))).toBeNull();
    expect(refusals).toEqual(['"US officials" is already the name of a source.']);
    expect(store.getState().toasts).toEqual([]);
    expect(store.getState().pendingSaves).toBe(0);
    await session.change('sources:update', { sourceId: 'x', changes: { name: 'US officials' } });
    expect(store.getState().toasts.map((t) => t.message)).toEqual(['"US officials" is already the name of a source.']);
  });

  it('waits for the saves under way, and for a save the core never answers only up to its limit', async () => {
    let answer: (result: Result<unknown>) => void = () => undefined;
    const slow = { call: () => new Promise<Result<unknown>>((resolve) => (answer = resolve)) } as unknown as BridgeClient;
    const session = new Session(new AppStore(), slow);
    const saving = session.change('notices:dismiss', { id: 'n' });
    let settled = false;
    const waiting = session.settled(60_000).then(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(settled).toBe(false);
    answer({ ok: true, value: null });
    await waiting;
    await saving;
    expect(settled).toBe(true);

    const silent = { call: () => new Promise<never>(() => undefined) } as unknown as BridgeClient;
    const stuck = new Session(new AppStore(), silent);
    void stuck.change('notices:dismiss', { id: 'n' });
    const start = Date.now();
    await stuck.settled(50);
    expect(Date.now() - start).toBeLessThan(5_000);
  });

  it('shows the same message once, however often it is given', () => {
    const store = new AppStore();
    const session = new Session(store, refusing);
    session.toast('error', 'Not saved.');
    session.toast('error', 'Not saved.');
    session.toast('info', 'Saved the set "A".');
    expect(store.getState().toasts.map((t) => t.message)).toEqual(['Not saved.', 'Saved the set "A".']);
  });

  it('shows a message with the same general action once, but keeps two Undo of different steps', () => {
    const store = new AppStore();
    const session = new Session(store, refusing);
    session.toast('error', 'In use.', { label: 'Show its claims', run: () => undefined });
    session.toast('error', 'In use.', { label: 'Show its claims', run: () => undefined });
    session.toast('info', 'Deleted.', { label: 'Undo', run: () => undefined, undoes: {} });
    session.toast('info', 'Deleted.', { label: 'Undo', run: () => undefined, undoes: {} });
    expect(store.getState().toasts.map((t) => t.message)).toEqual(['In use.', 'Deleted.', 'Deleted.']);
  });

  it('lets a toast take the place of the one before on its topic: three Undo in a row leave one toast', () => {
    const store = new AppStore();
    const session = new Session(store, refusing);
    session.toast('info', 'Claim deleted.', { label: 'Undo', run: () => undefined, undoes: {} });
    for (const step of ['Set status', 'Set note', 'Set tags']) session.toast('info', `Undone: ${step}.`, undefined, 'history');
    expect(store.getState().toasts.map((t) => t.message)).toEqual(['Claim deleted.', 'Undone: Set tags.']);
  });

  it('keeps every change that failed for now, out of reach or not written, and Retry sends them all in the order they were made', async () => {
    const store = new AppStore();
    const sent: string[] = [];
    let reachable = false;
    const bridge = {
      call: async (_channel: string, args: { changes: { name: string } }): Promise<Result<unknown>> => {
        if (!reachable) return { ok: false, error: { code: sent.length === 0 ? 'unreachable' : 'not-saved', message: "Corroborate's core cannot be reached (Failed to fetch)." } };
        sent.push(args.changes.name);
        return { ok: true, value: args.changes.name };
      },
    } as unknown as BridgeClient;
    const session = new Session(store, bridge);
    const saved: unknown[] = [];
    for (const name of ['A', 'B', 'C']) await session.change('sources:update', { sourceId: 'x', changes: { name } }, (value) => saved.push(value));
    expect(store.getState().saveFailure?.message).toBe("Corroborate's core cannot be reached (Failed to fetch). 3 changes wait for Retry.");
    expect(store.getState().toasts).toEqual([]);
    // still out of reach: they wait again, all three
    store.getState().saveFailure!.retry!();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(store.getState().saveFailure?.message).toContain('3 changes wait for Retry.');
    reachable = true;
    // a change made while others wait goes after them: the core gets them in the order they were made
    await session.change('sources:update', { sourceId: 'x', changes: { name: 'D' } }, (value) => saved.push(value));
    expect(sent).toEqual(['A', 'B', 'C', 'D']);
    expect(saved).toEqual(['A', 'B', 'C', 'D']);
    expect(store.getState().saveFailure).toBeNull();
  });

  it('tells the caller that its change waits, and that it was given up when the user discards it', async () => {
    const store = new AppStore();
    const bridge = { call: async (): Promise<Result<never>> => ({ ok: false, error: { code: 'unreachable', message: 'Out of reach.' } }) } as unknown as BridgeClient;
    const session = new Session(store, bridge);
    const heard: string[] = [];
    expect(await session.change('sources:update', { sourceId: 'x', changes: { name: 'A' } }, undefined, undefined, { onWaiting: () => heard.push('waits'), onDropped: () => heard.push('dropped') })).toBeNull();
    session.dropWaiting();
    expect(heard).toEqual(['waits', 'dropped']);
    expect(store.getState().saveFailure).toBeNull();
  });
});

