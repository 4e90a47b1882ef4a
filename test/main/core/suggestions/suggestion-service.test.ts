// The suggestions service on the seed article: what overlaps a claim is not offered, rejections
// are kept in the document file (and survive reopening the library, and undo), and each source
// name is matched to the registry (an existing source) or proposed as a new one; a generic name
// ("police") is a source of its own article.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_SCHEMA_VERSION } from '@shared/domain/document';
import { projectText } from '@shared/text/projection';
import { suggestionKey } from '@shared/suggest/suggestion-key';
import { Core } from '../../../../main/core/core';
import { suggestionLanguage } from '../../../../main/core/suggestions/suggestion-service';
import { SEED_FILE } from '../../../helpers/fixtures';
import { useTempDirs } from '../../../helpers/temp-dir';

const tempDir = useTempDirs();

async function seedLibrary() {
  const dir = tempDir();
  const core = await Core.open(dir, { backupIntervalMs: 0 });
  const { document } = await core.imports.importPath(SEED_FILE);
  return { dir, core, documentId: document.id };
}

describe('the suggestions service', () => {
  it('offers suggestions in text order, each keyed by its content and quoting the text projection', async () => {
    const { core, documentId } = await seedLibrary();
    const text = projectText((await core.store.getDocument(documentId)).content);
    const suggestions = await core.suggestions.list(documentId);
    expect(suggestions.length).toBeGreaterThanOrEqual(5);
    for (const s of suggestions) {
      expect(text.slice(s.content.start, s.content.end)).toBe(s.content.text);
      if (s.cue) expect(text.slice(s.cue.start, s.cue.end)).toBe(s.cue.text);
      expect(s.key).toBe(suggestionKey(s.content.text));
      expect(core.store.library.taxonomy.attributionTypes.map((t) => t.id)).toContain(s.attribution);
    }
    expect(suggestions.map((s) => s.content.start)).toEqual([...suggestions.map((s) => s.content.start)].sort((a, b) => a - b));
    await core.close();
  });

  it('reads a document with the lexicon of its language ("en-US" is English), and suggests nothing in a language it has none for', async () => {
    const { core, documentId } = await seedLibrary();
    const count = (await core.suggestions.list(documentId)).length;
    const setLanguage = (language: string) => core.store.updateDocument(documentId, (d) => ({ ...d, meta: { ...d.meta, language } }));
    await setLanguage('en-US');
    expect(await core.suggestions.list(documentId)).toHaveLength(count);
    await setLanguage('fr');
    expect(await core.suggestions.list(documentId)).toEqual([]);
    expect(suggestionLanguage('fr')).toEqual({ language: 'fr', supported: false });
    expect(suggestionLanguage('EN-gb')).toEqual({ language: 'en', supported: true });
    expect(suggestionLanguage('')).toEqual({ language: 'en', supported: true });
    await core.close();
  });

  it('leaves out a suggestion that overlaps a claim by a single character, and keeps the others', async () => {
    const { core, documentId } = await seedLibrary();
    const [first, second, ...rest] = await core.suggestions.list(documentId);
    // a claim on the last character of the first suggestion only
    await core.claims.create({ documentId, start: first!.content.end - 1, end: first!.content.end });
    const after = await core.suggestions.list(documentId);
    expect(after.map((s) => s.key)).not.toContain(first!.key);
    expect(after.map((s) => s.key)).toEqual(expect.arrayContaining([second!.key, ...rest.map((s) => s.key)]));
    // a claim right after the second one, not overlapping it, hides nothing more
    await core.claims.create({ documentId, start: second!.content.end, end: second!.content.end + 1 }).catch(() => undefined);
    expect((await core.suggestions.list(documentId)).map((s) => s.key)).toContain(second!.key);
    await core.close();
  });

  it('keeps rejections in the document file: gone after reopening, back after restore', async () => {
    const { dir, core, documentId } = await seedLibrary();
    const [, rejected] = await core.suggestions.list(documentId);
    expect(await core.suggestions.reject(documentId, [rejected!.key, rejected!.key])).toEqual([rejected!.key]);
    expect((await core.suggestions.list(documentId)).map((s) => s.key)).not.toContain(rejected!.key);
    await core.close();
    expect(JSON.parse(readFileSync(`${dir}/documents/${documentId}.json`, 'utf8'))).toMatchObject({ schemaVersion: DOCUMENT_SCHEMA_VERSION, rejectedSuggestions: [rejected!.key] });

    const reopened = await Core.open(dir, { backupIntervalMs: 0 });
    const offered = await reopened.suggestions.list(documentId);
    expect(offered.map((s) => s.key)).not.toContain(rejected!.key);
    expect(await reopened.suggestions.restore(documentId, [rejected!.key])).toEqual([]);
    expect((await reopened.suggestions.list(documentId)).map((s) => s.key)).toContain(rejected!.key);
    await reopened.close();
  });

  it('matches a source name to the registry, or proposes a new source', async () => {
    const { core, documentId } = await seedLibrary();
    const named = (await core.suggestions.list(documentId)).filter((s) => s.match !== null);
    expect(named.length).toBeGreaterThan(0);
    const proposed = named.find((s) => s.match!.kind === 'new')!;
    expect(proposed.match).toMatchObject({ kind: 'new', name: expect.any(String), sourceKind: expect.any(String) });
    const name = (proposed.match as { name: string }).name;
    expect(core.store.library.taxonomy.sourceKinds.map((k) => k.id)).toContain((proposed.match as { sourceKind: string }).sourceKind);

    const source = await core.claims.createSource({ name: name.toUpperCase(), kind: 'other' });
    const again = (await core.suggestions.list(documentId)).find((s) => s.key === proposed.key)!;
    expect(again.match).toEqual({ kind: 'existing', sourceId: source.id });
    await core.close();
  });

  it('offers a citation of a report apart from the report: its own key, and still offered once the report is a claim', async () => {
    const dir = tempDir();
    const core = await Core.open(dir, { backupIntervalMs: 0 });
    const { document } = await core.imports.importPasted({ text: 'Talks collapse\n\nThe talks collapsed on Friday, Reuters reported, citing two diplomats.' });
    const [report, citation] = await core.suggestions.list(document.id);
    expect([report?.cue?.text, citation?.cue?.text]).toEqual(['reported', 'citing']);
    expect(citation!.content).toEqual(report!.content);
    expect(citation!.key).not.toBe(report!.key);
    // the report accepted (a claim with its cue): the citation is still offered
    await core.claims.create({ documentId: document.id, start: report!.content.start, end: report!.content.end, changes: { cue: { start: report!.cue!.start, end: report!.cue!.end } } });
    expect((await core.suggestions.list(document.id)).map((s) => s.cue?.text)).toEqual(['citing']);
    await core.close();
  });

  it("gives a generic source name its own article's source: the one its claims cite, not another article's of the same name", async () => {
    const dir = tempDir();
    const core = await Core.open(dir, { backupIntervalMs: 0 });
    const article = async (file: string, text: string) => {
      writeFileSync(join(dir, file), text);
      return (await core.imports.importPath(join(dir, file))).document;
    };
    const kenya = await article('kenya.txt', 'Floods close roads in Nairobi\n\nPolice said the main road would stay closed until Monday.\n\nThe rain continued overnight, and police said more rain was expected on Tuesday.\n');
    const leeds = await article('leeds.txt', 'Storm brings down trees in Leeds\n\nPolice said three roads were blocked by fallen trees.\n');
    const [first, second] = await core.suggestions.list(kenya.id);
    expect(first!.match).toEqual({ kind: 'new', name: `police (${kenya.title})`, sourceKind: expect.any(String), forArticle: true });
    // the first becomes a claim with a source of the user's naming: the second "police" is that source
    const kenyanPolice = await core.claims.createSource({ name: 'Kenya Police Service', kind: 'government' });
    await core.claims.create({ documentId: kenya.id, start: first!.content.start, end: first!.content.end, changes: { sourceIds: [kenyanPolice.id] } });
    expect((await core.suggestions.list(kenya.id)).find((s) => s.key === second!.key)!.match).toEqual({ kind: 'existing', sourceId: kenyanPolice.id });
    // another article's police are not Kenya's
    const [storm] = await core.suggestions.list(leeds.id);
    expect(storm!.match).toEqual({ kind: 'new', name: `police (${leeds.title})`, sourceKind: expect.any(String), forArticle: true });
    await core.close();
  });
});
