// The plumbing of changes: a refusal goes where the caller shows it (beside its field) rather
// than to a toast, and the same message twice does not stack.
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
});
