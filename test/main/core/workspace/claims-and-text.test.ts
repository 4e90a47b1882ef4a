// Claim records put back (undo/redo), re-attached, history notes; text corrected in the editor or
// replaced by a newer version of the article, with every claim re-anchored; an earlier text put back.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocNode } from '@shared/domain/content';
import { projectText } from '@shared/text/projection';
import { Core } from '../../../../main/core/core';
import { FIXTURES, SEED_FILE, seedFixture } from '../../../helpers/fixtures';
import { useTempDirs } from '../../../helpers/temp-dir';

const tempDir = useTempDirs();

async function seeded() {
  const core = await Core.open(tempDir(), { backupIntervalMs: 0 });
  const { document } = await core.imports.importPath(SEED_FILE);
  const text = projectText((await core.store.getDocument(document.id)).content);
  const claims = [];
  for (const c of seedFixture().claims) {
    const start = text.indexOf(c.exact);
    claims.push(await core.claims.create({ documentId: document.id, start, end: start + c.exact.length, changes: { attribution: c.attribution } }));
  }
  return { core, documentId: document.id, text, claims };
}

describe('putting claims back', () => {
  it('restores a deleted claim exactly, and replaces an updated one with its earlier record', async () => {
    const { core, documentId, claims } = await seeded();
    const original = claims[0]!;
    await core.claims.delete({ documentId, claimId: original.id });
    await core.claims.put({ documentId, claim: original });
    expect((await core.store.getDocument(documentId)).claims.find((c) => c.id === original.id)).toEqual(original);
    await core.claims.update({ documentId, claimId: original.id, changes: { status: 'false', note: 'wrong' } });
    await core.claims.put({ documentId, claim: original });
    expect((await core.store.getDocument(documentId)).claims.find((c) => c.id === original.id)).toEqual(original);
    await core.close();
  });

  it('refuses a record that does not fit the document', async () => {
    const { core, documentId, claims } = await seeded();
    const moved = { ...claims[0]!, target: { ...claims[0]!.target, start: claims[0]!.target.start + 1, end: claims[0]!.target.end + 1 } };
    await expect(core.claims.put({ documentId, claim: moved })).rejects.toThrow(/cannot be put back: its quote is not at its position/);
    await expect(core.claims.put({ documentId, claim: { ...claims[0]!, status: 'maybe' } })).rejects.toThrow(/"maybe" is not a verification status/);
    await core.close();
  });
});

describe('claim changes', () => {
  it('re-attaches a claim to a new range, and notes the latest status change', async () => {
    const { core, documentId, claims, text } = await seeded();
    const start = text.indexOf('informed sources told Al Mayadeen');
    const moved = await core.claims.update({ documentId, claimId: claims[0]!.id, changes: { target: { start, end: start + 33 } } });
    expect(moved.target.exact).toBe('informed sources told Al Mayadeen');
    expect(moved.anchor).toBe('exact');
    await core.claims.update({ documentId, claimId: claims[0]!.id, changes: { status: 'in-progress' } });
    const noted = await core.claims.update({ documentId, claimId: claims[0]!.id, changes: { statusHistoryNote: 'asked CENTCOM' } });
    expect(noted.statusHistory.map((h) => [h.status, h.note])).toEqual([
      ['unverified', ''],
      ['in-progress', 'asked CENTCOM'],
    ]);
    await core.close();
  });

  it('date the document: the library’s Updated column says when its claims were last worked on', async () => {
    const { core, documentId, claims } = await seeded();
    const dated = () => core.store.documentSummaries().find((d) => d.id === documentId)!.updatedAt;
    const before = dated();
    await new Promise((resolve) => setTimeout(resolve, 5));
    await core.claims.delete({ documentId, claimId: claims[0]!.id });
    expect(dated() > before).toBe(true);
    expect((await core.store.getDocument(documentId)).meta.updatedAt).toBe(dated());
    await core.close();
  });
});

describe('changing the text', () => {
  it('corrected in the editor: claims go where the editor mapped them, the unmapped are re-anchored, lost ones orphaned', async () => {
    const { core, documentId, claims } = await seeded();
    const doc = await core.store.getDocument(documentId);
    // fix "Rmelan" in the first paragraph that holds it
    const content = JSON.parse(JSON.stringify(doc.content).replace('Rmelan,', 'Rumeilan,')) as DocNode;
    const text = projectText(content);
    const first = text.indexOf('The US occupation forces in Rumeilan');
    const corrected = await core.texts.correct({
      documentId,
      content,
      claims: [
        { id: claims[0]!.id, start: first, end: first + 'The US occupation forces in Rumeilan, northeastern Syria, were attacked by the Islamic Resistance'.length },
        { id: claims[6]!.id, orphan: true },
      ],
    });
    const byId = new Map(corrected.claims.map((c) => [c.id, c]));
    expect(byId.get(claims[0]!.id)).toMatchObject({ anchor: 'exact', target: { exact: 'The US occupation forces in Rumeilan, northeastern Syria, were attacked by the Islamic Resistance' } });
    expect(byId.get(claims[6]!.id)!.anchor).toBe('orphan');
    for (const claim of claims.slice(1, 6)) expect(text.slice(byId.get(claim.id)!.target.start, byId.get(claim.id)!.target.end)).toBe(claim.target.exact);
    expect(corrected.meta.contentHash).not.toBe(doc.meta.contentHash);
    await core.close();
  });

  it('replaced by a newer version of the article: every claim re-anchored and counted', async () => {
    const { core, documentId } = await seeded();
    const edited = readFileSync(join(FIXTURES, 'seed', '000_94a0439cd798dd65.edited.txt'));
    const { document, anchors } = await core.texts.replace({ documentId, fileName: 'edited.txt', dataBase64: edited.toString('base64') });
    expect(anchors).toEqual({ exact: 0, moved: 6, fuzzy: 2, orphan: 1 });
    expect(document.claims.filter((c) => c.anchor === 'orphan').map((c) => c.target.exact)).toEqual(['US forces in al-Shadadi, also in the depths of Syria, came under attack']);
    expect(projectText(document.content)).toContain("Editor's note");
    await core.close();
  });

  it('put back as it was (undo of a text change): the earlier text with its claims exactly, or nothing when a claim does not fit', async () => {
    const { core, documentId } = await seeded();
    const before = await core.store.getDocument(documentId);
    const edited = readFileSync(join(FIXTURES, 'seed', '000_94a0439cd798dd65.edited.txt'));
    const { document: after } = await core.texts.replace({ documentId, fileName: 'edited.txt', dataBase64: edited.toString('base64') });
    const restored = await core.texts.restore({ documentId, content: before.content, claims: before.claims });
    expect(restored.content).toEqual(before.content);
    expect(restored.claims).toEqual(before.claims);
    expect(restored.meta.contentHash).toBe(before.meta.contentHash);
    // a claim changed or made since the change keeps what it is now, put back in the earlier text
    await core.texts.replace({ documentId, fileName: 'edited.txt', dataBase64: edited.toString('base64') });
    const now = await core.store.getDocument(documentId);
    const tagged = now.claims.find((c) => c.anchor !== 'orphan')!;
    await core.claims.update({ documentId, claimId: tagged.id, changes: { tags: ['renamed-since'] } });
    const nowText = projectText(now.content);
    const made = await core.claims.create({ documentId, start: nowText.indexOf('Islamic Resistance'), end: nowText.indexOf('Islamic Resistance') + 'Islamic Resistance'.length, changes: {} });
    const back = await core.texts.restore({ documentId, content: before.content, claims: before.claims });
    expect(back.claims.find((c) => c.id === tagged.id)).toMatchObject({ tags: ['renamed-since'], target: before.claims.find((c) => c.id === tagged.id)!.target });
    const remade = back.claims.find((c) => c.id === made.id)!;
    expect(projectText(back.content).slice(remade.target.start, remade.target.end)).toBe('Islamic Resistance');
    expect(back.claims).toHaveLength(before.claims.length + 1);
    // the claims of the replaced text do not fit the earlier one: refused, and nothing changes
    await expect(core.texts.restore({ documentId, content: before.content, claims: after.claims })).rejects.toThrow(/cannot be put back: claim .*: its quote is not at its position in the text/);
    expect((await core.store.getDocument(documentId)).claims).toEqual(back.claims);
    await core.close();
  });
});
