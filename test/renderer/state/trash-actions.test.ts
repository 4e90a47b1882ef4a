// The "moved to the trash" toast offers Undo only while the document is in the trash: restored from
// the Trash screen, the toast closes (its Undo would only say the document is already back).
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

describe('the trash toast', () => {
  it('closes once its document is restored another way', async () => {
    const core = await Core.open(tempDir(), { backupIntervalMs: 0 });
    const handlers = createCoreHandlers(core);
    const { document } = await core.imports.importPath(SEED_FILE);
    const store = new AppStore();
    const actions = new Actions(store, new BridgeClient({ kind: 'web', send: (channel, args) => dispatch(handlers, channel, args), onMenuCommand: () => () => undefined }));
    await actions.loadLibrary();
    await actions.trashDocument(document.id);
    const messages = () => store.getState().toasts.map((t) => [t.message, t.action?.label ?? null]);
    expect(messages()).toContainEqual([expect.stringContaining('was moved to the trash'), 'Undo']);
    expect(await actions.restoreFromTrash(document.id)).toBe(true);
    expect(messages().some(([message]) => message!.includes('was moved to the trash'))).toBe(false);
    expect(messages()).toContainEqual([expect.stringContaining('is back in the library'), null]);
    await core.close();
  });
});
