// Generates a realistic library for benchmarks (seeded, so every run is the same): thousands of
// articles built from real news vocabulary, each with its claims, sources, tags and evidence,
// written as the store writes them, plus the index and a first backup.
import { readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Claim } from '@shared/domain/claim';
import type { ParagraphNode } from '@shared/domain/content';
import { DOCUMENT_SCHEMA_VERSION, summarizeDocument, type DocumentSummary, type StoredDocument } from '@shared/domain/document';
import { defaultSettings, LIBRARY_SCHEMA_VERSION, type LibraryFile } from '@shared/domain/library';
import type { Source } from '@shared/domain/source';
import { defaultTaxonomy } from '@shared/domain/taxonomy';
import { projectText } from '@shared/text/projection';
import { spanAt } from '@shared/text/text-span';
import { Core } from '../../main/core/core';
import { seededRandom } from '../helpers/seeded-random';

export interface GenerateOptions {
  documents: number;
  claimsPerDocument: number;
  seed: number;
}

export interface GeneratedLibrary {
  dir: string;
  documentIds: string[];
  /** size in bytes of the median document file */
  typicalFileBytes: number;
  claims: number;
}


/** The project folder (set by run-bench.mjs, since a bundle does not live in the project). */
const ROOT = process.env.CORROBORATE_ROOT ?? join(import.meta.dirname, '..', '..');
const FIXTURES = join(ROOT, 'test', 'fixtures');

function vocabulary(): string[] {
  const texts = [readFileSync(join(FIXTURES, 'seed', '000_94a0439cd798dd65.txt'), 'utf8'), readFileSync(join(ROOT, 'main', 'core', 'samples', 'wikinews-2019-08-15-ebola-treatments.txt'), 'utf8')];
  return texts.join(' ').split(/\s+/).filter((w) => w.length > 0 && !/^\d{4}$/.test(w));
}

const OUTLETS = ['Al Mayadeen English', 'Wikinews', 'Reuters', 'Associated Press', 'BBC News', 'Al Jazeera', 'Le Monde', 'The Guardian', 'Deutsche Welle', 'NPR', 'ABC News', 'Agence France-Presse', 'El País', 'The Hindu', 'Daily Maverick'];
const TAGS = ['syria', 'iraq', 'gaza', 'ebola', 'health', 'casualties', 'drones', 'statistics', 'military', 'ceasefire', 'aid', 'vaccine', 'trial', 'who', 'election', 'economy', 'climate', 'migration', 'court', 'protest'];

const uuid = (next: () => number) =>
  'xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx'.replace(/[xy]/g, (c) => {
    const r = Math.floor(next() * 16);
    return (c === 'x' ? r : (r & 0x3) | 0x8).toString(16);
  });

function pick<T>(next: () => number, items: readonly T[]): T {
  return items[Math.floor(next() * items.length)]!;
}

function makeSources(next: () => number, words: string[], count: number, at: string): Source[] {
  const kinds = defaultTaxonomy().sourceKinds.map((k) => k.id);
  return Array.from({ length: count }, (_, i) => ({
    id: uuid(next),
    name: `${pick(next, words).replace(/[^A-Za-z-]/g, '') || 'Source'} ${pick(next, words).replace(/[^A-Za-z-]/g, '') || 'Desk'} ${i}`,
    kind: pick(next, kinds),
    aliases: [],
    description: '',
    createdAt: at,
    updatedAt: at,
  }));
}

function makeClaims(next: () => number, text: string, count: number, sources: Source[], at: string): Claim[] {
  const taxonomy = defaultTaxonomy();
  const claims: Claim[] = [];
  while (claims.length < count) {
    const start = Math.floor(next() * (text.length - 200));
    const end = start + 40 + Math.floor(next() * 140);
    const span = spanAt(text, start, end);
    if (span.exact.trim() !== span.exact || span.exact.includes('\n')) continue;
    const status = pick(next, taxonomy.statuses).id;
    const cueStart = Math.max(0, start - 30);
    claims.push({
      id: uuid(next),
      target: span,
      anchor: 'exact',
      cue: next() < 0.5 && text.slice(cueStart, start).trim() ? spanAt(text, cueStart, start) : null,
      sourceIds: [pick(next, sources).id],
      attribution: pick(next, taxonomy.attributionTypes).id,
      status,
      statusHistory: [{ status: 'unverified', at, note: '' }, ...(status === 'unverified' ? [] : [{ status, at, note: next() < 0.3 ? 'checked against the ministry statement' : '' }])],
      note: next() < 0.5 ? 'Compare with the figures published by the ministry and by the UN office.' : '',
      evidence: next() < 0.2 ? [{ id: uuid(next), url: 'https://example.org/report', title: 'Report', stance: 'context', note: '', accessedAt: '2024-01-10' }] : [],
      tags: next() < 0.6 ? [pick(next, TAGS)] : [],
      createdAt: at,
      updatedAt: at,
    });
  }
  return claims;
}

export async function generateLibrary(dir: string, options: GenerateOptions): Promise<GeneratedLibrary> {
  const next = seededRandom(options.seed);
  const words = vocabulary();
  const at = '2026-01-15T09:00:00.000Z';
  const sources = makeSources(next, words, 500, at);
  mkdirSync(join(dir, 'documents'), { recursive: true, mode: 0o700 });
  const summaries: DocumentSummary[] = [];
  const sizes: number[] = [];
  for (let d = 0; d < options.documents; d++) {
    const paragraphs: ParagraphNode[] = Array.from({ length: 10 + Math.floor(next() * 6) }, () => {
      const sentence = Array.from({ length: 45 + Math.floor(next() * 40) }, () => pick(next, words)).join(' ');
      return { type: 'paragraph', content: [{ type: 'text', text: sentence }] };
    });
    const content = { type: 'doc' as const, content: paragraphs };
    const text = projectText(content);
    const year = 2019 + Math.floor(next() * 6);
    const doc: StoredDocument = {
      schemaVersion: DOCUMENT_SCHEMA_VERSION,
      id: uuid(next),
      meta: {
        title: Array.from({ length: 6 + Math.floor(next() * 6) }, () => pick(next, words)).join(' '),
        byline: '',
        outlet: pick(next, OUTLETS),
        published: `${year}-${String(1 + Math.floor(next() * 12)).padStart(2, '0')}-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}`,
        url: `https://news.example.org/${year}/${d}`,
        language: 'en',
        dir: 'ltr',
        credit: '',
        license: '',
        importedFrom: { fileName: `article-${d}.txt`, format: 'text' },
        contentHash: (d.toString(16) + '0'.repeat(64)).slice(0, 64),
        importedAt: at,
        updatedAt: at,
      },
      content,
      claims: makeClaims(next, text, options.claimsPerDocument, sources, at),
      rejectedSuggestions: [],
      deletedClaims: [],
    };
    const path = join(dir, 'documents', `${doc.id}.json`);
    writeFileSync(path, `${JSON.stringify(doc)}\n`, { mode: 0o600 });
    const stats = statSync(path);
    sizes.push(stats.size);
    summaries.push(summarizeDocument(doc, { size: stats.size, mtimeMs: stats.mtimeMs }));
  }
  const library: LibraryFile = { schemaVersion: LIBRARY_SCHEMA_VERSION, taxonomy: defaultTaxonomy(), sources, settings: defaultSettings(), sets: [], documents: summaries };
  writeFileSync(join(dir, 'library.json'), `${JSON.stringify(library)}\n`, { mode: 0o600 });
  // A library that has been in use has backups: take the first one, as the app would have.
  const core = await Core.open(dir, { backupIntervalMs: 0 });
  await core.store.backups.snapshot('auto', new Date().toISOString());
  await core.close();
  sizes.sort((a, b) => a - b);
  return { dir, documentIds: summaries.map((s) => s.id), typicalFileBytes: sizes[Math.floor(sizes.length / 2)]!, claims: options.documents * options.claimsPerDocument };
}
