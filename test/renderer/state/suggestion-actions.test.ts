// Reviewing suggestions in the renderer, against the real core: accepting makes an unverified
// claim with the suggested (or edited) source and attribution, in one undo step; rejecting hides
// the suggestion and is kept in the document, and undo takes it back; "accept all" is one step.
import { describe, expect, it } from 'vitest';
import { Core } from '../../../main/core/core';
import { createCoreHandlers } from '../../../main/core/handlers';
import { dispatch } from '../../../main/core/dispatch';
import { Actions } from '../../../renderer/state/actions';
import { AppStore } from '../../../renderer/state/app-store';
import { currentReview, isAtOrAbove, shownSuggestions } from '../../../renderer/state/suggestion-review';
import { BridgeClient } from '../../../renderer/bridge/bridge-client';
import { SEED_FILE } from '../../helpers/fixtures';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();

async function reviewing() {
  const core = await Core.open(tempDir(), { backupIntervalMs: 0 });
  const { document } = await core.imports.importPath(SEED_FILE);
  const handlers = createCoreHandlers(core);
  const store = new AppStore();
  // the calls through this channel are refused as a full disk would refuse them, when set
  const refusing: { channel: string | null } = { channel: null };
  const send = async (channel: string, args: unknown) =>
    channel === refusing.channel ? { ok: false as const, error: { code: 'not-saved' as const, message: 'The disk is full.' } } : dispatch(handlers, channel, args);
  const actions = new Actions(store, new BridgeClient({ kind: 'web', send, onMenuCommand: () => () => undefined }));
  await actions.loadLibrary();
  await actions.openDocument(document.id);
  await actions.suggestions.open();
  const shown = () => shownSuggestions(currentReview(store.getState())!, store.getState().document!);
  const stored = () => core.store.getDocument(document.id);
  return { core, store, actions, shown, stored, documentId: document.id, refusing };
}

describe('suggestion actions', () => {
  it('accepts the current suggestion as an unverified claim with its source, in one undo step', async () => {
    const { core, store, actions, shown, stored } = await reviewing();
    const [first, second] = shown();
    expect(first!.match).toMatchObject({ kind: 'new' });
    expect(await actions.suggestions.accept()).toBe(true);
    const [claim] = (await stored()).claims;
    expect(claim).toMatchObject({ status: 'unverified', attribution: first!.attribution, target: { start: first!.content.start, end: first!.content.end } });
    expect(claim!.cue?.exact).toBe(first!.cue?.text);
    expect(core.store.library.sources.find((s) => s.id === claim!.sourceIds[0])!.name).toBe((first!.match as { name: string }).name);
    expect(shown().map((s) => s.key)).not.toContain(first!.key);
    expect(currentReview(store.getState())!.currentKey).toBe(second!.key);

    await actions.claims.undo();
    expect((await stored()).claims).toEqual([]);
    expect(shown()[0]!.key).toBe(first!.key);
    await core.close();
  });

  it('accepts with the fields edited first: an existing source by name, another attribution', async () => {
    const { core, actions, shown, stored } = await reviewing();
    const existing = await core.claims.createSource({ name: 'Pentagon', kind: 'government' });
    await actions.loadLibrary();
    const [first] = shown();
    actions.suggestions.edit(first!.key, { sourceName: 'pentagon', attribution: 'other' });
    await actions.suggestions.accept(first!.key);
    expect((await stored()).claims[0]).toMatchObject({ sourceIds: [existing.id], attribution: 'other', status: 'unverified' });
    expect(core.store.library.sources).toHaveLength(1);
    await core.close();
  });

  it('guesses the kind of a new source from the typed name, and keeps the kind the user picks', async () => {
    const { core, actions, shown, stored } = await reviewing();
    const [first, second] = shown();
    actions.suggestions.edit(first!.key, { sourceName: 'Mike Ryan' });
    await actions.suggestions.accept(first!.key);
    const person = core.store.library.sources.find((s) => s.name === 'Mike Ryan');
    expect(person?.kind).toBe('person');
    expect((await stored()).claims[0]!.sourceIds).toEqual([person!.id]);
    actions.suggestions.edit(second!.key, { sourceName: 'the interior ministry', sourceKind: 'media' });
    await actions.suggestions.accept(second!.key);
    expect(core.store.library.sources.find((s) => s.name === 'the interior ministry')?.kind).toBe('media');
    await core.close();
  });

  it('rejects a suggestion, keeps the rejection in the document, and undo and redo take it back and again', async () => {
    const { core, store, actions, shown, stored } = await reviewing();
    const [first] = shown();
    expect(await actions.suggestions.reject()).toBe(true);
    expect(shown().map((s) => s.key)).not.toContain(first!.key);
    expect(currentReview(store.getState())!.currentKey).not.toBe(first!.key);
    expect((await stored()).rejectedSuggestions).toEqual([first!.key]);
    await actions.claims.undo();
    expect(shown()[0]!.key).toBe(first!.key);
    // back, it is the current suggestion again
    expect(currentReview(store.getState())!.currentKey).toBe(first!.key);
    expect((await stored()).rejectedSuggestions).toEqual([]);
    await actions.claims.redo();
    expect(shown().map((s) => s.key)).not.toContain(first!.key);
    expect((await stored()).rejectedSuggestions).toEqual([first!.key]);
    // asked again, the core does not offer it
    await actions.suggestions.open();
    expect(shown().map((s) => s.key)).not.toContain(first!.key);
    await core.close();
  });

  it('accepts all at or above the threshold as one step, and one undo takes them all back', async () => {
    const { core, store, actions, shown, stored } = await reviewing();
    const before = shown().map((s) => s.key);
    const high = shown().filter((s) => isAtOrAbove(s, 0.85));
    expect(high.length).toBeGreaterThan(1);
    actions.suggestions.setThreshold(0.85);
    expect(await actions.suggestions.acceptAbove()).toBe(high.length);
    expect((await stored()).claims.map((c) => c.target.start).sort((a, b) => a - b)).toEqual(high.map((s) => s.content.start));
    expect(shown().every((s) => !isAtOrAbove(s, 0.85))).toBe(true);
    const made = core.store.library.sources.map((s) => s.id);
    expect(made.length).toBeGreaterThan(1);
    await actions.claims.undo();
    expect((await stored()).claims).toEqual([]);
    expect(shown().map((s) => s.key)).toEqual(before);
    // the review keeps its place: the first of the suggestions taken back is current
    expect(currentReview(store.getState())!.currentKey).toBe(high[0]!.key);
    // the sources made for them go too, and Redo brings them back under the same ids
    expect(core.store.library.sources).toEqual([]);
    await actions.claims.redo();
    expect(core.store.library.sources.map((s) => s.id).sort()).toEqual([...made].sort());
    expect((await stored()).claims.flatMap((c) => c.sourceIds).every((id) => made.includes(id))).toBe(true);
    await core.close();
  });

  it('makes no claim and leaves no source behind when the claims cannot be written', async () => {
    const { core, store, actions, shown, stored, refusing } = await reviewing();
    const before = shown().map((s) => s.key);
    refusing.channel = 'claims:createMany';
    actions.suggestions.setThreshold(0.5);
    expect(await actions.suggestions.acceptAbove()).toBe(0);
    refusing.channel = null;
    expect((await stored()).claims).toEqual([]);
    expect(core.store.library.sources).toEqual([]);
    expect(store.getState().library!.sources).toEqual([]);
    expect(shown().map((s) => s.key)).toEqual(before);
    expect(store.getState().undoLabel).toBeNull();
    await core.close();
  });

  it('keeps, on Undo, a source the registry had that this window had not read yet', async () => {
    const { core, actions, shown, stored } = await reviewing();
    const [first] = shown();
    // made elsewhere (the command line, an import) after this window read the registry
    const elsewhere = await core.claims.createSource({ name: 'Reuters', kind: 'media' });
    actions.suggestions.edit(first!.key, { sourceName: 'Reuters' });
    await actions.suggestions.accept(first!.key);
    expect((await stored()).claims[0]!.sourceIds).toEqual([elsewhere.id]);
    await actions.claims.undo();
    expect((await stored()).claims).toEqual([]);
    expect(core.store.library.sources).toEqual([elsewhere]);
    await core.close();
  });

  it('keeps, on Undo, a source made by an accept that a claim made since names', async () => {
    const { core, actions, shown, stored, documentId } = await reviewing();
    const first = shown()[0]!;
    await actions.suggestions.accept(first.key);
    const [source] = core.store.library.sources;
    // the user names that source on a claim of their own, then takes the accept back
    const text = (await stored()).claims[0]!;
    await core.claims.create({ documentId, start: text.target.end + 2, end: text.target.end + 20, changes: { sourceIds: [source!.id] } });
    await actions.claims.undo();
    expect(core.store.library.sources.map((s) => s.id)).toEqual([source!.id]);
    expect((await stored()).claims.map((c) => c.sourceIds)).toEqual([[source!.id]]);
    await core.close();
  });
});

describe('the threshold of accept all', () => {
  it('compares whole percents, as both are shown: a suggestion shown as 100% is at 100%', () => {
    expect(isAtOrAbove({ confidence: 0.996 }, 1)).toBe(true);
    expect(isAtOrAbove({ confidence: 0.949 }, 0.95)).toBe(true);
    expect(isAtOrAbove({ confidence: 0.944 }, 0.95)).toBe(false);
    expect(isAtOrAbove({ confidence: 0.8 }, 0.8)).toBe(true);
  });
});
