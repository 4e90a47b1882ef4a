// Reloading the library view: when two reloads overlap and the first answer arrives last, the
// screen keeps the newer view (a colour just changed in Settings must not flip back).
import { describe, expect, it } from 'vitest';
import { Core } from '../../../main/core/core';
import { createCoreHandlers } from '../../../main/core/handlers';
import { dispatch } from '../../../main/core/dispatch';
import { BridgeClient, type Transport } from '../../../renderer/bridge/bridge-client';
import { Actions } from '../../../renderer/state/actions';
import { AppStore } from '../../../renderer/state/app-store';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();

describe('reloading the library', () => {
  it('shows the answer to the latest request, even when an older one arrives after it', async () => {
    const core = await Core.open(tempDir(), { backupIntervalMs: 0 });
    const handlers = createCoreHandlers(core);
    let reads = 0;
    const transport: Transport = {
      kind: 'web',
      async send(channel, args) {
        // the first read is answered at once but delivered late, after the settings change
        const answer = await dispatch(handlers, channel, args);
        if (channel === 'library:get' && reads++ === 0) await new Promise((resolve) => setTimeout(resolve, 80));
        return answer;
      },
      onMenuCommand: () => () => undefined,
    };
    const store = new AppStore();
    const actions = new Actions(store, new BridgeClient(transport));
    const stale = actions.loadLibrary();
    await core.store.updateLibrary((library) => ({ ...library, settings: { ...library.settings, colorBy: 'attribution' } }));
    await actions.loadLibrary();
    await stale;
    expect(store.getState().library?.settings.colorBy).toBe('attribution');
    await core.close();
  });
});
