// A document's details on the history: saves of one form in a row are one step, and the form's
// last save, landing after another document opened, is on the history too.
import { describe, expect, it } from 'vitest';
import { Core } from '../../../main/core/core';
import { createCoreHandlers } from '../../../main/core/handlers';
import { dispatch } from '../../../main/core/dispatch';
import { BridgeClient } from '../../../renderer/bridge/bridge-client';
import { Actions } from '../../../renderer/state/actions';
import { AppStore } from '../../../renderer/state/app-store';
import { SEED_FILE } from '../../helpers/fixtures';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();

describe('document details on the history', () => {
  it('joins the saves of one form, puts every field back on Undo, and records a save that lands after another document opened', async () => {
    const core = await Core.open(tempDir(), { backupIntervalMs: 0 });
    const handlers = createCoreHandlers(core);
    const seed = (await core.imports.importPath(SEED_FILE)).document.id;
    const other = (await core.imports.importPasted({ text: 'A second report. The minister said the bridge was safe.' })).document.id;
    const store = new AppStore();
    const actions = new Actions(store, new BridgeClient({ kind: 'web', send: (channel, args) => dispatch(handlers, channel, args), onMenuCommand: () => () => undefined }));
    await actions.loadLibrary();
    await actions.openDocument(seed);
    const original = store.getState().document!.meta;
    const meta = async () => (await core.store.getDocument(seed)).meta;

    expect(await actions.updateMeta(seed, { title: 'Attacks in Syria' })).toBe(true);
    expect(await actions.updateMeta(seed, { outlet: 'Al Mayadeen' })).toBe(true);
    expect(store.getState().undoLabel).toBe('Edit details of “Attacks in Syria”');
    await actions.claims.undo();
    expect(await meta()).toMatchObject({ title: original.title, outlet: original.outlet });
    expect(store.getState().undoLabel).toBeNull();
    await actions.claims.redo();
    expect(await meta()).toMatchObject({ title: 'Attacks in Syria', outlet: 'Al Mayadeen' });

    // the form closed because another document opened: its last save lands with that one on screen
    const shown = await meta();
    await actions.openDocument(other);
    expect(await actions.updateMeta(seed, { byline: 'A correspondent' }, undefined, shown)).toBe(true);
    await actions.claims.undo();
    // a step of its own (an edit after a Redo does not join the step redone)
    expect(await meta()).toMatchObject({ title: 'Attacks in Syria', byline: shown.byline });
    expect(store.getState().undoLabel).toBe('Edit details of “Attacks in Syria”');
    await core.close();
  });
});
