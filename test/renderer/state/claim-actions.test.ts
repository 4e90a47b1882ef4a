// Claim changes in the renderer: shown at once, and saved in the order they were made even when
// the transport answers out of order (the web bridge's requests can overtake each other); Undo
// pressed while a change is still being saved takes back that change, not the step before it.
import { describe, expect, it } from 'vitest';
import { projectText } from '@shared/text/projection';
import { Core } from '../../../main/core/core';
import { createCoreHandlers } from '../../../main/core/handlers';
import { dispatch } from '../../../main/core/dispatch';
import { BridgeClient, type Transport } from '../../../renderer/bridge/bridge-client';
import { AppStore } from '../../../renderer/state/app-store';
import { ClaimActions } from '../../../renderer/state/claim-actions';
import { Session } from '../../../renderer/state/session';
import { SEED_FILE } from '../../helpers/fixtures';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();

/** The real core, behind a transport whose first request is the slowest to arrive. */
function slowFirstTransport(core: Core): Transport {
  const handlers = createCoreHandlers(core);
  let calls = 0;
  return {
    kind: 'web',
    async send(channel, args) {
      const delay = calls++ === 0 ? 60 : 0;
      await new Promise((resolve) => setTimeout(resolve, delay));
      return dispatch(handlers, channel, args);
    },
    onMenuCommand: () => () => undefined,
  };
}

async function workspace(transport: (core: Core) => Transport) {
  const core = await Core.open(tempDir(), { backupIntervalMs: 0 });
  const { document } = await core.imports.importPath(SEED_FILE);
  const stored = await core.store.getDocument(document.id);
  const text = projectText(stored.content);
  const start = text.indexOf('informed sources');
  const claim = await core.claims.create({ documentId: document.id, start, end: start + 'informed sources'.length, changes: {} });
  const store = new AppStore();
  store.update({ document: await core.store.getDocument(document.id) });
  const actions = new ClaimActions(new Session(store, new BridgeClient(transport(core))), async () => undefined);
  return { core, store, actions, documentId: document.id, claimId: claim.id };
}

describe('claim actions', () => {
  it('shows a change before the core confirms it, so the next keystroke builds on it', async () => {
    const { core, store, actions, documentId, claimId } = await workspace(slowFirstTransport);
    const first = actions.update(documentId, claimId, { tags: ['syria'] }, 'Set tags');
    expect(store.getState().document!.claims[0]!.tags).toEqual(['syria']);
    const tags = store.getState().document!.claims[0]!.tags;
    const second = actions.update(documentId, claimId, { tags: [...tags, 'casualties'] }, 'Set tags');
    await Promise.all([first, second]);
    expect(store.getState().document!.claims[0]!.tags).toEqual(['syria', 'casualties']);
    expect((await core.store.getDocument(documentId)).claims[0]!.tags).toEqual(['syria', 'casualties']);
    await core.close();
  });

  it('undoes a change still being saved, not the step before it (the claim made just before stays)', async () => {
    let slow = false;
    const { core, store, actions, documentId } = await workspace((c) => {
      const handlers = createCoreHandlers(c);
      return {
        kind: 'web',
        async send(channel, args) {
          if (slow) await new Promise((resolve) => setTimeout(resolve, 80));
          return dispatch(handlers, channel, args);
        },
        onMenuCommand: () => () => undefined,
      };
    });
    const text = projectText((await core.store.getDocument(documentId)).content);
    const start = text.indexOf('Islamic Resistance');
    const made = (await actions.create(documentId, { start, end: start + 'Islamic Resistance'.length }))!;
    slow = true;
    const setting = actions.update(documentId, made.id, { status: 'verified' }, 'Set status');
    // Ctrl+Z a moment after the status key, while the status is still being saved
    await actions.undo();
    await setting;
    const claim = (await core.store.getDocument(documentId)).claims.find((c) => c.id === made.id);
    expect(claim?.status).toBe('unverified');
    expect(store.getState().document!.claims.find((c) => c.id === made.id)?.status).toBe('unverified');
    expect(actions.history.redoLabel).toMatch(/^Set status/);
    expect(actions.history.undoLabel).toMatch(/^Make claim/);
    await core.close();
  });

  it('saves changes to one claim in the order they were made, though the first answer is slowest', async () => {
    const { core, actions, documentId, claimId } = await workspace(slowFirstTransport);
    await Promise.all([actions.update(documentId, claimId, { note: 'first' }), actions.update(documentId, claimId, { note: 'second' })]);
    expect((await core.store.getDocument(documentId)).claims[0]!.note).toBe('second');
    await core.close();
  });

  it('keeps later changes on screen when an earlier one is confirmed', async () => {
    const { core, store, actions, documentId, claimId } = await workspace(slowFirstTransport);
    const first = actions.update(documentId, claimId, { status: 'false' }, 'Set status');
    const second = actions.update(documentId, claimId, { status: 'verified' }, 'Set status');
    await first;
    expect(store.getState().document!.claims[0]!.status).toBe('verified');
    await second;
    expect(store.getState().document!.claims[0]!.statusHistory.map((h) => h.status)).toEqual(['unverified', 'false', 'verified']);
    await core.close();
  });

  it('takes back only the refused change, keeping the ones made after it', async () => {
    const { core, store, actions, documentId, claimId } = await workspace(slowFirstTransport);
    const refused = actions.update(documentId, claimId, { status: 'no-such-status' });
    const kept = actions.update(documentId, claimId, { note: 'kept' });
    expect(await refused).toBeNull();
    expect(store.getState().document!.claims[0]!).toMatchObject({ status: 'unverified', note: 'kept' });
    await kept;
    expect((await core.store.getDocument(documentId)).claims[0]!).toMatchObject({ status: 'unverified', note: 'kept' });
    await core.close();
  });

  it('takes a refused change back off the screen', async () => {
    const { core, store, actions, documentId, claimId } = await workspace(slowFirstTransport);
    expect(await actions.update(documentId, claimId, { status: 'no-such-status' })).toBeNull();
    expect(store.getState().document!.claims[0]!.status).toBe('unverified');
    expect(store.getState().toasts.at(-1)?.message).toMatch(/not a verification status/);
    await core.close();
  });

  it('closes a toast’s Undo once its step is undone another way, or is no longer the latest', async () => {
    const { core, store, actions, documentId, claimId } = await workspace(slowFirstTransport);
    const withUndo = () => store.getState().toasts.filter((t) => t.action?.label === 'Undo');
    await actions.delete(documentId, claimId);
    expect(withUndo().map((t) => t.message)).toEqual(['Claim deleted.']);
    const deleted = withUndo()[0]!;
    await actions.undo(); // Ctrl+Z
    expect(withUndo()).toEqual([]);
    expect(store.getState().document!.claims).toHaveLength(1);
    // the toast's Undo, run late, takes back nothing else
    await actions.update(documentId, claimId, { note: 'kept' }, 'Set note');
    deleted.action!.run();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(store.getState().undoLabel).toBe('Set note on “informed sources”');
    expect((await core.store.getDocument(documentId)).claims[0]!.note).toBe('kept');

    // a later step buries the deletion: its toast closes rather than offer to undo the wrong step
    await actions.delete(documentId, claimId);
    expect(withUndo()).toHaveLength(1);
    await actions.create(documentId, { start: 0, end: 3 });
    expect(store.getState().undoLabel).not.toBe('Delete claim');
    expect(withUndo()).toEqual([]);
    await core.close();
  });

  it('makes edits of one typed field in a row one step, named with the start of the quote; keys stay one step each', async () => {
    const { core, store, actions, documentId, claimId } = await workspace((c) => ({ kind: 'web', send: (channel, args) => dispatch(createCoreHandlers(c), channel, args), onMenuCommand: () => () => undefined }));
    await actions.update(documentId, claimId, { note: 'first' }, 'Set note');
    await actions.update(documentId, claimId, { note: 'first draft' }, 'Set note');
    await actions.update(documentId, claimId, { note: 'first draft, done' }, 'Set note');
    expect(store.getState().undoLabel).toBe('Set note on “informed sources”');
    await actions.update(documentId, claimId, { status: 'false' }, 'Set status');
    await actions.update(documentId, claimId, { status: 'verified' }, 'Set status');
    await actions.undo();
    expect(store.getState().document!.claims[0]!.status).toBe('false');
    await actions.undo();
    expect(store.getState().document!.claims[0]!.status).toBe('unverified');
    // the three note edits go back in one step
    await actions.undo();
    expect(store.getState().document!.claims[0]!.note).toBe('');
    expect(store.getState().undoLabel).toBeNull();
    await actions.redo();
    expect((await core.store.getDocument(documentId)).claims[0]!.note).toBe('first draft, done');
    await core.close();
  });

  it('holds Undo and Redo while the text is being corrected, saying why', async () => {
    const { core, store, actions, documentId, claimId } = await workspace((c) => ({ kind: 'web', send: (channel, args) => dispatch(createCoreHandlers(c), channel, args), onMenuCommand: () => () => undefined }));
    await actions.update(documentId, claimId, { status: 'false' }, 'Set status');
    store.update({ correcting: true });
    await actions.undo();
    expect(store.getState().document!.claims[0]!.status).toBe('false');
    expect(store.getState().toasts.at(-1)?.message).toMatch(/Save or cancel the corrections first/);
    store.update({ correcting: false });
    await actions.undo();
    expect(store.getState().document!.claims[0]!.status).toBe('unverified');
    await core.close();
  });

  it('gives an Unattributed claim the attribution its first source implies, in the same step, and keeps one the user chose', async () => {
    const { core, store, actions, documentId, claimId } = await workspace((core) => ({ kind: 'web', send: (channel, args) => dispatch(createCoreHandlers(core), channel, args), onMenuCommand: () => () => undefined }));
    const informed = await core.claims.createSource({ name: 'informed sources', kind: 'anonymous' });
    const walai = await core.claims.createSource({ name: 'Abu Alaa al-Walai', kind: 'person' });
    store.update({ library: await core.libraryView() });
    const stored = async () => (await core.store.getDocument(documentId)).claims.find((c) => c.id === claimId)!;
    expect((await stored()).attribution).toBe('unattributed');
    await actions.update(documentId, claimId, { sourceIds: [informed.id] }, 'Set sources');
    expect(await stored()).toMatchObject({ sourceIds: [informed.id], attribution: 'anonymous-source' });
    await actions.undo();
    expect(await stored()).toMatchObject({ sourceIds: [], attribution: 'unattributed' });
    // a source set after the user chose the attribution leaves it alone (a second source: attribution-from-source.test.ts)
    await actions.update(documentId, claimId, { attribution: 'other' }, 'Set attribution');
    await actions.update(documentId, claimId, { sourceIds: [walai.id] }, 'Set sources');
    expect(await stored()).toMatchObject({ sourceIds: [walai.id], attribution: 'other' });
    await core.close();
  });
});
