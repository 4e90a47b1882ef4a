// The REFI-QDA export: the .qdpx holds a project.qde valid against Project.xsd 1.0 (libxml2 through
// xmllint-wasm, offline) and each document's text; every reference resolves; selection offsets are
// code points into the stored text; the bytes repeat for the same scope; hostile text stays text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import type { Claim } from '@shared/domain/claim';
import { createClaim } from '@shared/domain/claim-operations';
import { DOCUMENT_SCHEMA_VERSION, type StoredDocument } from '@shared/domain/document';
import type { Source } from '@shared/domain/source';
import { defaultTaxonomy } from '@shared/domain/taxonomy';
import { ExportLookup, type ExportScope } from '@shared/formats/export-scope';
import { projectText } from '@shared/text/projection';
import { feedOfScope } from '../../../../main/core/exports/export-feed';
import { collectExport, exportBytes, renderExport } from '../../../../main/core/exports/render-export';
import { FIXTURES } from '../../../helpers/fixtures';
import { attr, attributes, childText, codeNamesOf, codesByGuid, descendants, selectionById, unpack, type XmlNode } from '../../../helpers/qdpx-reading';
import { seedScope } from '../../../helpers/seed-document';

const PROJECT_XSD = readFileSync(join(FIXTURES, 'standards', 'refi-qda', 'Project-mrt2019.xsd'), 'utf8');
/** GUIDType of Project.xsd */
const GUID = /^(?:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|\{[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\})$/;
const GUID_REFERENCES = ['targetGUID', 'creatingUser', 'modifyingUser', 'creatingUserGUID', 'modifyingUserGUID'];
const AT = '2026-11-20T10:00:00.000Z';

/** The .qdpx of documents in memory, through the same stream the app writes to a file. */
async function renderQdpx(scope: ExportScope): Promise<Uint8Array> {
  return exportBytes(await renderExport(scope, 'qdpx'));
}

async function schemaErrors(qde: string): Promise<string[]> {
  const result = await validateXML({ xml: [{ fileName: 'project.qde', contents: qde }], schema: [{ fileName: 'Project.xsd', contents: PROJECT_XSD }] });
  return result.valid ? [] : result.errors.map((e) => e.rawMessage);
}

/** Characters outside XML 1.0's Char production (https://www.w3.org/TR/xml/#charsets). */
function isIllegalInXml(ch: string): boolean {
  const code = ch.codePointAt(0)!;
  return (code < 0x20 && ![0x09, 0x0a, 0x0d].includes(code)) || (code >= 0xd800 && code <= 0xdfff) || code === 0xfffe || code === 0xffff;
}

const codePointSlice = (text: string, start: number, end: number) => Array.from(text).slice(start, end).join('');

// ---- scopes built by hand ----------------------------------------------------------------------

interface ClaimSpec {
  quote: string;
  sources?: string[];
  tags?: string[];
  note?: string;
  status?: string;
}

/** One document of the given paragraphs, with a claim on the first occurrence of each quote. */
function handScope(title: string, paragraphs: string[], specs: ClaimSpec[], sourceNames: string[] = []): ExportScope & { documents: StoredDocument[] } {
  const content: StoredDocument['content'] = { type: 'doc', content: paragraphs.map((p) => ({ type: 'paragraph', content: [{ type: 'text', text: p }] })) };
  const text = projectText(content);
  const sources: Source[] = sourceNames.map((name, i) => ({
    id: `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`,
    name,
    kind: 'person',
    aliases: [],
    description: '',
    createdAt: AT,
    updatedAt: AT,
  }));
  const taxonomy = defaultTaxonomy();
  const context = { text, taxonomy, knownSourceIds: new Set(sources.map((s) => s.id)), at: AT };
  const claims = specs.map((spec) => {
    const start = text.indexOf(spec.quote);
    if (start < 0) throw new Error(`"${spec.quote}" is not in the text`);
    const sourceIds = (spec.sources ?? []).map((name) => sources.find((s) => s.name === name)!.id);
    return createClaim(start, start + spec.quote.length, { sourceIds, tags: spec.tags ?? [], note: spec.note ?? '', status: spec.status ?? 'unverified' }, context);
  });
  const document: StoredDocument = {
    schemaVersion: DOCUMENT_SCHEMA_VERSION,
    id: '22222222-3333-4444-8555-666666666666',
    meta: {
      title,
      byline: 'A. Reporter',
      outlet: 'The Test Gazette',
      published: '2026-11-19',
      url: '',
      language: 'en',
      dir: 'ltr',
      credit: '',
      license: '',
      importedFrom: { fileName: 'hand.txt', format: 'text' },
      contentHash: '0'.repeat(64),
      importedAt: AT,
      updatedAt: AT,
    },
    content,
    claims,
    rejectedSuggestions: [],
    deletedClaims: [],
  };
  return { taxonomy, sources, documents: [document], generatedAt: AT, appVersion: 'test' };
}

/** An article whose claims sit after, and hold, characters outside the Basic Multilingual Plane. */
function astralScope() {
  return handScope(
    '𝔘nicode article 😀',
    [
      '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 headline 😀',
      'The minister said 👍🏽 “growth is strong” on Monday, citing 𝔡𝔞𝔱𝔞 from 𝔘.',
      'Flags 🇸🇾 and families 👨‍👩‍👧 came later: “we were never told”.',
    ],
    [{ quote: '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 headline' }, { quote: '“growth is strong”', sources: ['The minister'] }, { quote: 'citing 𝔡𝔞𝔱𝔞 from 𝔘' }, { quote: '👨‍👩‍👧 came later: “we were never told”' }],
    ['The minister'],
  );
}

const HOSTILE_TITLE = `<script>alert("x")</script> & 'co'\u0001\u0085`;
const HOSTILE_NOTE = `Note <b>&amp;</b> "q" 'a'\u0000\u0008\u000B\u001F\uFFFE\uD800 ]]> end\r\nline 2`;
const HOSTILE_SOURCE = `<Source & "Sons">\u0007`;
const HOSTILE_TAG = `<tag>&'"`;

function hostileScope() {
  return handScope(HOSTILE_TITLE, ['Plain words, then <b>markup</b> & "quotes" with a bell\u0007 inside.'], [{ quote: '<b>markup</b> & "quotes" with a bell\u0007', sources: [HOSTILE_SOURCE], tags: [HOSTILE_TAG], note: HOSTILE_NOTE }], [HOSTILE_SOURCE]);
}

// ---- tests -------------------------------------------------------------------------------------

describe('REFI-QDA project export (.qdpx)', () => {
  afterEach(() => vi.useRealTimers());

  it('names the project after the document, the saved set, or how many documents it holds', async () => {
    const scope = { ...seedScope(), documents: [...seedScope().documents, ...handScope('Second', ['Officials said the port is shut.'], []).documents] };
    const nameOf = async (title?: string) => {
      const feed = feedOfScope(scope);
      const { project } = await unpack(exportBytes(await collectExport(title === undefined ? feed : { ...feed, title }, 'qdpx')));
      return attr(project, 'name');
    };
    expect(await nameOf()).toBe('Corroborate export (2 documents)');
    expect(await nameOf('Anonymous sourcing')).toBe('Anonymous sourcing (2 documents)');
    const { project } = await unpack(await renderQdpx(seedScope()));
    expect(attr(project, 'name')).toBe('US Occupation Forces Attacked in Northeast Syria');
  });

  it.each([
    ['the seed article', seedScope],
    ['an article with astral characters', astralScope],
    ['XML-hostile titles, notes, source names and tags', hostileScope],
  ])('writes a project.qde that validates against Project.xsd for %s', async (_name, scope) => {
    const { qde } = await unpack(await renderQdpx(scope()));
    expect(await schemaErrors(qde)).toEqual([]);
  });

  it('holds project.qde and each document projected text as UTF-8 at its TextSource plainTextPath', async () => {
    const scope = seedScope();
    const [doc] = scope.documents;
    const { entries, project, texts } = await unpack(await renderQdpx(scope));
    expect(entries.sort()).toEqual(['project.qde', `sources/${doc!.id}.txt`]);
    const [source, ...others] = descendants(project, 'TextSource');
    expect(others).toEqual([]);
    expect(attr(source!, 'name')).toBe(doc!.meta.title);
    expect(attr(source!, 'creationDateTime')).toBe(doc!.meta.importedAt);
    expect(texts.get(attr(source!, 'plainTextPath'))).toBe(projectText(doc!.content));
  });

  it.each([
    ['the seed article', seedScope],
    ['an article with astral characters', astralScope],
    ['XML-hostile titles, notes, source names and tags', hostileScope],
  ])('gives every element a unique valid GUID and leaves no reference dangling for %s', async (_name, scope) => {
    const { project } = await unpack(await renderQdpx(scope()));
    const guids = [...attributes(project)].filter(([name]) => name === 'guid').map(([, value]) => value);
    expect(guids.filter((g) => !GUID.test(g))).toEqual([]);
    expect(new Set(guids).size).toBe(guids.length);
    const references = [...attributes(project)].filter(([name]) => GUID_REFERENCES.includes(name));
    expect(references.length).toBeGreaterThan(0);
    expect(references.filter(([, value]) => !guids.includes(value))).toEqual([]);
    const codes = codesByGuid(project);
    for (const ref of descendants(project, 'CodeRef')) expect(attr(codes.get(attr(ref, 'targetGUID'))!, 'isCodable')).toBe('true');
  });

  it('groups the codes by dimension, with the taxonomy colours and only the sources used', async () => {
    const scope = seedScope();
    const { project } = await unpack(await renderQdpx(scope));
    const groups = (project.CodeBook as XmlNode).Codes as XmlNode;
    const byName = new Map((groups.Code as XmlNode[]).map((g) => [attr(g, 'name'), g]));
    expect([...byName.keys()]).toEqual(['Status', 'Attribution', 'Source', 'Tag']);
    for (const group of byName.values()) expect(attr(group, 'isCodable')).toBe('false');
    const statuses = (byName.get('Status')!.Code as XmlNode[]).map((c) => [attr(c, 'name'), attr(c, 'color')]);
    expect(statuses).toEqual(scope.taxonomy.statuses.map((s) => [s.label, s.color]));
    const sourceNames = (byName.get('Source')!.Code as XmlNode[]).map((c) => attr(c, 'name'));
    const used = new Set(scope.documents.flatMap((d) => d.claims.flatMap((c) => c.sourceIds)));
    expect(sourceNames.sort()).toEqual(scope.sources.filter((s) => used.has(s.id)).map((s) => s.name).sort());
  });

  it('codes each claim with its status, attribution, sources and tags, with its note, cue, reason for its status and evidence as the description', async () => {
    const scope = handScope(
      'Tagged',
      ['The mayor said the bridge will open in May, and the council agreed.'],
      [{ quote: 'the bridge will open in May', sources: ['The mayor', 'The council'], tags: ['infrastructure', 'dates'], note: 'Check the tender.', status: 'disputed' }],
      ['The mayor', 'The council'],
    );
    const [claim] = scope.documents[0]!.claims as [Claim];
    claim.statusHistory = [{ status: 'disputed', at: '2026-12-02T10:00:00.000Z', note: 'The tender says 2027.' }];
    claim.evidence = [{ id: '99999999-0000-4000-8000-000000000001', url: 'https://city.example/tender', title: 'Tender notice', stance: 'refutes', note: 'Page 3', accessedAt: '2026-12-01' }];
    claim.cue = { start: 10, end: 14, exact: 'said', prefix: 'The mayor ', suffix: ' the bridge will' };
    const lookup = new ExportLookup(scope);
    const { project } = await unpack(await renderQdpx(scope));
    const selection = selectionById(project, claim.id);
    const expected = [lookup.statusLabel('disputed'), lookup.attributionLabel(claim.attribution), 'The mayor', 'The council', 'infrastructure', 'dates'];
    expect(codeNamesOf(selection, project)).toEqual(expected.sort());
    expect(childText(selection, 'Description')).toBe('Check the tender.\n\nCue: “said”\n\nWhy this status (2026-12-02): The tender says 2027.\n\nEvidence (refutes, read 2026-12-01): Tender notice — https://city.example/tender\nPage 3');
    expect(childText(project, 'Description')).toMatch(/: 1 claim in 1 document\.$/);
  });

  it.each([
    ['the seed article', seedScope],
    ['an article with astral characters', astralScope],
  ])('counts selection offsets in code points that slice each quote out of the stored text (%s)', async (_name, makeScope) => {
    const scope = makeScope();
    const [doc] = scope.documents;
    const { project, texts } = await unpack(await renderQdpx(scope));
    const text = texts.get(`internal://${doc!.id}.txt`)!;
    for (const claim of doc!.claims) {
      const selection = selectionById(project, claim.id);
      expect(codePointSlice(text, Number(attr(selection, 'startPosition')), Number(attr(selection, 'endPosition')))).toBe(claim.target.exact);
    }
  });

  it('counts code points, not UTF-16 units, after and inside astral characters', async () => {
    const scope = astralScope();
    const { project } = await unpack(await renderQdpx(scope));
    const claim = scope.documents[0]!.claims.find((c) => c.target.exact === 'citing 𝔡𝔞𝔱𝔞 from 𝔘')!;
    const selection = selectionById(project, claim.id);
    // 𝔘𝔫𝔦𝔠𝔬𝔡𝔢, 😀 and 👍🏽 come before the quote, 𝔡𝔞𝔱𝔞 and 𝔘 are inside it: each is one code point, two UTF-16 units
    const before = Array.from(projectText(scope.documents[0]!.content).slice(0, claim.target.start)).length;
    expect(Number(attr(selection, 'startPosition'))).toBe(before);
    expect(before).toBeLessThan(claim.target.start);
    expect(Number(attr(selection, 'endPosition')) - before).toBe(Array.from(claim.target.exact).length);
    expect(Array.from(claim.target.exact).length).toBeLessThan(claim.target.exact.length);
  });

  it('leaves out orphaned claims, which have no place in the text, and says so', async () => {
    const scope = astralScope();
    const doc = scope.documents[0]!;
    const orphan: Claim = { ...doc.claims[0]!, anchor: 'orphan', target: { start: 0, end: 13, exact: 'deleted words', prefix: '', suffix: '' } };
    doc.claims = [...doc.claims.slice(1), orphan];
    const { qde, project } = await unpack(await renderQdpx(scope));
    expect([...descendants(project, 'PlainTextSelection')].map((s) => attr(s, 'guid'))).not.toContain(orphan.id);
    expect(childText(project, 'Description')).toContain('1 claim that has lost its place in the text');
    expect(await schemaErrors(qde)).toEqual([]);
  });

  it('is byte-for-byte the same for the same scope, whenever it is rendered', async () => {
    const scope = seedScope();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2030-01-01T00:00:00Z'));
    const first = await renderQdpx(scope);
    vi.setSystemTime(new Date('2031-06-15T12:34:56Z'));
    const second = await renderQdpx(scope);
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
  });

  it('keeps GUIDs stable across exports: documents and claims keep their ids, codes derive from ids', async () => {
    const [a, b] = [seedScope(), seedScope()];
    const [projectA, projectB] = [(await unpack(await renderQdpx(a))).project, (await unpack(await renderQdpx(b))).project];
    expect([...codesByGuid(projectB).keys()]).toEqual([...codesByGuid(projectA).keys()]);
    expect(attr([...descendants(projectA, 'TextSource')][0]!, 'guid')).toBe(a.documents[0]!.id);
    expect([...descendants(projectA, 'PlainTextSelection')].map((s) => attr(s, 'guid')).sort()).toEqual(a.documents[0]!.claims.map((c) => c.id).sort());
  });

  it('keeps XML-hostile text as text, dropping only the characters XML 1.0 cannot carry', async () => {
    const scope = hostileScope();
    const [claim] = scope.documents[0]!.claims as [Claim];
    const { qde, project, texts } = await unpack(await renderQdpx(scope));
    expect(qde).not.toContain('<script>');
    expect([...qde].filter(isIllegalInXml)).toEqual([]);
    expect(attr(project, 'name')).toBe(`<script>alert("x")</script> & 'co'`);
    const selection = selectionById(project, claim.id);
    expect(childText(selection, 'Description')).toBe(`Note <b>&amp;</b> "q" 'a' ]]> end\nline 2`);
    expect(attr(selection, 'name')).toBe('<b>markup</b> & "quotes" with a bell');
    expect(codeNamesOf(selection, project)).toEqual(expect.arrayContaining(['<Source & "Sons">', HOSTILE_TAG]));
    const text = [...texts.values()][0]!;
    expect(codePointSlice(text, Number(attr(selection, 'startPosition')), Number(attr(selection, 'endPosition')))).toBe(claim.target.exact);
  });
});
