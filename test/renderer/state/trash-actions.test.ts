// Moving documents to the trash and back are steps of the history; a step that can never be taken
// again is dropped with a word, and Undo goes on to the step before it; Undo shows the document it
// changed when another one is on screen.
import { describe, expect, it } from 'vitest';
import { Core } from '../../../main/core/core';
import { createCoreHandlers } from '../../../main/core/handlers';
import { dispatch } from '../../../main/core/dispatch';
import type { ErrorCode } from '@shared/bridge/result';
import { BridgeClient } from '../../../renderer/bridge/bridge-client';
import { Actions } from '../../../renderer/state/actions';
import { AppStore } from '../../../renderer/state/app-store';
import { SEED_FILE } from '../../helpers/fixtures';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();

async function workspace() {
  const core = await Core.open(tempDir(), { backupIntervalMs: 0 });
  const handlers = createCoreHandlers(core);
  const seed = (await core.imports.importPath(SEED_FILE)).document;
  const other = (await core.imports.importPasted({ text: 'A second report. The minister said the bridge was safe.' })).document;
  const store = new AppStore();
  // a call fails with this code, without reaching the core, when set: the next one (through `channel`, if
  // given), or the one after `after` more through it
  const failing: { next: ErrorCode | null; channel?: string; after?: number } = { next: null };
  const send = async (channel: string, args: unknown) => {
    if (failing.next && failing.channel && channel !== failing.channel) return dispatch(handlers, channel, args);
    if (failing.after) {
      failing.after--;
      return dispatch(handlers, channel, args);
    }
    const code = failing.next;
    failing.next = null;
    return code ? { ok: false as const, error: { code, message: `Failed for now (${code}).` } } : dispatch(handlers, channel, args);
  };
  const actions = new Actions(store, new BridgeClient({ kind: 'web', send, onMenuCommand: () => () => undefined }));
  await actions.loadLibrary();
  const inLibrary = () => store.getState().library!.documents.map((d) => d.id);
  const messages = () => store.getState().toasts.map((t) => t.message);
  return { core, store, actions, seed: seed.id, other: other.id, inLibrary, messages, failing };
}

describe('the trash on the history', () => {
  it('closes the "moved to the trash" toast once its document is restored another way', async () => {
    const { core, store, actions, seed } = await workspace();
    await actions.trash.move([seed]);
    const toasts = () => store.getState().toasts.map((t) => [t.message, t.action?.label ?? null]);
    expect(toasts()).toContainEqual([expect.stringContaining('was moved to the trash'), 'Undo']);
    expect(await actions.trash.restore(seed)).toBe(true);
    expect(toasts().some(([message]) => message!.includes('was moved to the trash'))).toBe(false);
    expect(toasts()).toContainEqual([expect.stringContaining('is back in the library'), 'Undo']);
    await core.close();
  });

  it('undoes a move to the trash (opening the document again) and redoes it; a restore from the Trash screen is a step too', async () => {
    const { core, store, actions, seed, inLibrary } = await workspace();
    await actions.openDocument(seed);
    await actions.trash.move([seed]);
    expect(inLibrary()).not.toContain(seed);
    expect(store.getState().document).toBeNull();
    expect(store.getState().undoLabel).toBe('Move “US Occupation Forces Attacked in Northeast Syria” to the trash');

    await actions.claims.undo();
    expect(inLibrary()).toContain(seed);
    expect(store.getState().document?.id).toBe(seed);
    await actions.claims.redo();
    expect(inLibrary()).not.toContain(seed);

    await actions.trash.restore(seed);
    expect(store.getState().undoLabel).toBe('Restore “US Occupation Forces Attacked in Northeast Syria” from the trash');
    await actions.claims.undo();
    expect(await core.store.trash.ids()).toEqual([seed]);
    // the move before it: the document is already in the trash, so there is nothing to do but count it taken
    await actions.claims.redo();
    expect(inLibrary()).toContain(seed);
    await core.close();
  });

  it('drops a step whose document was emptied from the trash, says so, and goes on to the step before it', async () => {
    const { core, store, actions, seed, other, messages } = await workspace();
    await actions.openDocument(other);
    const claim = await actions.claims.create(other, { start: 0, end: 16 });
    await actions.trash.move([seed]);
    await actions.trash.empty();

    await actions.claims.undo();
    expect(messages()).toContainEqual(expect.stringContaining(`There is no readable document ${seed} in the trash`));
    expect(messages()).toContainEqual('“Move “US Occupation Forces Attacked in Northeast Syria” to the trash” can no longer be undone, so it is off the history. Undo now takes “Make claim”.');
    expect(store.getState().undoLabel).toBe('Make claim');
    await actions.claims.undo();
    expect((await core.store.getDocument(other)).claims.map((c) => c.id)).not.toContain(claim!.id);
    expect(store.getState().undoLabel).toBeNull();
    await core.close();
  });

  it('keeps a step that failed for now (the library locked, the core out of reach), to try again', async () => {
    const { core, store, actions, other, failing } = await workspace();
    await actions.openDocument(other);
    await actions.claims.create(other, { start: 0, end: 16 });
    for (const code of ['locked', 'internal', 'not-saved'] as const) {
      failing.next = code;
      await actions.claims.undo();
      expect(store.getState().undoLabel).toBe('Make claim');
    }
    await actions.claims.undo();
    expect(store.getState().undoLabel).toBeNull();
    await core.close();
  });

  it('judges each queued Undo by its own failure: a lost step before it does not make a write failure look lost', async () => {
    const { core, store, actions, seed, other, failing } = await workspace();
    await actions.openDocument(other);
    await actions.claims.create(other, { start: 0, end: 16 });
    await actions.trash.move([seed]);
    await actions.trash.empty();
    // the first Undo's call reaches the core (and is refused); the second's fails to write
    Object.assign(failing, { next: 'not-saved', channel: 'claims:deleteMany' });
    await Promise.all([actions.claims.undo(), actions.claims.undo()]);
    expect(store.getState().undoLabel).toBe('Make claim');
    await core.close();
  });

  it('takes back a step of several claims in one write: all stay when it fails, and a claim deleted meanwhile counts as deleted', async () => {
    const { core, store, actions, other, failing } = await workspace();
    await actions.openDocument(other);
    const [first] = await actions.claims.createAll(other, [{ range: { start: 0, end: 8 } }, { range: { start: 17, end: 30 } }], 'Accept 2 suggestions');
    Object.assign(failing, { next: 'not-saved', channel: 'claims:deleteMany' });
    await actions.claims.undo();
    expect(store.getState().undoLabel).toBe('Accept 2 suggestions');
    expect((await core.store.getDocument(other)).claims).toHaveLength(2);
    expect(store.getState().document!.claims).toHaveLength(2);
    await core.claims.delete({ documentId: other, claimId: first!.id });
    await actions.claims.undo();
    expect(store.getState().undoLabel).toBeNull();
    expect((await core.store.getDocument(other)).claims).toEqual([]);
    await actions.claims.redo();
    expect((await core.store.getDocument(other)).claims).toHaveLength(2);
    await core.close();
  });

  it('opens the document (and selects the claim) an Undo changed when another document is on screen', async () => {
    const { core, store, actions, seed, other } = await workspace();
    await actions.openDocument(other);
    const claim = await actions.claims.create(other, { start: 0, end: 16 });
    await actions.claims.update(other, claim!.id, { note: 'checked' }, 'Edit note');
    await actions.openDocument(seed);
    await actions.claims.undo();
    expect(store.getState().document?.id).toBe(other);
    expect(store.getState().selectedClaimId).toBe(claim!.id);
    expect((await core.store.getDocument(other)).claims[0]!.note).toBe('');
    // in the library's screens, Undo stays where the user is
    actions.showPanel('claims');
    await actions.claims.undo();
    expect(store.getState().panel).toBe('claims');
    await core.close();
  });

  it('takes a pasted document to the trash on Undo, opening again the one read before, and leaves the library screens where they are', async () => {
    const { core, store, actions, seed, inLibrary } = await workspace();
    await actions.openDocument(seed);
    await actions.importPasted('', 'Pasted report\nThe mayor said the road was closed.');
    const pasted = store.getState().document!.id;
    expect(pasted).not.toBe(seed);
    await actions.claims.undo();
    expect(inLibrary()).not.toContain(pasted);
    expect(store.getState().document?.id).toBe(seed);
    await actions.claims.redo();
    expect(store.getState().document?.id).toBe(pasted);
    // from the library's screens, Undo and Redo leave the user there
    actions.showPanel('library');
    await actions.claims.undo();
    expect(store.getState()).toMatchObject({ panel: 'library', document: null });
    await actions.claims.redo();
    expect(inLibrary()).toContain(pasted);
    expect(store.getState().panel).toBe('library');
    await core.close();
  });
});
