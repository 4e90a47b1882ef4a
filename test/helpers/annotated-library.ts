// A library on disk with the seed article and claims using every field (several sources, a cue,
// a note, evidence, tags, a status history), for exchange tests.
import { Core } from '../../main/core/core';
import { projectText } from '@shared/text/projection';
import { SEED_FILE, seedFixture } from './fixtures';

let clockTick = 0;
/** A clock that moves one second per call, so "later" is always later. */
export const tickingClock = () => new Date(Date.UTC(2026, 10, 20, 10, 0, clockTick++)).toISOString();

export async function annotatedLibrary(dir: string): Promise<{ core: Core; documentId: string }> {
  const core = await Core.open(dir, { backupIntervalMs: 0, clock: tickingClock });
  const { document } = await core.imports.importPath(SEED_FILE);
  const text = projectText((await core.store.getDocument(document.id)).content);
  const officials = await core.claims.createSource({ name: 'US officials', kind: 'government' });
  const informed = await core.claims.createSource({ name: 'informed sources', kind: 'anonymous' });
  for (const [index, claim] of seedFixture().claims.entries()) {
    const start = text.indexOf(claim.exact);
    const cueAt = claim.cue ? text.indexOf(claim.cue, Math.max(0, start - 80)) : -1;
    const made = await core.claims.create({
      documentId: document.id,
      start,
      end: start + claim.exact.length,
      changes: {
        attribution: claim.attribution,
        sourceIds: index % 2 ? [informed.id] : [officials.id, informed.id],
        tags: index % 3 ? ['Syria'] : ['Syria', 'casualties'],
        note: index === 2 ? 'Checked against “CENTCOM” figures,\nline two.' : '',
        evidence: index === 1 ? [{ id: '7d0c5c7e-3f7a-4d55-9a44-2f3a1b2c4d5e', url: 'https://example.org/report', title: 'Report', stance: 'refutes', note: 'p. 3', accessedAt: '2026-11-01' }] : [],
        ...(cueAt >= 0 ? { cue: { start: cueAt, end: cueAt + claim.cue.length } } : {}),
      },
    });
    await core.claims.update({ documentId: document.id, claimId: made.id, changes: { status: claim.status, statusNote: `set for ${index}` } });
  }
  return { core, documentId: document.id };
}

/** The library's claims exported as our JSON-LD annotation set, or as a library archive, as a file's bytes. */
export async function exportedSet(core: Core, format: 'jsonld' | 'archive'): Promise<Buffer> {
  const rendered = await core.renderExport(format, []);
  return Buffer.from(rendered.content, rendered.encoding === 'base64' ? 'base64' : 'utf8');
}
