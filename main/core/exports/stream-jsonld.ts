// Streams the W3C AnnotationCollection of a feed, one document at a time: the collection's head,
// then each annotation on its own line, then the documents' text and the sources the claims name.
// The documents' entries are spooled to a temporary file while the annotations are written, so
// the whole library is read once and never held in memory.
import { createReadStream } from 'node:fs';
import { mkdtemp, open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compareClaimsByPosition } from '@shared/domain/claim';
import { newId } from '@shared/domain/primitives';
import { ExportLookup } from '@shared/formats/export-scope';
import { claimToAnnotation, collectionHead, documentEntry, firstPage, referencedSources } from '@shared/formats/web-annotation';
import type { ExportFeed } from './export-feed';
import type { StreamOptions } from './stream-options';

export async function* streamJsonLd(feed: ExportFeed, options: StreamOptions = {}): AsyncGenerator<string> {
  const collectionId = newId();
  const head = JSON.stringify(collectionHead(feed.base, collectionId, `Claims in ${feed.title}`, feed.claimTotal), null, 2);
  const page = JSON.stringify(firstPage(collectionId, []), null, 2).replace(/"items": \[\]\n\}$/, '"items": [');
  yield `${head.slice(0, -2)},\n  "first": ${page.replaceAll('\n', '\n  ')}\n`;
  const lookup = new ExportLookup(feed.base);
  const sourceIds = new Set<string>();
  const spoolDir = await mkdtemp(join(tmpdir(), 'corroborate-export-'));
  const spool = await open(join(spoolDir, 'documents.json'), 'w+', 0o600);
  try {
    let first = true;
    for (const [index, id] of feed.documentIds.entries()) {
      options.signal?.throwIfAborted();
      const doc = await feed.load(id);
      await spool.write(`${index === 0 ? '' : ',\n'}    ${JSON.stringify(documentEntry(doc))}`);
      const lines: string[] = [];
      for (const claim of [...doc.claims].sort(compareClaimsByPosition)) {
        lines.push(`${first ? '' : ',\n'}      ${JSON.stringify(claimToAnnotation(claim, doc, lookup))}`);
        first = false;
        for (const sourceId of claim.sourceIds) sourceIds.add(sourceId);
      }
      if (lines.length > 0) yield lines.join('');
      options.onProgress?.(index + 1, feed.documentIds.length);
    }
    yield `\n    ]\n  },\n  "corr:documents": [\n`;
    await spool.close();
    for await (const chunk of createReadStream(join(spoolDir, 'documents.json'), { encoding: 'utf8' })) yield chunk as string;
    yield `\n  ],\n  "corr:sources": ${JSON.stringify(referencedSources(feed.base, sourceIds))}\n}\n`;
  } finally {
    await spool.close().catch(() => undefined);
    await rm(spoolDir, { recursive: true, force: true });
  }
}
