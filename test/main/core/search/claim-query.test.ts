// The claims table's answers on the annotated seed library: words, phrases and field filters,
// facets, sorting and pages, counts and chart numbers, and an index that follows every change.
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../../main/core/core';
import { articleSourceName } from '@shared/domain/article-source';
import type { ClaimFilter, ClaimSort } from '@shared/search/claim-filter';
import { annotatedLibrary } from '../../../helpers/annotated-library';
import { useTempDirs } from '../../../helpers/temp-dir';

const tempDir = useTempDirs();
const BY_POSITION: ClaimSort = { column: 'document', descending: false };
let core: Core | null = null;
afterEach(async () => {
  await core?.close();
  core = null;
});

async function library() {
  const made = await annotatedLibrary(tempDir());
  core = made.core;
  return made;
}

async function quotes(filter: Partial<ClaimFilter>, sort: ClaimSort = BY_POSITION): Promise<string[]> {
  const result = await core!.claimQueries.query({ query: '', facets: {}, ...filter }, sort, 0, 100);
  return result.rows.map((r) => r.quote.slice(0, 24));
}

describe('claims query', () => {
  it('finds words in quotes, notes, cues and evidence titles; the last word also as a prefix, words of four letters or more despite a typo', async () => {
    await library();
    expect(await quotes({ query: 'rocket' })).toEqual(['A rocket strike targeted', 'The first bombing was ca']);
    expect(await quotes({ query: 'casualt' })).toEqual(['caused 56 casualties amo']);
    expect(await quotes({ query: 'casulties' })).toEqual(['caused 56 casualties amo']);
    // a word of four letters is forgiven one typo too, when nothing has it as typed; three letters are not
    expect(await quotes({ query: 'asad' })).toEqual(['A rocket strike targeted']);
    expect(await quotes({ query: 'ais' })).toEqual([]);
    expect(await quotes({ query: 'centcom' })).toEqual(['its Resistance fighters ']);
    // the evidence title "Report", and the cue "our correspondent reported" by prefix
    expect(await quotes({ query: 'report' })).toEqual(['caused 56 casualties amo', 'A rocket strike targeted']);
    const withNote = await core!.claimQueries.query({ query: 'centcom', facets: {} }, BY_POSITION, 0, 10);
    expect(withNote.rows[0]!.snippet).toMatch(/CENTCOM/);
    expect(withNote.terms).toEqual(['centcom']);
  });

  it('matches quoted phrases exactly, and leaves out negated words and phrases', async () => {
    await library();
    expect(await quotes({ query: '"rocket strike targeted"' })).toEqual(['A rocket strike targeted']);
    expect(await quotes({ query: '"strike targeted rocket"' })).toEqual([]);
    expect(await quotes({ query: 'rocket -bombing' })).toEqual(['A rocket strike targeted']);
    expect(await quotes({ query: 'rocket -"second bombing"' })).toEqual(['A rocket strike targeted']);
  });

  it('ignores accents, in words, prefixes, phrases and negated words, as typed either way', async () => {
    const { documentId } = await library();
    const [claim] = (await core!.store.getDocument(documentId)).claims;
    await core!.claims.update({ documentId, claimId: claim!.id, changes: { note: 'Le Café des Réfugiés a confirmé' } });
    const first = claim!.target.exact.slice(0, 24);
    expect(await quotes({ query: 'cafe' })).toEqual([first]);
    expect(await quotes({ query: 'CAFÉ refug' })).toEqual([first]);
    expect(await quotes({ query: '"cafe des refugies"' })).toEqual([first]);
    expect(await quotes({ query: '"café des réfugiés"' })).toEqual([first]);
    // "confirmé" is in the note, "confirmed" in another claim's quote: the negated word leaves out the note's claim
    expect(await quotes({ query: 'confirme' })).toEqual([first, 'its Resistance fighters ']);
    expect(await quotes({ query: 'confirme -refugies' })).toEqual(['its Resistance fighters ']);
    // a hyphen in a phrase or a negated word is a character like any other
    expect(await quotes({ query: '"US-backed Syrian"' })).toEqual([]);
    expect(await quotes({ query: 'rocket -al-Assad' })).toEqual(['The first bombing was ca']);
    const found = await core!.claimQueries.query({ query: 'cafe', facets: {} }, BY_POSITION, 0, 1);
    expect(found.terms).toEqual(['cafe']);
    // the note that matched is shown under the quote
    expect(found.rows[0]!.snippet).toBe('Le Café des Réfugiés a confirmé');
    // tags and source names are keyed without accents too: one tag, found either way, one source
    await core!.claims.update({ documentId, claimId: claim!.id, changes: { tags: ['santé'] } });
    expect(await quotes({ query: 'tag:sante' })).toEqual([first]);
    expect(await quotes({ query: 'tag:SANTÉ' })).toEqual([first]);
    // Arabic words are found without their definite article, typed either way, and left out by a negated word
    await core!.claims.update({ documentId, claimId: claim!.id, changes: { note: 'ارتفع سعر الخبز في العاصمة' } });
    expect(await quotes({ query: 'خبز' })).toEqual([first]);
    expect(await quotes({ query: 'والخبز' })).toEqual([first]);
    expect(await quotes({ query: '"سعر خبز"' })).toEqual([first]);
    expect(await quotes({ query: 'عاصمة -خبز' })).toEqual([]);
    const ministry = await core!.claims.createSource({ name: 'Ministère de l’Intérieur', kind: 'government' });
    expect((await core!.claims.findOrCreateSource({ name: 'ministere de l’interieur', kind: 'government' })).source.id).toBe(ministry.id);
  });

  it('filters by source, status, tag, attribution, kind, outlet, document and date, by name or id, negated too', async () => {
    const { documentId } = await library();
    const all = await quotes({});
    expect(all).toHaveLength(9);
    expect(await quotes({ query: 'source:officials' })).toHaveLength(5);
    expect(await quotes({ query: 'source:"US OFFICIALS" -tag:casualties' })).toHaveLength(3);
    expect(await quotes({ query: 'tag:Casualties' })).toHaveLength(3);
    expect(await quotes({ query: 'attribution:"Direct quote"' })).toHaveLength(3);
    expect(await quotes({ query: 'kind:anonymous' })).toHaveLength(9);
    expect(await quotes({ query: 'status:unverified outlet:mayadeen from:2023-11 to:2023' })).toHaveLength(9);
    expect(await quotes({ query: 'to:2023-10' })).toHaveLength(0);
    expect(await quotes({ query: 'doc:occupation anchor:exact' })).toHaveLength(9);
    const unknown = await core!.claimQueries.query({ query: 'status:nonsense source:nobody', facets: {} }, BY_POSITION, 0, 10);
    expect(unknown.total).toBe(0);
    expect(unknown.problems.map((p) => p.message)).toEqual(['There is no status "nonsense".', 'No source is named like "nobody".']);
    expect(await quotes({ facets: { attributions: ['direct-quote', 'indirect-quote'], documentIds: [documentId] } })).toHaveLength(4);
  });

  it('finds a source by words its name starts with, and an article’s own source by its name, not its article’s title', async () => {
    const { documentId } = await library();
    expect(await quotes({ query: 'source:officials' })).toHaveLength(5);
    expect(await quotes({ query: 'source:ficials' })).toHaveLength(0);
    const { title } = (await core!.store.getDocument(documentId)).meta;
    const { source } = await core!.claims.findOrCreateSource({ name: articleSourceName('police', title), kind: 'anonymous' });
    const [claim] = (await core!.store.getDocument(documentId)).claims;
    await core!.claims.update({ documentId, claimId: claim!.id, changes: { sourceIds: [source.id] } });
    expect(await quotes({ query: 'source:police' })).toHaveLength(1);
    expect(await quotes({ query: 'source:occupation' })).toHaveLength(0);
  });

  it('sorts by any column and hands out pages, with facet counts over the whole result', async () => {
    await library();
    const byQuote = await quotes({}, { column: 'quote', descending: false });
    expect(byQuote).toEqual([...byQuote].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));
    const byAttribution = await core!.claimQueries.query({ query: '', facets: {} }, { column: 'attribution', descending: false }, 0, 9);
    expect(byAttribution.rows.map((r) => r.attribution).slice(0, 3)).toEqual(['direct-quote', 'direct-quote', 'direct-quote']);
    const page = await core!.claimQueries.query({ query: '', facets: {} }, BY_POSITION, 3, 2);
    expect(page.rows.map((r) => r.quote.slice(0, 24))).toEqual((await quotes({})).slice(3, 5));
    expect(page.total).toBe(9);
    expect(page.documents).toBe(1);
    const facets = await core!.claimQueries.facets({ query: '', facets: {} });
    expect(facets.attributions.find((f) => f.value === 'direct-quote')).toEqual({ value: 'direct-quote', count: 3 });
    expect(facets.tags).toEqual([{ value: 'Syria', count: 9 }, { value: 'casualties', count: 3 }]);
    expect((await core!.claimQueries.facets({ query: 'rocket', facets: {} })).statuses).toEqual([{ value: 'unverified', count: 2 }]);
    // a group with a value ticked still lists its other values, counted over the rest of the filter; other groups count the result
    const ticked = await core!.claimQueries.facets({ query: '', facets: { attributions: ['direct-quote'] } });
    expect(ticked.attributions).toEqual(facets.attributions);
    expect(ticked.tags).toEqual([{ value: 'Syria', count: 3 }]);
    // two groups ticked: each is counted over the other's choice (every claim carries Syria)
    const withTag = await core!.claimQueries.facets({ query: '', facets: { attributions: ['direct-quote'], tags: ['Syria'] } });
    expect(withTag.tags).toEqual([{ value: 'Syria', count: 3 }]);
    expect(withTag.attributions).toEqual(facets.attributions);
  });

  it('follows every change: an edited note is found, a deleted claim is gone, a restored library is indexed afresh', async () => {
    const { documentId } = await library();
    expect(await quotes({ query: 'zeppelin' })).toEqual([]);
    const [first] = (await core!.claimQueries.query({ query: '', facets: {} }, BY_POSITION, 0, 1)).rows;
    await core!.claims.update({ documentId, claimId: first!.id, changes: { note: 'compare with the zeppelin report' } });
    expect(await quotes({ query: 'zeppelin' })).toEqual(['The US occupation forces']);
    await core!.claims.delete({ documentId, claimId: first!.id });
    expect(await quotes({ query: 'zeppelin' })).toEqual([]);
    expect(await quotes({})).toHaveLength(8);
    await core!.store.backups.snapshot('test', new Date().toISOString());
    await core!.restoreBackup();
    expect(await quotes({})).toHaveLength(8);
  });

  it('gives the numbers behind the charts', async () => {
    await library();
    const charts = await core!.claimQueries.charts({ query: 'tag:casualties', facets: {} });
    expect(charts.total).toBe(3);
    expect(charts.byStatus).toEqual([{ status: 'unverified', count: 3 }]);
    expect(charts.overTime).toEqual([{ month: '2023-11', status: 'unverified', count: 3 }]);
    expect(charts.topSources.map((s) => s.total)).toEqual([3, 2]);
    expect(charts.attributionByStatus.reduce((n, p) => n + p.count, 0)).toBe(3);
  });
});

describe('document search', () => {
  it('finds documents by words of their text, title and outlet, and follows a rename and a deletion', async () => {
    const { documentId } = await library();
    const sample = await core!.openSample();
    expect(await core!.documentSearch.search('Rmelan')).toEqual([documentId]);
    expect(await core!.documentSearch.search('monoclonal antibod')).toEqual([sample.document.id]);
    expect(await core!.documentSearch.search('zeppelin')).toEqual([]);
    await core!.updateMeta(documentId, { title: 'Zeppelin sightings' });
    expect(await core!.documentSearch.search('zeppelin')).toEqual([documentId]);
    await core!.updateMeta(documentId, { title: 'Zeppelin sightings over the Café Réfugiés' });
    expect(await core!.documentSearch.search('cafe refugies')).toEqual([documentId]);
    await core!.store.trashDocument(documentId);
    expect(await core!.documentSearch.search('zeppelin')).toEqual([]);
  });
});

describe('bulk edits and saved sets', () => {
  it('sets a status on every claim a filter selects, and undo puts back all but a claim changed since', async () => {
    const { documentId } = await library();
    const outcome = await core!.bulkEdits.apply({ filter: { query: 'tag:casualties', facets: {} } }, { kind: 'status', status: 'false' });
    expect(outcome).toMatchObject({ changed: 3, unchanged: 0 });
    expect(await quotes({ query: 'status:false' })).toHaveLength(3);
    const doc = await core!.store.getDocument(documentId);
    const changed = doc.claims.filter((c) => c.status === 'false');
    expect(changed[0]!.statusHistory.at(-1)).toMatchObject({ status: 'false' });
    await core!.claims.update({ documentId, claimId: changed[0]!.id, changes: { note: 'edited since' } });
    expect(await core!.bulkEdits.undo(outcome.bulkId)).toEqual({ restored: 2, skipped: 1 });
    expect(await quotes({ query: 'status:false' })).toHaveLength(1);
    await expect(core!.bulkEdits.undo(outcome.bulkId)).rejects.toMatchObject({ code: 'not-found' });
  });

  it('leaves out of a filter\'s bulk edit the claims unticked after "select all"', async () => {
    const { documentId } = await library();
    const [left] = (await core!.claimQueries.query({ query: 'tag:casualties', facets: {} }, BY_POSITION, 0, 1)).rows;
    const outcome = await core!.bulkEdits.apply({ filter: { query: 'tag:casualties', facets: {} }, except: [{ documentId, claimId: left!.id }] }, { kind: 'status', status: 'false' });
    expect(outcome).toMatchObject({ changed: 2, unchanged: 0 });
    expect((await core!.store.getDocument(documentId)).claims.find((c) => c.id === left!.id)!.status).not.toBe('false');
  });

  it('adds and removes a tag on listed claims, refusing an unknown document before changing anything', async () => {
    const { documentId } = await library();
    const rows = (await core!.claimQueries.query({ query: '', facets: {} }, BY_POSITION, 0, 2)).rows;
    const claims = rows.map((r) => ({ documentId, claimId: r.id }));
    expect(await core!.bulkEdits.apply({ claims }, { kind: 'addTag', tag: 'checked' })).toMatchObject({ changed: 2 });
    expect(await core!.bulkEdits.apply({ claims }, { kind: 'addTag', tag: 'CHECKED' })).toMatchObject({ changed: 0, unchanged: 2 });
    const undo = await core!.bulkEdits.apply({ claims }, { kind: 'removeTag', tag: 'checked' });
    expect(undo.changed).toBe(2);
    await core!.bulkEdits.undo(undo.bulkId);
    expect(await quotes({ query: 'tag:checked' })).toHaveLength(2);
    const stranger = { documentId: '00000000-0000-4000-8000-000000000000', claimId: rows[0]!.id };
    await expect(core!.bulkEdits.apply({ claims: [...claims, stranger] }, { kind: 'addTag', tag: 'x' })).rejects.toThrow(/no document .*nothing was changed/);
    expect(await quotes({ query: 'tag:x' })).toHaveLength(0);
  });

  it('saves a filter under a name, counts it live, keeps it across restarts, and refuses a second set of the same name', async () => {
    const { documentId } = await library();
    const set = await core!.sets.create('Casualty claims', { query: 'tag:casualties', facets: {} });
    expect(await core!.sets.counts()).toEqual({ [set.id]: 3 });
    await expect(core!.sets.create('casualty CLAIMS', { query: '', facets: {} })).rejects.toThrow(/already a set named "Casualty claims"/);
    const [claim] = (await core!.claimQueries.query({ query: 'tag:casualties', facets: {} }, BY_POSITION, 0, 1)).rows;
    await core!.claims.update({ documentId, claimId: claim!.id, changes: { tags: [] } });
    expect(await core!.sets.counts()).toEqual({ [set.id]: 2 });
    await core!.sets.update(set.id, { name: 'Renamed' });
    const dir = core!.store.paths.root;
    await core!.close();
    core = await (await import('../../../../main/core/core')).Core.open(dir);
    expect(core.libraryView().sets.map((s) => s.name)).toEqual(['Renamed']);
    expect(core.sets.named('renamed').filter.query).toBe('tag:casualties');
    await core.sets.delete(set.id);
    expect(core.libraryView().sets).toEqual([]);
  });
});
