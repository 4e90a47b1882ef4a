// Saved sets on the history: saving, updating, renaming and deleting a set are each one step that
// Undo takes back and Redo takes again. Driven through the real core behind the web bridge.
import { describe, expect, it } from 'vitest';
import { Core } from '../../../main/core/core';
import { createCoreHandlers } from '../../../main/core/handlers';
import { dispatch } from '../../../main/core/dispatch';
import { BridgeClient } from '../../../renderer/bridge/bridge-client';
import { Actions } from '../../../renderer/state/actions';
import { AppStore } from '../../../renderer/state/app-store';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();

describe('saved sets on the history', () => {
  it('undoes and redoes saving, updating, renaming and deleting a set', async () => {
    const core = await Core.open(tempDir(), { backupIntervalMs: 0 });
    const handlers = createCoreHandlers(core);
    const store = new AppStore();
    const actions = new Actions(store, new BridgeClient({ kind: 'web', send: (channel, args) => dispatch(handlers, channel, args), onMenuCommand: () => () => undefined }));
    await actions.loadLibrary();
    const sets = () => core.libraryView().sets.map((s) => [s.name, s.filter.query]);

    actions.across.setFilter({ query: 'rocket', facets: {} });
    const set = (await actions.across.saveSet('Rockets'))!;
    expect(store.getState().undoLabel).toBe('Save the set “Rockets”');
    actions.across.setFilter({ query: 'rocket strike', facets: {} });
    await actions.across.updateSet(set.id);
    expect(await actions.across.renameSet(set.id, 'Strikes')).toBe(true);
    expect(sets()).toEqual([['Strikes', 'rocket strike']]);

    await actions.claims.undo();
    expect(sets()).toEqual([['Rockets', 'rocket strike']]);
    await actions.claims.undo();
    expect(sets()).toEqual([['Rockets', 'rocket']]);
    await actions.claims.undo();
    expect(sets()).toEqual([]);
    await actions.claims.redo();
    await actions.claims.redo();
    await actions.claims.redo();
    expect(sets()).toEqual([['Strikes', 'rocket strike']]);

    await actions.across.deleteSet(set.id);
    expect(sets()).toEqual([]);
    expect(store.getState().toasts.at(-1)).toMatchObject({ message: 'Deleted the set "Strikes".', action: { label: 'Undo' } });
    await actions.claims.undo();
    expect(sets()).toEqual([['Strikes', 'rocket strike']]);
    // the sidebar shows what the core has
    expect(store.getState().library!.sets.map((s) => s.name)).toEqual(['Strikes']);
    await core.close();
  });
});
