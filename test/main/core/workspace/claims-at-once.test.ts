// Several claims and sources in one call (accepting every suggestion above a confidence, and its
// Undo and Redo): one write each, all or none, a refused item named by its place in the list.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Claim } from '@shared/domain/claim';
import type { Source } from '@shared/domain/source';
import { projectText } from '@shared/text/projection';
import { Core } from '../../../../main/core/core';
import { dispatch } from '../../../../main/core/dispatch';
import { createCoreHandlers } from '../../../../main/core/handlers';
import { SEED_FILE, seedFixture } from '../../../helpers/fixtures';
import { useTempDirs } from '../../../helpers/temp-dir';

const tempDir = useTempDirs();

async function seeded() {
  const dir = tempDir();
  const core = await Core.open(dir, { backupIntervalMs: 0 });
  const { document } = await core.imports.importPath(SEED_FILE);
  const text = projectText((await core.store.getDocument(document.id)).content);
  const drafts = seedFixture().claims.map((c) => ({ start: text.indexOf(c.exact), end: text.indexOf(c.exact) + c.exact.length, changes: { attribution: c.attribution } }));
  const documentFile = join(dir, 'documents', `${document.id}.json`);
  return { core, handlers: createCoreHandlers(core), documentId: document.id, drafts, documentFile };
}

describe('claims made, put back and deleted at once', () => {
  it('makes every claim of the list in one write, in its order, and deletes and puts them back the same way', async () => {
    const { core, handlers, documentId, drafts, documentFile } = await seeded();
    const made = await dispatch(handlers, 'claims:createMany', { documentId, claims: drafts });
    if (!made.ok) throw new Error(made.error.message);
    const { claims } = made.value as { claims: Claim[] };
    expect(claims.map((c) => c.target.exact)).toEqual(seedFixture().claims.map((c) => c.exact));
    expect(JSON.parse(readFileSync(documentFile, 'utf8')).claims.map((c: { id: string }) => c.id)).toEqual(claims.map((c) => c.id));

    const ids = claims.map((c) => c.id);
    await core.claims.delete({ documentId, claimId: ids[0]! });
    // one already gone counts as taken out: the answer says how many were there
    expect(await dispatch(handlers, 'claims:deleteMany', { documentId, claimIds: ids })).toEqual({ ok: true, value: { deleted: ids.length - 1 } });
    expect((await core.store.getDocument(documentId)).claims).toEqual([]);

    expect(await dispatch(handlers, 'claims:putMany', { documentId, claims })).toEqual({ ok: true, value: { claims } });
    expect((await core.store.getDocument(documentId)).claims).toEqual(claims);
    await core.close();
  });

  it('refuses the whole list when one claim is wrong, saying which, and changes nothing', async () => {
    const { core, handlers, documentId, drafts, documentFile } = await seeded();
    const before = readFileSync(documentFile, 'utf8');
    const wrong = [...drafts.slice(0, 3), { ...drafts[3]!, changes: { status: 'maybe' } }, ...drafts.slice(4)];
    const refused = await dispatch(handlers, 'claims:createMany', { documentId, claims: wrong });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-argument', message: expect.stringMatching(/^Item 4 of 9: "maybe" is not a verification status/) } });
    const outside = await dispatch(handlers, 'claims:createMany', { documentId, claims: [...drafts, { start: 5, end: 1e9 }] });
    expect(outside).toMatchObject({ ok: false, error: { message: expect.stringMatching(/^Item 10 of 10: .*outside the document text/) } });
    expect(readFileSync(documentFile, 'utf8')).toBe(before);

    const made = await core.claims.createMany({ documentId, claims: drafts.slice(0, 2) });
    const afterMade = readFileSync(documentFile, 'utf8');
    const moved = { ...made[1]!, target: { ...made[1]!.target, start: made[1]!.target.start + 1 } };
    await expect(core.claims.putMany({ documentId, claims: [made[0]!, moved] })).rejects.toThrow(/^Item 2 of 2: This claim cannot be put back/);
    await expect(core.claims.putMany({ documentId, claims: [made[0]!, made[0]!] })).rejects.toThrow('A claim is listed twice.');
    expect(readFileSync(documentFile, 'utf8')).toBe(afterMade);
    await core.close();
  });
});

describe('sources found or made at once', () => {
  it('makes the new names in one write, a name asked twice once, and finds the ones the registry has', async () => {
    const { core, handlers } = await seeded();
    const reuters = await core.claims.findOrCreateSource({ name: 'Reuters', kind: 'media' });
    const answer = await dispatch(handlers, 'sources:createMany', {
      sources: [
        { name: 'Priya Sandhu', kind: 'person' },
        { name: 'reuters', kind: 'media' },
        { name: 'Priya  Sandhu', kind: 'person' },
        { name: 'Consumer Voice UK', kind: 'organization' },
      ],
    });
    if (!answer.ok) throw new Error(answer.error.message);
    const [priya, foundReuters, priyaAgain, consumer] = (answer.value as { sources: Array<{ source: Source; created: boolean }> }).sources;
    expect(priya).toMatchObject({ created: true, source: { name: 'Priya Sandhu', kind: 'person' } });
    expect(foundReuters).toEqual({ created: false, source: reuters.source });
    expect(priyaAgain).toEqual({ created: false, source: priya!.source });
    expect(consumer).toMatchObject({ created: true, source: { name: 'Consumer Voice UK' } });
    expect(core.store.library.sources.map((s) => s.name)).toEqual(['Reuters', 'Priya Sandhu', 'Consumer Voice UK']);
    await core.close();
  });

  it('refuses the whole list when a kind is not the library’s, saying which', async () => {
    const { core, handlers } = await seeded();
    const refused = await dispatch(handlers, 'sources:createMany', { sources: [{ name: 'A', kind: 'person' }, { name: 'B', kind: 'wizard' }] });
    expect(refused).toMatchObject({ ok: false, error: { message: 'Item 2 of 2: "wizard" is not a source kind of this library.' } });
    expect(core.store.library.sources).toEqual([]);
    await core.close();
  });
});

describe('sources a step made, taken back and put back at once', () => {
  it('takes back only those no claim names, in the library or the trash, and puts them back with their ids', async () => {
    const { core, handlers, documentId, drafts } = await seeded();
    const trashed = (await core.imports.importPasted({ text: 'A second report. The minister said the bridge was safe.' })).document.id;
    const made = await core.claims.findOrCreateSources({ sources: ['Unused', 'Named here', 'Named in the trash'].map((name) => ({ name, kind: 'person' })) });
    const [unused, namedHere, namedInTrash] = made.map((m) => m.source);
    await core.claims.create({ documentId, ...drafts[0]!, changes: { sourceIds: [namedHere!.id] } });
    await core.claims.create({ documentId: trashed, start: 17, end: 55, changes: { sourceIds: [namedInTrash!.id] } });
    await core.store.trashDocument(trashed);

    const taken = await dispatch(handlers, 'sources:takeBack', { sourceIds: [unused!.id, namedHere!.id, namedInTrash!.id] });
    expect(taken).toEqual({ ok: true, value: { sources: [unused] } });
    expect(core.store.library.sources.map((s) => s.name)).toEqual(['Named here', 'Named in the trash']);

    expect(await dispatch(handlers, 'sources:putBack', { sources: [unused, namedHere] })).toEqual({ ok: true, value: { sources: [unused, namedHere] } });
    expect(core.store.library.sources.map((s) => s.id)).toEqual([namedHere!.id, namedInTrash!.id, unused!.id]);
    await core.close();
  });

  it('refuses to put back a source whose name another one has now, saying which, and changes nothing', async () => {
    const { core, handlers } = await seeded();
    const [a, b] = (await core.claims.findOrCreateSources({ sources: [{ name: 'Reuters', kind: 'media' }, { name: 'AP', kind: 'media' }] })).map((m) => m.source);
    await core.createdSources.takeBack([a!.id, b!.id]);
    const other = await core.claims.findOrCreateSource({ name: 'ap', kind: 'media' });
    const refused = await dispatch(handlers, 'sources:putBack', { sources: [a, b] });
    expect(refused).toMatchObject({ ok: false, error: { message: 'Item 2 of 2: "AP" cannot be put back: the source "ap" has its name now.' } });
    expect(core.store.library.sources).toEqual([other.source]);
    await core.close();
  });
});
