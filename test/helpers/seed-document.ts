// The seed article as a stored document with the nine fixture claims, built with the shared
// domain functions only (no store), for format and export tests.
import { createClaim } from '@shared/domain/claim-operations';
import { DOCUMENT_SCHEMA_VERSION, type StoredDocument } from '@shared/domain/document';
import type { Source } from '@shared/domain/source';
import { defaultTaxonomy, type Taxonomy } from '@shared/domain/taxonomy';
import { parsePlainText } from '@shared/importers/plain-text';
import type { ExportScope } from '@shared/formats/export-scope';
import { projectText } from '@shared/text/projection';
import { seedFixture, seedText } from './fixtures';

const AT = '2026-11-20T10:00:00.000Z';

function sourceKind(name: string): string {
  if (name === 'informed sources') return 'anonymous';
  if (name === 'US figures') return 'document';
  if (name.includes('correspondent')) return 'media';
  if (name.includes('Resistance')) return 'organization';
  return 'person';
}

export function seedScope(): ExportScope & { taxonomy: Taxonomy; sources: Source[]; documents: StoredDocument[] } {
  const fixture = seedFixture();
  const parsed = parsePlainText(seedText());
  const text = projectText(parsed.content);
  const sources: Source[] = [];
  let n = 0;
  const sourceFor = (name: string) => {
    let source = sources.find((s) => s.name === name);
    if (!source) {
      n++;
      source = { id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`, name, kind: sourceKind(name), aliases: [], description: '', createdAt: AT, updatedAt: AT };
      sources.push(source);
    }
    return source;
  };
  const taxonomy = defaultTaxonomy();
  const claims = fixture.claims.map((c) => {
    const start = text.indexOf(c.exact);
    const sourceIds = c.source === '(none)' ? [] : [sourceFor(c.source).id];
    const context = { text, taxonomy, knownSourceIds: new Set(sources.map((s) => s.id)), at: AT };
    const cueAt = c.cue ? text.indexOf(c.cue, Math.max(0, start - 80)) : -1;
    return createClaim(start, start + c.exact.length, { sourceIds, attribution: c.attribution, status: c.status, ...(cueAt >= 0 ? { cue: { start: cueAt, end: cueAt + c.cue.length } } : {}) }, context);
  });
  const document: StoredDocument = {
    schemaVersion: DOCUMENT_SCHEMA_VERSION,
    id: '11111111-2222-4333-8444-555555555555',
    meta: {
      title: fixture.expectedMetadata.title,
      byline: fixture.expectedMetadata.byline,
      outlet: '',
      published: fixture.expectedMetadata.published,
      url: '',
      language: 'en',
      dir: 'ltr',
      credit: '',
      license: '',
      importedFrom: { fileName: '000_94a0439cd798dd65.txt', format: 'text' },
      contentHash: '0'.repeat(64),
      importedAt: AT,
      updatedAt: AT,
    },
    content: parsed.content,
    claims,
    rejectedSuggestions: [],
    deletedClaims: [],
  };
  return { taxonomy, sources, documents: [document], generatedAt: AT, appVersion: 'test' };
}
