// npm run bench:suggest — suggestions on long reports, made of the attribution corpus's articles
// (blank lines between articles, one paragraph per line) up to 10,000 words and 3.4 MB: the
// detector alone, the core's whole answer (detector, registry matching, what claims and rejections
// leave out), and accepting every suggestion at or above 80% as the app does (sources and claims
// in one write each), its Undo (claims taken out) and Redo (put back).
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { detectAttributions } from '../../shared/suggest/detect-attributions';
import { Core } from '../../main/core/core';
import { peakRssMb, round } from './measure';

const ROOT = process.env.CORROBORATE_ROOT ?? join(import.meta.dirname, '..', '..');
const CORPUS = join(ROOT, 'test', 'fixtures', 'attribution-corpus', 'articles');
const ACCEPT_FROM = 0.8;

async function timedWithValue<T>(run: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await run();
  return { ms: performance.now() - start, value };
}

const articles = readdirSync(CORPUS)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => readFileSync(join(CORPUS, name), 'utf8').trim());

/** A report of the corpus's articles, one after another, until it has `words` words or `chars` characters. */
function longReport(limit: { words?: number; chars?: number }): string {
  let text = 'A long report\n\n';
  for (let at = 0; (limit.words === undefined || text.split(/\s+/).length < limit.words) && (limit.chars === undefined || text.length < limit.chars); at += 1) {
    text += `${articles[at % articles.length]}\n\n`;
  }
  return text;
}

async function measure(name: string, text: string) {
  detectAttributions(text.slice(0, 20_000));
  const detect = await timedWithValue(async () => detectAttributions(text).length);
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-suggest-bench-'));
  const file = join(dir, `${name}.txt`);
  writeFileSync(file, text);
  const core = await Core.open(join(dir, 'library'), { backupIntervalMs: 0 });
  try {
    const { document } = await core.imports.importPath(file);
    const list = await timedWithValue(() => core.suggestions.list(document.id));
    const chosen = list.value.filter((s) => s.confidence >= ACCEPT_FROM);
    const accept = await timedWithValue(async () => {
      const named = chosen.flatMap((s) => (s.match?.kind === 'new' ? [{ key: s.key, name: s.match.name, kind: s.match.sourceKind }] : []));
      const found = named.length === 0 ? [] : await core.claims.findOrCreateSources({ sources: named.map(({ name, kind }) => ({ name, kind })) });
      const sourceOf = new Map(named.map(({ key }, index) => [key, found[index]!.source.id]));
      return core.claims.createMany({
        documentId: document.id,
        claims: chosen.map((s) => ({ start: s.content.start, end: s.content.end, changes: { sourceIds: sourceOf.has(s.key) ? [sourceOf.get(s.key)!] : [], status: 'unverified' } })),
      });
    });
    const undo = await timedWithValue(() => core.claims.deleteMany({ documentId: document.id, claimIds: accept.value.map((c) => c.id) }));
    const redo = await timedWithValue(() => core.claims.putMany({ documentId: document.id, claims: accept.value }));
    return {
      chars: text.length,
      words: text.split(/\s+/).length,
      detect_ms: round(detect.ms),
      suggestions: detect.value,
      core_list_ms: round(list.ms),
      accepted: chosen.length,
      accept_ms: round(accept.ms),
      undo_ms: round(undo.ms),
      redo_ms: round(redo.ms),
    };
  } finally {
    await core.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const figures = {
  report_10k_words: await measure('report-10k', longReport({ words: 10_000 })),
  report_3_4_mb: await measure('report-3mb', longReport({ chars: 3_400_000 })),
  peak_rss_mb: peakRssMb(),
};
console.log(JSON.stringify(figures));
