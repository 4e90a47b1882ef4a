// Importing annotation sets: our JSON-LD round trip and merge by id, other tools' W3C annotations
// (purposes mapped), Hypothesis rows (re-anchored by quote), and bad files (an error, nothing changed).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { StoredDocument } from '@shared/domain/document';
import { projectText } from '@shared/text/projection';
import { Core } from '../../../../main/core/core';
import { updateTaxonomy } from '../../../../main/core/library/library-settings';
import { annotatedLibrary, exportedSet, tickingClock } from '../../../helpers/annotated-library';
import { FIXTURES, SEED_FILE } from '../../../helpers/fixtures';
import { useTempDirs } from '../../../helpers/temp-dir';

const tempDir = useTempDirs();
const bytes = (text: string) => Buffer.from(text, 'utf8');
const byId = <T extends { id: string }>(items: readonly T[]) => [...items].sort((a, b) => a.id.localeCompare(b.id));

/** Everything a user wrote, to compare two libraries. */
async function snapshot(core: Core) {
  const documents: StoredDocument[] = [];
  for (const summary of core.store.documentSummaries()) {
    const doc = await core.store.getDocument(summary.id);
    documents.push({ ...doc, claims: byId(doc.claims) });
  }
  return { documents: byId(documents), sources: byId(core.store.library.sources) };
}

async function libraryFiles(core: Core) {
  return JSON.stringify({ library: core.store.library, documents: await snapshot(core) });
}

describe('importing our JSON-LD', () => {
  it('into an empty library gives identical documents, claims and sources', async () => {
    const { core } = await annotatedLibrary(tempDir());
    const file = await exportedSet(core, 'jsonld');
    const other = await Core.open(tempDir(), { backupIntervalMs: 0, clock: tickingClock });
    const report = await other.exchange.importAnnotations('claims.jsonld', file);
    expect(report).toMatchObject({ kind: 'corroborate', added: 9, updated: 0, skipped: 0, unchanged: 0, items: [] });
    expect(report.documentsAdded.map((d) => d.title)).toEqual(['US Occupation Forces Attacked in Northeast Syria']);
    expect(await snapshot(other)).toEqual(await snapshot(core));
    await Promise.all([core.close(), other.close()]);
  });

  it('a second time changes nothing and says so', async () => {
    const { core } = await annotatedLibrary(tempDir());
    const file = await exportedSet(core, 'jsonld');
    const before = await libraryFiles(core);
    const report = await core.exchange.importAnnotations('claims.jsonld', file);
    expect(report).toMatchObject({ added: 0, updated: 0, skipped: 0, unchanged: 9, documentsAdded: [] });
    expect(await libraryFiles(core)).toBe(before);
    await core.close();
  });

  it('merges by id: the later version wins and the other goes to the claim’s history', async () => {
    const { core, documentId } = await annotatedLibrary(tempDir());
    const file = await exportedSet(core, 'jsonld');
    const [first, second] = (await core.store.getDocument(documentId)).claims;
    // first: changed here after the export (ours is newer); second: taken out by an Undo of its
    // making, not deleted by the user (the file adds it back)
    await core.claims.update({ documentId, claimId: first!.id, changes: { note: 'changed here later' } });
    await core.claims.deleteMany({ documentId, claimIds: [second!.id] });
    const report = await core.exchange.importAnnotations('claims.jsonld', file);
    expect(report).toMatchObject({ added: 1, skipped: 1, unchanged: 7 });
    expect(report.items).toEqual([expect.objectContaining({ outcome: 'skipped', reason: expect.stringMatching(/library’s version is as new or newer/) })]);
    const after = (await core.store.getDocument(documentId)).claims.find((c) => c.id === first!.id)!;
    expect(after.note).toBe('changed here later');
    expect(after.statusHistory.some((h) => /Version from claims\.jsonld .*not kept on import/.test(h.note))).toBe(true);
    // what Undo needs: the claim added back has no earlier version; the one given a history record has
    const [change] = report.claimChanges;
    expect(change?.documentId).toBe(documentId);
    expect(change?.after.map((c) => c.id).sort()).toEqual([first!.id, second!.id].sort());
    expect(change?.before).toEqual([expect.objectContaining({ id: first!.id, note: 'changed here later', statusHistory: first!.statusHistory })]);
    // the same file again, under another name: that version is on record already, nothing changes
    const again = await core.exchange.importAnnotations('claims (copy).jsonld', file);
    expect(again).toMatchObject({ added: 0, skipped: 0, unchanged: 9 });
    expect((await core.store.getDocument(documentId)).claims.find((c) => c.id === first!.id)!.statusHistory).toEqual(after.statusHistory);

    // the other way round: a newer version in the file replaces ours, whose version is kept in the history
    const other = await Core.open(tempDir(), { backupIntervalMs: 0, clock: tickingClock });
    await other.exchange.importAnnotations('claims.jsonld', file);
    await other.claims.update({ documentId, claimId: first!.id, changes: { note: 'older note in the other library' } });
    await core.claims.update({ documentId, claimId: first!.id, changes: { note: 'newest note' } });
    const newer = await exportedSet(core, 'jsonld');
    const merged = await other.exchange.importAnnotations('newer.jsonld', newer);
    expect(merged).toMatchObject({ updated: 1 });
    expect(merged.claimChanges[0]?.before).toEqual([expect.objectContaining({ id: first!.id, note: 'older note in the other library' })]);
    expect(merged.claimChanges[0]?.after).toEqual([expect.objectContaining({ id: first!.id, note: 'newest note' })]);
    const claim = (await other.store.getDocument(documentId)).claims.find((c) => c.id === first!.id)!;
    expect(claim.note).toBe('newest note');
    expect(claim.statusHistory.some((h) => h.note.includes('older note in the other library'))).toBe(true);
    await Promise.all([core.close(), other.close()]);
  });
});

/** Bodies naming a new source, an attribution type by its label and a status the library lacks. */
const SOURCE_TYPE_AND_STATUS = [
  { type: 'TextualBody', purpose: 'identifying', value: 'Al Mayadeen correspondent' },
  { type: 'TextualBody', purpose: 'classifying', value: 'Anonymous source' },
  { type: 'TextualBody', purpose: 'assessing', value: 'Misleading' },
];

/** Another tool's W3C annotation of "informed sources" in the seed article's text, with these bodies. */
function seedAnnotation(text: string, body: object[]) {
  const exact = 'informed sources';
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: 'https://annotations.example/anno/1',
    type: 'Annotation',
    body,
    target: { source: 'https://elsewhere.example/article', selector: { type: 'TextQuoteSelector', exact, prefix: text.slice(text.indexOf(exact) - 10, text.indexOf(exact)), suffix: '' } },
  };
}

describe('importing other tools’ annotations', () => {
  it('maps W3C body purposes to sources, attribution, status, tags, note and evidence', async () => {
    const core = await Core.open(tempDir(), { backupIntervalMs: 0 });
    const { document } = await core.imports.importPath(SEED_FILE);
    const text = projectText((await core.store.getDocument(document.id)).content);
    const annotation = seedAnnotation(text, [
      ...SOURCE_TYPE_AND_STATUS,
      { type: 'TextualBody', purpose: 'tagging', value: 'Syria' },
      { type: 'TextualBody', purpose: 'commenting', value: 'Who are they?' },
      { type: 'SpecificResource', purpose: 'linking', source: 'https://example.org/evidence' },
      { type: 'TextualBody', purpose: 'highlighting', value: 'yellow' },
    ]);
    await expect(core.exchange.importAnnotations('other.jsonld', bytes(JSON.stringify(annotation)))).rejects.toThrow(/name a document that is not in this library: “https:\/\/elsewhere.example\/article” \(annotation 1\)/);
    const report = await core.exchange.importAnnotations('other.jsonld', bytes(JSON.stringify(annotation)), { documentId: document.id });
    expect(report).toMatchObject({ kind: 'web-annotation', added: 1, sourcesAdded: ['Al Mayadeen correspondent'], termsAdded: ['status “Misleading”'], ignored: ['bodies with purpose "highlighting"'] });
    const [claim] = (await core.store.getDocument(document.id)).claims;
    expect(claim).toMatchObject({ attribution: 'anonymous-source', status: 'misleading', tags: ['Syria'], note: 'Who are they?', anchor: 'moved' });
    expect(claim!.target.exact).toBe('informed sources');
    expect(claim!.evidence).toEqual([expect.objectContaining({ url: 'https://example.org/evidence', stance: 'context' })]);
    expect(core.store.library.sources.find((s) => s.id === claim!.sourceIds[0])?.name).toBe('Al Mayadeen correspondent');
    await core.close();
  });

  it('reads annotations from "items" on the collection itself, and from a "first" page given as a list of one', async () => {
    const core = await Core.open(tempDir(), { backupIntervalMs: 0 });
    const { document } = await core.imports.importPath(SEED_FILE);
    const note = (id: string, exact: string) => ({
      id: `https://annotations.example/anno/${id}`,
      type: 'Annotation',
      body: { type: 'TextualBody', purpose: 'commenting', value: `note ${id}` },
      target: { source: 'https://elsewhere.example/article', selector: { type: 'TextQuoteSelector', exact } },
    });
    const context = 'http://www.w3.org/ns/anno.jsonld';
    const onCollection = { '@context': context, type: 'AnnotationCollection', items: [note('1', 'informed sources'), note('2', 'according to US figures')] };
    const report = await core.exchange.importAnnotations('items.jsonld', bytes(JSON.stringify(onCollection)), { documentId: document.id });
    expect(report).toMatchObject({ kind: 'web-annotation', added: 2 });
    const listOfOne = { '@context': context, type: 'AnnotationCollection', total: 1, first: [{ type: 'AnnotationPage', items: [note('3', 'our correspondent reported')] }] };
    expect(await core.exchange.importAnnotations('page.jsonld', bytes(JSON.stringify(listOfOne)), { documentId: document.id })).toMatchObject({ added: 1 });
    expect((await core.store.getDocument(document.id)).claims.map((c) => [c.target.exact, c.note])).toEqual([
      ['informed sources', 'note 1'],
      ['according to US figures', 'note 2'],
      ['our correspondent reported', 'note 3'],
    ]);
    // a collection that says it is empty is not an error
    const empty = { '@context': context, type: 'AnnotationCollection', total: 0 };
    expect(await core.exchange.importAnnotations('empty.jsonld', bytes(JSON.stringify(empty)), { documentId: document.id })).toMatchObject({ added: 0 });
    await core.close();
  });

  it('re-anchors Hypothesis rows by quote, and lists the rows it cannot place', async () => {
    const core = await Core.open(tempDir(), { backupIntervalMs: 0 });
    const minimal = await core.imports.importPath(join(FIXTURES, 'hypothesis', 'minimal.html'));
    const report = await core.exchange.importAnnotations('minimal.json', readFileSync(join(FIXTURES, 'hypothesis', 'minimal.json')), { documentId: minimal.document.id });
    expect(report).toMatchObject({ kind: 'hypothesis', added: 1 });
    expect((await core.store.getDocument(minimal.document.id)).claims[0]!.target).toMatchObject({ exact: 'Two', prefix: 'One ', suffix: ' Three' });

    const { document } = await core.imports.importPath(SEED_FILE);
    const text = projectText((await core.store.getDocument(document.id)).content);
    const row = (id: string, exact: string, drift: number) => {
      const start = Math.max(0, text.indexOf(exact) + drift);
      return {
        id,
        uri: 'https://english.almayadeen.net/news/politics/us-occupation',
        text: `note ${id}`,
        tags: ['hypothesis'],
        created: '2023-11-12T09:00:00.000000+00:00',
        updated: '2023-11-12T10:00:00.000000+00:00',
        document: { title: ['US Occupation Forces Attacked'] },
        target: [{ source: 'https://english.almayadeen.net/news/politics/us-occupation', selector: [
          { type: 'TextPositionSelector', start, end: start + exact.length },
          { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
        ] }],
      };
    };
    const rows = { total: 4, rows: [row('a1', 'informed sources', 57), row('a2', 'caused 56 casualties among US forces', -12), row('a3', 'a sentence the article never had', 0), { id: 'a4', uri: 'x', text: 'page note', tags: [], target: [{ source: 'x' }] }] };
    const result = await core.exchange.importAnnotations('hypothesis.json', bytes(JSON.stringify(rows)), { documentId: document.id });
    // the row whose quote is not in the text is kept as an orphan, its note with it: the file's other rows are placed here
    expect(result).toMatchObject({ added: 3, skipped: 0, ignored: ['row 4: a page note or reply, not on a quoted passage'] });
    expect(result.items).toEqual([expect.objectContaining({ outcome: 'added', where: 'row 3', quote: 'a sentence the article never had', reason: expect.stringMatching(/^Added as an orphan: its quote is not in the text/) })]);
    const claims = (await core.store.getDocument(document.id)).claims;
    expect(claims.map((c) => [c.target.exact, c.anchor, c.note, c.tags, c.updatedAt])).toEqual([
      ['informed sources', 'moved', 'note a1', ['hypothesis'], '2023-11-12T10:00:00.000Z'],
      ['caused 56 casualties among US forces', 'moved', 'note a2', ['hypothesis'], '2023-11-12T10:00:00.000Z'],
      ['a sentence the article never had', 'orphan', 'note a3', ['hypothesis'], '2023-11-12T10:00:00.000Z'],
    ]);
    // the same rows again: recognised by their Hypothesis ids
    expect(await core.exchange.importAnnotations('hypothesis.json', bytes(JSON.stringify(rows)), { documentId: document.id })).toMatchObject({ added: 0, unchanged: 3, skipped: 0 });

    // onto an article none of the rows is in (the wrong one), they are skipped, saying why, not made orphans
    const other = await core.imports.importPath(join(FIXTURES, 'hypothesis', 'minimal.html')).then(() => core.store.documentSummaries().find((d) => d.id !== document.id)!);
    const wrong = await core.exchange.importAnnotations('hypothesis.json', bytes(JSON.stringify({ total: 1, rows: [row('b1', 'informed sources', 0)] })), { documentId: other.id });
    expect(wrong).toMatchObject({ added: 0, skipped: 1 });
    expect(wrong.items[0]!.reason).toMatch(/No row of the file could be placed in this document: is it the article the file annotates\?$/);
    await core.close();
  });
});

describe('bad annotation files', () => {
  it('get a clear error that says what and where, and change nothing', async () => {
    const { core, documentId } = await annotatedLibrary(tempDir());
    const good = JSON.parse((await exportedSet(core, 'jsonld')).toString('utf8'));
    const before = await libraryFiles(core);
    const broken = structuredClone(good);
    broken.first.items[1].target.selector[0].exact = '';
    const unknownDocument = { ...structuredClone(good), 'corr:documents': [] };
    for (const item of unknownDocument.first.items) {
      item['corr:document'] = 'urn:uuid:0b7e9f0e-0000-4000-8000-000000000000';
      item.target.source = 'https://elsewhere.example/article';
    }
    const badStatus = structuredClone(good);
    badStatus['corr:taxonomy'].statuses[0].color = 'red';
    const cases: Array<[string, Buffer, RegExp]> = [
      ['cut.jsonld', bytes(JSON.stringify(good).slice(0, 500)), /cut\.jsonld cannot be imported: the file is not valid JSON \(.* at line 1, column \d+/],
      ['list.jsonld', bytes('[1, 2]'), /item 1: this is not a W3C Annotation/],
      ['empty-quote.jsonld', bytes(JSON.stringify(broken)), /item 2, target, TextQuoteSelector: exact: the quote is empty/],
      ['elsewhere.jsonld', bytes(JSON.stringify(unknownDocument)), /9 of the 9 annotations name a document that is not in this library/],
      ['colour.jsonld', bytes(JSON.stringify(badStatus)), /corr:taxonomy: statuses\.0\.color: must be a #rrggbb colour/],
      ['person.jsonld', bytes('{"@context": "https://schema.org", "type": "Person"}'), /is a JSON-LD "Person", not an Annotation/],
      ['nothing.jsonld', bytes('{"type": "AnnotationCollection", "label": "Claims"}'), /nothing\.jsonld cannot be imported: The collection: holds no annotations: it has neither "items" nor an embedded "first" page with them\. Nothing was changed\./],
      ['no-items.jsonld', bytes('{"type": "AnnotationCollection", "first": {"type": "AnnotationPage"}}'), /The collection’s first page: has no "items", so it holds no annotations/],
      ['linked.jsonld', bytes('{"type": "AnnotationCollection", "first": "https://annotations.example/page1"}'), /The collection’s first page: is only linked, not included/],
      ['annotations-as-first.jsonld', bytes(JSON.stringify({ type: 'AnnotationCollection', first: good.first.items })), /The collection’s first page: must be one AnnotationPage .*not a list of 9 values/],
      ['empty-page.jsonld', bytes('{"type": "AnnotationPage", "id": "https://annotations.example/page1"}'), /The page: has no "items"/],
    ];
    for (const [name, file, message] of cases) {
      await expect(core.exchange.importAnnotations(name, file), name).rejects.toThrow(message);
    }
    await expect(core.exchange.importAnnotations('claims.jsonld', bytes(JSON.stringify(good)), { documentId: '0b7e9f0e-0000-4000-8000-000000000000' })).rejects.toThrow(/no document 0b7e9f0e-.* to attach/);
    expect(await libraryFiles(core)).toBe(before);
    expect(documentId).toBeTruthy();
    await core.close();
  });
});

describe('an import meets changes made while its file is read', () => {
  /** A library with the seed article, whose import runs `meanwhile` once it has read the library (at its first document read). */
  async function importing(meanwhile: (core: Core) => Promise<unknown>) {
    const core = await Core.open(tempDir(), { backupIntervalMs: 0 });
    const { document } = await core.imports.importPath(SEED_FILE);
    const text = projectText((await core.store.getDocument(document.id)).content);
    const annotation = seedAnnotation(text, SOURCE_TYPE_AND_STATUS);
    const getDocument = core.store.getDocument.bind(core.store);
    let done = false;
    core.store.getDocument = async (id) => {
      if (!done) {
        done = true;
        await meanwhile(core);
      }
      return getDocument(id);
    };
    const result = core.exchange.importAnnotations('other.jsonld', bytes(JSON.stringify(annotation)), { documentId: document.id });
    return { core, document, result };
  }

  it('keeps a taxonomy edit made meanwhile, and adds the file’s entries to it', async () => {
    const { core, document, result } = await importing((core) => {
      const { taxonomy } = core.store.library;
      return updateTaxonomy(core.store, { ...taxonomy, statuses: taxonomy.statuses.map((s) => (s.id === 'unverified' ? { ...s, label: 'Not checked yet' } : s)) });
    });
    expect(await result).toMatchObject({ added: 1, termsAdded: ['status “Misleading”'] });
    const { statuses } = core.store.library.taxonomy;
    expect(statuses.find((s) => s.id === 'unverified')?.label).toBe('Not checked yet');
    const claim = (await core.store.getDocument(document.id)).claims[0]!;
    expect(statuses.find((s) => s.id === claim.status)?.label).toBe('Misleading');
    expect(core.store.library.sources.map((s) => s.name)).toEqual(['Al Mayadeen correspondent']);
    await core.close();
  });

  it('is refused, with nothing changed, when an entry its claims name was removed meanwhile', async () => {
    const { core, document, result } = await importing((core) => {
      const { taxonomy } = core.store.library;
      return updateTaxonomy(core.store, { ...taxonomy, attributionTypes: taxonomy.attributionTypes.filter((t) => t.id !== 'anonymous-source') });
    });
    await expect(result).rejects.toThrow('The attribution type “anonymous-source” that the file’s claims use was removed from this library while the file was read: import it again.');
    expect(core.store.library.sources).toEqual([]);
    expect(core.store.library.taxonomy.statuses.some((s) => s.label === 'Misleading')).toBe(false);
    expect((await core.store.getDocument(document.id)).claims).toEqual([]);
    await core.close();
  });

  it('is refused, with nothing changed, when a source of the name it adds was made meanwhile', async () => {
    const { core, result } = await importing((core) => core.claims.createSource({ name: 'al mayadeen Correspondent', kind: 'media' }));
    await expect(result).rejects.toThrow('The source “al mayadeen Correspondent” was added while the file was read, and the file adds one of that name: import it again.');
    expect(core.store.library.sources.map((s) => s.name)).toEqual(['al mayadeen Correspondent']);
    await core.close();
  });
});
