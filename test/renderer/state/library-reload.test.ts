// Reloading the library view: when two reloads overlap and the first answer arrives last, the
// screen keeps the newer view (a colour just changed in Settings must not flip back); a claim
// change in the open document updates its counts without reading the library view again.
import { describe, expect, it } from 'vitest';
import { projectText } from '@shared/text/projection';
import { Core } from '../../../main/core/core';
import { createCoreHandlers } from '../../../main/core/handlers';
import { dispatch } from '../../../main/core/dispatch';
import { BridgeClient, type Transport } from '../../../renderer/bridge/bridge-client';
import { Actions } from '../../../renderer/state/actions';
import { AppStore } from '../../../renderer/state/app-store';
import { SEED_FILE } from '../../helpers/fixtures';
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

  /** The core with the seed article and one unverified claim in it, open in the renderer; `libraryReads` counts library:get calls, and `holdReads` delays their answers. */
  async function openSeed() {
    const core = await Core.open(tempDir(), { backupIntervalMs: 0 });
    const handlers = createCoreHandlers(core);
    const reads = { count: 0, holdMs: 0 };
    const transport: Transport = {
      kind: 'web',
      async send(channel, args) {
        const answer = await dispatch(handlers, channel, args);
        if (channel === 'library:get') {
          reads.count += 1;
          if (reads.holdMs > 0) await new Promise((resolve) => setTimeout(resolve, reads.holdMs));
        }
        return answer;
      },
      onMenuCommand: () => () => undefined,
    };
    const { document } = await core.imports.importPath(SEED_FILE);
    const text = projectText((await core.store.getDocument(document.id)).content);
    const start = text.indexOf('informed sources');
    const claim = await core.claims.create({ documentId: document.id, start, end: start + 'informed sources'.length, changes: {} });
    const store = new AppStore();
    const actions = new Actions(store, new BridgeClient(transport));
    await actions.loadLibrary();
    await actions.openDocument(document.id);
    const countsOnScreen = () => store.getState().library!.documents.find((d) => d.id === document.id)!.claimCounts;
    return { core, store, actions, reads, documentId: document.id, claimId: claim.id, countsOnScreen };
  }

  it('shows the new counts of the open document after a status change, without reading the library again', async () => {
    const { core, actions, reads, documentId, claimId, countsOnScreen } = await openSeed();
    expect(countsOnScreen()).toEqual({ unverified: 1 });
    const readsBefore = reads.count;
    await actions.claims.update(documentId, claimId, { status: 'verified' }, 'Set status');
    expect(countsOnScreen()).toEqual({ verified: 1 });
    expect(reads.count).toBe(readsBefore);
    // the counts shown are the core's own
    await actions.loadLibrary();
    expect(countsOnScreen()).toEqual({ verified: 1 });
    await core.close();
  });

  it('drops a library read that left before a status change, and reads once more after it', async () => {
    const { core, actions, reads, documentId, claimId, countsOnScreen } = await openSeed();
    reads.holdMs = 60;
    const readBeforeChange = actions.loadLibrary();
    await new Promise((resolve) => setTimeout(resolve, 10));
    await actions.claims.update(documentId, claimId, { status: 'false' }, 'Set status');
    expect(countsOnScreen()).toEqual({ false: 1 });
    await readBeforeChange;
    expect(countsOnScreen()).toEqual({ false: 1 });
    await actions.loadLibrary();
    expect(countsOnScreen()).toEqual({ false: 1 });
    await core.close();
  });

  it('opens a document with its claims in text order, whatever order they were made in', async () => {
    const { core, store, actions, documentId } = await openSeed();
    const text = projectText((await core.store.getDocument(documentId)).content);
    const early = text.indexOf('US');
    await core.claims.create({ documentId, start: early, end: early + 2, changes: {} });
    await actions.openDocument(documentId);
    const starts = store.getState().document!.claims.map((c) => c.target.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(starts[0]).toBe(early);
    await core.close();
  });
});
