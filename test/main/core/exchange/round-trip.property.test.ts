// Property: for any library (documents, sources, claims with every field, orphans included),
// exporting it and importing the file into an empty library gives the same library, for our
// JSON-LD and for the archive. ROUND_TRIP_RUNS=150 runs more random libraries than the suite's 12
// (the test's 30 s timeout allows about 400).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { StoredDocument } from '@shared/domain/document';
import type { Source } from '@shared/domain/source';
import { parsePlainText } from '@shared/importers/plain-text';
import { projectText } from '@shared/text/projection';
import { trimRange } from '@shared/text/text-span';
import { Core } from '../../../../main/core/core';
import { tickingClock } from '../../../helpers/annotated-library';
import { useTempDirs } from '../../../helpers/temp-dir';

const tempDir = useTempDirs();

const WORDS = ['the', 'minister', 'said', '“rockets”', 'hit', 'Rmelan', 'قال', 'المصدر', 'sources', 'told', '56', 'casualties', 'base', 'é', '😀', 'and', 'officials'];
const STATUSES = ['unverified', 'in-progress', 'verified', 'partly-true', 'disputed', 'false', 'unverifiable'];
const ATTRIBUTIONS = ['direct-quote', 'indirect-quote', 'anonymous-source', 'official-statement', 'unattributed'];
const freeText = fc.string({ unit: 'grapheme', maxLength: 40 });

const paragraph = fc.array(fc.constantFrom(...WORDS), { minLength: 3, maxLength: 30 }).map((w) => w.join(' '));
const claimArb = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  length: fc.integer({ min: 1, max: 60 }),
  status: fc.constantFrom(...STATUSES),
  attribution: fc.constantFrom(...ATTRIBUTIONS),
  sources: fc.uniqueArray(fc.integer({ min: 0, max: 3 }), { maxLength: 3 }),
  note: freeText,
  tags: fc.uniqueArray(fc.constantFrom('Syria', 'casualties', 'UAV', 'Iraq'), { maxLength: 3 }),
  evidence: fc.option(fc.record({ url: fc.constantFrom('', 'https://example.org/a?b=c&d', 'mailto:desk@example.org'), title: freeText, stance: fc.constantFrom('supports', 'refutes', 'context') as fc.Arbitrary<'supports' | 'refutes' | 'context'> })),
  orphan: fc.boolean(),
});
const libraryArb = fc.record({
  sourceNames: fc.uniqueArray(fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() !== ''), { minLength: 4, maxLength: 4, selector: (s) => s.trim().toLowerCase() }),
  documents: fc.array(fc.record({ paragraphs: fc.array(paragraph, { minLength: 1, maxLength: 6 }), claims: fc.array(claimArb, { maxLength: 6 }) }), { minLength: 1, maxLength: 3 }),
});

type LibrarySpec = typeof libraryArb extends fc.Arbitrary<infer T> ? T : never;

async function buildLibrary(spec: LibrarySpec, dir: string): Promise<Core> {
  const core = await Core.open(dir, { backupIntervalMs: 0, clock: tickingClock });
  const sources: Source[] = [];
  for (const name of spec.sourceNames) sources.push(await core.claims.createSource({ name, kind: 'person' }));
  for (const [index, docSpec] of spec.documents.entries()) {
    const body = `date 2023-11-1${index} Document ${index}\nBy Someone\n${docSpec.paragraphs.join('\n')}`;
    const { document } = await core.imports.importParsed(parsePlainText(body), `doc-${index}.txt`, 'text');
    // every other document is a right-to-left one, whose language and direction the export carries on its targets
    if (index % 2 === 1) await core.store.updateDocument(document.id, (d) => ({ ...d, meta: { ...d.meta, language: 'ar', dir: 'rtl' } }));
    const text = projectText((await core.store.getDocument(document.id)).content);
    for (const c of docSpec.claims) {
      const start = Math.floor(c.at * (text.length - 1));
      const range = trimRange(text, start, Math.min(text.length, start + c.length));
      if (!range) continue;
      const claim = await core.claims.create({
        documentId: document.id,
        start: range.start,
        end: range.end,
        changes: {
          attribution: c.attribution,
          status: c.status,
          sourceIds: c.sources.map((i) => sources[i]!.id),
          note: c.note,
          tags: c.tags,
          evidence: c.evidence ? [{ id: crypto.randomUUID(), url: c.evidence.url, title: c.evidence.title, stance: c.evidence.stance, note: '', accessedAt: '' }] : [],
        },
      }).catch(() => null); // the same range twice is refused, as in the app
      if (claim && c.orphan) await core.store.updateDocument(document.id, (d) => ({ ...d, claims: d.claims.map((x) => (x.id === claim.id ? { ...x, anchor: 'orphan' } : x)) }));
    }
  }
  return core;
}

async function contents(core: Core, referencedSourcesOnly: boolean) {
  const documents: StoredDocument[] = [];
  for (const summary of core.store.documentSummaries()) {
    const doc = await core.store.getDocument(summary.id);
    documents.push({ ...doc, claims: [...doc.claims].sort((a, b) => a.id.localeCompare(b.id)) });
  }
  const used = new Set(documents.flatMap((d) => d.claims.flatMap((c) => c.sourceIds)));
  const sources = core.store.library.sources.filter((s) => !referencedSourcesOnly || used.has(s.id)).sort((a, b) => a.id.localeCompare(b.id));
  return { documents: documents.sort((a, b) => a.id.localeCompare(b.id)), sources };
}

/** A counterexample fast-check found once (seed -29817958): a note of one space came back empty from JSON-LD. Always run. */
const SPACE_NOTE_LIBRARY: Parameters<typeof buildLibrary>[0] = {
  sourceNames: ['! ', '"', '#', '$'],
  documents: [
    { paragraphs: ['the the the'], claims: [{ at: 0, length: 1, status: 'unverified', attribution: 'direct-quote', sources: [], note: ' ', tags: [], evidence: null, orphan: false }] },
    { paragraphs: ['the the the'], claims: [] },
  ],
};

describe('export then import into an empty library', () => {
  for (const format of ['jsonld', 'archive'] as const) {
    it(`gives the same library (${format})`, async () => {
      await fc.assert(
        fc.asyncProperty(libraryArb, async (spec) => {
          const core = await buildLibrary(spec, tempDir());
          const rendered = await core.renderExport(format, []);
          const restored = await Core.open(tempDir(), { backupIntervalMs: 0, clock: tickingClock });
          await restored.exchange.importAnnotations(rendered.fileName, Buffer.from(rendered.content, rendered.encoding === 'base64' ? 'base64' : 'utf8'));
          // JSON-LD carries the sources its claims name; the archive carries the whole registry
          expect(await contents(restored, format === 'jsonld')).toEqual(await contents(core, format === 'jsonld'));
          await Promise.all([core.close(), restored.close()]);
        }),
        { numRuns: Number(process.env.ROUND_TRIP_RUNS ?? 12), examples: [[SPACE_NOTE_LIBRARY]] },
      );
    });
  }
});
