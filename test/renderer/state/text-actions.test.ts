// Text changes from the renderer are steps of the history: undo puts back the text and the claims
// from before a correction, redo the corrected ones, and Undo is what the toast offers. A
// replacement that would leave most claims without their place asks first.
import { describe, expect, it } from 'vitest';
import type { DocNode } from '@shared/domain/content';
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

describe('text changes', () => {
  it('undoes and redoes a correction: the text and the claims as they were', async () => {
    const core = await Core.open(tempDir(), { backupIntervalMs: 0 });
    const handlers = createCoreHandlers(core);
    const transport: Transport = { kind: 'web', send: (channel, args) => dispatch(handlers, channel, args), onMenuCommand: () => () => undefined };
    const { document } = await core.imports.importPath(SEED_FILE);
    const original = await core.store.getDocument(document.id);
    const start = projectText(original.content).indexOf('Rmelan');
    await core.claims.create({ documentId: document.id, start, end: start + 'Rmelan'.length, changes: {} });
    const store = new AppStore();
    const actions = new Actions(store, new BridgeClient(transport));
    await actions.loadLibrary();
    await actions.openDocument(document.id);
    const before = store.getState().document!;

    const content = JSON.parse(JSON.stringify(before.content).replace('Rmelan,', 'Rumeilan,')) as DocNode;
    expect(await actions.texts.saveCorrections(document.id, content, [])).toBe(true);
    const textOnScreen = () => projectText(store.getState().document!.content);
    expect(textOnScreen()).toContain('Rumeilan,');
    expect(store.getState().undoLabel).toBe('Correct text');
    expect(store.getState().toasts.at(-1)?.action?.label).toBe('Undo');

    await actions.claims.undo();
    expect(textOnScreen()).toBe(projectText(before.content));
    expect(store.getState().document!.claims).toEqual(before.claims);
    expect((await core.store.getDocument(document.id)).content).toEqual(before.content);

    await actions.claims.redo();
    expect(textOnScreen()).toContain('Rumeilan,');
    expect((await core.store.getDocument(document.id)).claims[0]!.anchor).toBe('orphan');
    await core.close();
  });

  it('asks before a replacement text that leaves most claims without their place, and changes nothing when told no', async () => {
    const core = await Core.open(tempDir(), { backupIntervalMs: 0 });
    const handlers = createCoreHandlers(core);
    const transport: Transport = { kind: 'web', send: (channel, args) => dispatch(handlers, channel, args), onMenuCommand: () => () => undefined };
    const { document } = await core.imports.importPath(SEED_FILE);
    const text = projectText((await core.store.getDocument(document.id)).content);
    for (const words of ['Rmelan', 'informed sources']) {
      const start = text.indexOf(words);
      await core.claims.create({ documentId: document.id, start, end: start + words.length, changes: {} });
    }
    const store = new AppStore();
    const actions = new Actions(store, new BridgeClient(transport));
    await actions.loadLibrary();
    await actions.openDocument(document.id);
    const before = await core.store.getDocument(document.id);
    const questions: string[] = [];
    const other = new File(['Telecoms groups agree merger\n\nTwo mobile networks have agreed to merge, the companies said.\n'], 'merger.txt', { type: 'text/plain' });

    await actions.texts.replaceText(document.id, other, (question) => (questions.push(question), false));
    expect(questions).toEqual([expect.stringContaining('merger.txt shares little with this article')]);
    expect(questions[0]).toContain('none of its 2 claims would find their words there');
    expect(await core.store.getDocument(document.id)).toEqual(before);
    expect(store.getState().undoLabel).toBeNull();

    await actions.texts.replaceText(document.id, other, () => true);
    expect((await core.store.getDocument(document.id)).claims.map((c) => c.anchor)).toEqual(['orphan', 'orphan']);
    expect(store.getState().undoLabel).toBe('Replace text');

    // a newer version of the same article is not asked about
    questions.length = 0;
    await actions.claims.undo();
    const newer = new File([text.replace('attacked', 'struck')], 'newer.txt', { type: 'text/plain' });
    await actions.texts.replaceText(document.id, newer, (question) => (questions.push(question), false));
    expect(questions).toEqual([]);
    expect(projectText((await core.store.getDocument(document.id)).content)).toContain('informed sources');
    await core.close();
  });
});
