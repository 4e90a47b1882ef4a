import { readFileSync } from 'node:fs';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppFailure } from '@shared/bridge/result';
import { projectText } from '@shared/text/projection';
import { Core } from '../../../../main/core/core';
import { SEED_FILE, seedFixture } from '../../../helpers/fixtures';
import { useTempDirs } from '../../../helpers/temp-dir';

const tempDir = useTempDirs();

describe('importing documents', () => {
  it('imports the seed with its title, date and byline, and the body as paragraphs', async () => {
    const core = await Core.open(tempDir());
    const outcome = await core.imports.importPath(SEED_FILE);
    expect(outcome.status).toBe('imported');
    const doc = await core.store.getDocument(outcome.document.id);
    expect(doc.meta).toMatchObject({ ...seedFixture().expectedMetadata, importedFrom: { fileName: '000_94a0439cd798dd65.txt', format: 'text' } });
    expect(projectText(doc.content).split('\n')[0]).toBe('The US occupation forces in Syria are once again being attacked as the Resistance ups its game against the US occupation forces.');
    await core.close();
  });

  it('gives a file that names no language the one its text reads as, and keeps a language the file names', async () => {
    const dir = tempDir();
    const core = await Core.open(dir);
    const french = join(dir, 'communique.txt');
    writeFileSync(french, "Le ministère de l'Intérieur a annoncé lundi que les manifestations seraient interdites dans la capitale, selon un communiqué publié en fin de journée.\n");
    const named = join(dir, 'named.html');
    writeFileSync(named, '<html lang="pt-BR"><body><article><p>Le ministère de l\'Intérieur a annoncé lundi que les manifestations seraient interdites dans la capitale, selon un communiqué.</p></article></body></html>');
    const [fromText, fromPage] = [await core.imports.importPath(french), await core.imports.importPath(named)];
    expect((await core.store.getDocument(fromText.document.id)).meta.language).toBe('fr');
    expect((await core.store.getDocument(fromPage.document.id)).meta.language).toBe('pt-BR');
    await core.close();
  });

  it('recognises a document already in the library instead of duplicating it', async () => {
    const dir = tempDir();
    const core = await Core.open(dir);
    const first = await core.imports.importPath(SEED_FILE);
    const rewrapped = join(dir, 'again.txt');
    writeFileSync(rewrapped, readFileSync(SEED_FILE, 'utf8').replace(/\n/g, '\r\n'));
    const second = await core.imports.importPath(rewrapped);
    expect(second).toEqual({ status: 'duplicate', document: first.document });
    expect(core.store.documentSummaries()).toHaveLength(1);
    await core.close();
  });

  it('opens the bundled sample with its credit, licence and URL', async () => {
    const core = await Core.open(tempDir());
    const outcome = await core.openSample();
    const doc = await core.store.getDocument(outcome.document.id);
    expect(doc.meta).toMatchObject({
      title: 'Scientists report two life-saving treatments for Ebola',
      outlet: 'Wikinews',
      published: '2019-08-15',
      url: 'https://en.wikinews.org/wiki/Scientists_report_two_life-saving_treatments_for_Ebola',
      license: expect.stringContaining('CC BY 2.5'),
      credit: expect.stringContaining('Wikinews'),
    });
    expect(projectText(doc.content)).toContain('Director Anthony Fauci');
    await core.close();
  });

  it('takes a plain text’s first-line headline as its title, and its "By" line as its byline, not as text', async () => {
    const core = await Core.open(tempDir());
    const article = 'Bridge closed after flood damage\nBy Jane Reporter\nOfficials said the bridge was closed on Tuesday.\nIt may reopen in May.';
    const file = await core.store.getDocument((await core.imports.importBytes('plain.txt', Buffer.from(article))).document.id);
    expect(file.meta).toMatchObject({ title: 'Bridge closed after flood damage', byline: 'Jane Reporter' });
    expect(projectText(file.content)).toBe('Officials said the bridge was closed on Tuesday.\nIt may reopen in May.');
    // a text without a headline keeps its file name as its title, and all its text
    const note = await core.store.getDocument((await core.imports.importBytes('note.txt', Buffer.from('Officials said so.\nMore later.'))).document.id);
    expect([note.meta.title, projectText(note.content)]).toEqual(['note', 'Officials said so.\nMore later.']);
    await core.close();
  });

  it('shows a pasted headline once, as the title, for pasted text and pasted HTML', async () => {
    const core = await Core.open(tempDir(), { clock: () => '2026-11-20T10:00:00.000Z' });
    const stored = async (outcome: Promise<{ document: { id: string } }>) => core.store.getDocument((await outcome).document.id);
    const text = await stored(core.imports.importPasted({ text: 'Bridge closed after flood damage\n\nBy Jane Reporter\n\nOfficials said the bridge was closed.' }));
    expect([text.meta.title, text.meta.byline, projectText(text.content)]).toEqual(['Bridge closed after flood damage', 'Jane Reporter', 'Officials said the bridge was closed.']);
    const html = await stored(core.imports.importPasted({ html: '<h1>Ferry service halted</h1><p>By Sam Roe</p><p>The ferry <b>stopped</b> running on Monday.</p>', text: 'Ferry service halted' }));
    expect([html.meta.title, html.meta.byline, projectText(html.content)]).toEqual(['Ferry service halted', 'Sam Roe', 'The ferry stopped running on Monday.']);
    // without a headline, the title is the first words and the text stays whole
    const plain = await stored(core.imports.importPasted({ html: '<p>Officials said the tunnel was closed.</p><p>More later.</p>' }));
    expect([plain.meta.title, projectText(plain.content)]).toEqual(['Officials said the tunnel was closed.', 'Officials said the tunnel was closed.\nMore later.']);
    await core.close();
  });

  it('refuses a file over the size limit, naming it, before reading it', async () => {
    const core = await Core.open(tempDir());
    const { MAX_IMPORT_BYTES } = await import('@shared/bridge/contract');
    await expect(core.imports.importBytes('huge.txt', new Uint8Array(MAX_IMPORT_BYTES + 1))).rejects.toMatchObject({ code: 'too-large', message: 'huge.txt is larger than the 50 MB import limit.' });
    expect(core.store.documentSummaries()).toEqual([]);
    await core.close();
  });

  it.each([
    ['empty.txt', new Uint8Array(), /empty.txt is empty/],
    ['blank.txt', new TextEncoder().encode(' \n\n \t'), /blank.txt holds no text/],
    ['photo.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), /photo.txt is not a text file/],
    ['report.exe', new TextEncoder().encode('MZ'), /report.exe: .exe files cannot be imported/],
    ['blank.html', new TextEncoder().encode('<p> </p>'), /blank.html holds no text to import/],
  ])('refuses %s with a clear message and creates nothing', async (name, bytes, message) => {
    const core = await Core.open(tempDir());
    const attempt = core.imports.importBytes(name, bytes);
    await expect(attempt).rejects.toBeInstanceOf(AppFailure);
    await expect(attempt).rejects.toThrow(message);
    expect(core.store.documentSummaries()).toEqual([]);
    await core.close();
  });
});
