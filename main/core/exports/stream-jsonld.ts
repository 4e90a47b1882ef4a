// Streams the W3C AnnotationCollection of a feed, one document at a time: the collection's head,
// then each annotation on its own line, then the documents' text and the sources the claims name.
// The documents' entries are spooled to a temporary file while the annotations are written, so
// the whole library is read once and never held in memory.
import { newId } from '@shared/domain/primitives';
import { collectionHead, firstPage, referencedSources } from '@shared/formats/web-annotation';
import { partsInOrder, type ExportFeed } from './export-feed';
import { SpoolFile } from './spool-file';
import type { StreamOptions } from './stream-options';

export async function* streamJsonLd(feed: ExportFeed, options: StreamOptions = {}): AsyncGenerator<string> {
  const collectionId = newId();
  const head = JSON.stringify(collectionHead(feed.base, collectionId, `Claims in ${feed.title}`, feed.claimTotal), null, 2);
  const page = JSON.stringify(firstPage(collectionId, []), null, 2).replace(/"items": \[\]\n\}$/, '"items": [');
  yield `${head.slice(0, -2)},\n  "first": ${page.replaceAll('\n', '\n  ')}\n`;
  const sourceIds = new Set<string>();
  const spool = await SpoolFile.create();
  try {
    let firstItem = true;
    let firstEntry = true;
    for await (const parts of partsInOrder(feed, 'jsonld', options)) {
      await spool.write(`${firstEntry ? '' : ',\n'}${parts.entry}`);
      firstEntry = false;
      for (const id of parts.sourceIds) sourceIds.add(id);
      if (parts.body === '') continue;
      yield `${firstItem ? '' : ',\n'}${parts.body}`;
      firstItem = false;
    }
    yield `\n    ]\n  },\n  "corr:documents": [\n`;
    yield* spool.read();
    yield `\n  ],\n  "corr:sources": ${JSON.stringify(referencedSources(feed.base, sourceIds))}\n}\n`;
  } finally {
    await spool.dispose();
  }
}
