// Merging sources and renaming or deleting tags from the renderer are steps of the history: undo
// puts back what the latest run changed (after a redo, what the redo changed), and the toast offers
// Undo. Driven through the real core behind the web bridge.
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

async function withTwoSources() {
  const core = await Core.open(tempDir(), { backupIntervalMs: 0 });
  const handlers = createCoreHandlers(core);
  const transport: Transport = { kind: 'web', send: (channel, args) => dispatch(handlers, channel, args), onMenuCommand: () => () => undefined };
  const { document } = await core.imports.importPath(SEED_FILE);
  const text = projectText((await core.store.getDocument(document.id)).content);
  const walai = await core.claims.createSource({ name: 'Abu Alaa al-Walai', kind: 'person' });
  const duplicate = await core.claims.createSource({ name: 'al-Walai', kind: 'person' });
  const make = (quote: string, sourceIds: string[], tags: string[]) => {
    const start = text.indexOf(quote);
    return core.claims.create({ documentId: document.id, start, end: start + quote.length, changes: { sourceIds, tags } });
  };
  await make('the Resistance operations in Iraq will not stop', [walai.id], ['iraq']);
  const second = await make('There will be no truce with the US occupation in Iraq', [duplicate.id], ['Iraq', 'truce']);
  const store = new AppStore();
  const actions = new Actions(store, new BridgeClient(transport));
  await actions.loadLibrary();
  await actions.openDocument(document.id);
  const claimOnScreen = () => store.getState().document!.claims.find((c) => c.id === second.id)!;
  return { core, store, actions, walai, duplicate, claimOnScreen };
}

describe('registry steps on the history', () => {
  it('undoes a merge, redoes it and undoes the redo: the source and its claim come back each time', async () => {
    const { core, store, actions, walai, duplicate, claimOnScreen } = await withTwoSources();
    const registry = () => store.getState().library!.sources.map((s) => s.name);
    expect(await actions.registry.mergeSources(duplicate.id, walai.id)).toBe(true);
    expect(registry()).toEqual(['Abu Alaa al-Walai']);
    expect(claimOnScreen().sourceIds).toEqual([walai.id]);
    expect(store.getState().undoLabel).toBe('Merge “al-Walai” into “Abu Alaa al-Walai”');
    expect(store.getState().toasts.at(-1)).toMatchObject({ message: 'Merged “al-Walai” into “Abu Alaa al-Walai”; 1 claim follows.', action: { label: 'Undo' } });

    for (let round = 0; round < 2; round++) {
      await actions.claims.undo();
      expect(registry()).toEqual(['Abu Alaa al-Walai', 'al-Walai']);
      expect(claimOnScreen().sourceIds).toEqual([duplicate.id]);
      expect(core.libraryView().sources.find((s) => s.id === walai.id)!.aliases).toEqual([]);
      await actions.claims.redo();
      expect(registry()).toEqual(['Abu Alaa al-Walai']);
      expect(claimOnScreen().sourceIds).toEqual([walai.id]);
    }
    await core.close();
  });

  it('undoes a tag deletion and a rename, in turn, and redoes them', async () => {
    const { core, store, actions, claimOnScreen } = await withTwoSources();
    expect(await actions.registry.renameTag('Iraq', 'Syria')).toBe(true);
    expect(await actions.registry.deleteTag('truce')).toBe(true);
    expect(claimOnScreen().tags).toEqual(['Syria']);
    expect(store.getState().toasts.at(-1)).toMatchObject({ message: 'Tag “truce” removed from 1 claim.', action: { label: 'Undo' } });
    await actions.claims.undo();
    expect(claimOnScreen().tags).toEqual(['Syria', 'truce']);
    await actions.claims.undo();
    // the rename merged "iraq" and "Iraq" as one tag: each claim gets its own spelling back
    expect(claimOnScreen().tags).toEqual(['Iraq', 'truce']);
    const spellings = async () => {
      const tags: string[] = [];
      for (const { id } of core.store.documentSummaries()) for (const claim of (await core.store.getDocument(id)).claims) tags.push(...claim.tags);
      return [...new Set(tags)].sort();
    };
    expect(await spellings()).toEqual(['Iraq', 'iraq', 'truce']);
    // (the tag list shows the two spellings as one tag)
    expect((await core.tags.list()).map((t) => t.tag.toLowerCase()).sort()).toEqual(['iraq', 'truce']);
    await actions.claims.redo();
    await actions.claims.redo();
    expect(claimOnScreen().tags).toEqual(['Syria']);
    await actions.claims.undo();
    expect(claimOnScreen().tags).toEqual(['Syria', 'truce']);
    await core.close();
  });

  it('makes saves of one source in a row one step: Undo puts back the source as it was before the first', async () => {
    const { core, store, actions, walai } = await withTwoSources();
    const shown = () => store.getState().library!.sources.find((s) => s.id === walai.id)!;
    await actions.registry.updateSource(walai.id, { description: 'Secretary-General' });
    await actions.registry.updateSource(walai.id, { description: 'Secretary-General of Kataib Sayyid al-Shuhada', kind: 'organization' });
    expect(store.getState().undoLabel).toBe('Edit source “Abu Alaa al-Walai”');
    await actions.claims.undo();
    expect(shown()).toMatchObject({ description: '', kind: 'person' });
    expect(store.getState().undoLabel).toBeNull();
    await actions.claims.redo();
    expect(shown()).toMatchObject({ description: 'Secretary-General of Kataib Sayyid al-Shuhada', kind: 'organization' });
    expect(core.libraryView().sources.find((s) => s.id === walai.id)).toMatchObject({ kind: 'organization' });
    await core.close();
  });

  it('undoes a change of settings, and only the setting it changed', async () => {
    const { core, store, actions } = await withTwoSources();
    await actions.registry.updateSettings({ theme: 'dark' });
    await actions.registry.updateSettings({ colorBy: 'attribution' });
    await actions.claims.undo();
    expect(store.getState().library!.settings).toEqual(expect.objectContaining({ theme: 'dark' }));
    expect(store.getState().library!.settings.colorBy).not.toBe('attribution');
    await actions.claims.undo();
    expect(core.libraryView().settings.theme).not.toBe('dark');
    await core.close();
  });

  it('undoes a taxonomy edit; an entry added is removed by Undo while nothing uses it, and the step is dropped once something does', async () => {
    const { core, store, actions } = await withTwoSources();
    const statuses = () => store.getState().library!.taxonomy.statuses.map((s) => s.label);
    const taxonomy = store.getState().library!.taxonomy;
    const added = { id: 'needs-context', label: 'Needs context', color: '#0ea5e9', description: '', key: 'm' };
    expect(await actions.registry.updateTaxonomy({ ...taxonomy, statuses: [...taxonomy.statuses, added] })).toBe(true);
    expect(statuses()).toContain('Needs context');
    expect(store.getState().undoLabel).toBe('Add the status “Needs context”');
    await actions.claims.undo();
    expect(statuses()).not.toContain('Needs context');
    await actions.claims.redo();
    expect(statuses()).toContain('Needs context');
    // a claim takes the new status: Undo would leave it naming a status that is gone, so the step is dropped
    const [claim] = store.getState().document!.claims;
    await core.claims.update({ documentId: store.getState().document!.id, claimId: claim!.id, changes: { status: 'needs-context' } });
    await actions.claims.undo();
    expect(statuses()).toContain('Needs context');
    expect(store.getState().toasts.map((t) => t.message)).toContainEqual(expect.stringContaining('“Add the status “Needs context”” can no longer be undone'));
    await core.close();
  });

  it('takes saves of the ClaimReview publisher in a row as one step, and a refusal to the field', async () => {
    const { core, actions } = await withTwoSources();
    const reviewer = (name: string, url = '') => ({ reviewer: { name, url, reviewUrl: '' } });
    expect(await actions.registry.updateSettings(reviewer('The Daily'))).toBe(true);
    await actions.registry.updateSettings(reviewer('The Daily Check'));
    await actions.registry.updateSettings({ theme: 'dark' });
    await actions.claims.undo();
    expect(core.store.library.settings).toMatchObject({ theme: 'system', reviewer: { name: 'The Daily Check' } });
    await actions.claims.undo();
    expect(core.store.library.settings.reviewer.name).toBe('');
    const refusals: string[] = [];
    expect(await actions.registry.updateSettings(reviewer('Desk', 'javascript:alert(1)'), (message) => refusals.push(message))).toBe(false);
    expect(refusals).toEqual([expect.stringMatching(/url/)]);
    await core.close();
  });
});
