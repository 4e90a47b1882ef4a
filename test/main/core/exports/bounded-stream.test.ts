// Every export format streams: it asks for a document only a few documents ahead of what it has
// written, so an export of the whole library holds a handful of documents in memory, not all of
// them; and the streamed text is the same as the text rendered from documents in memory.
import { describe, expect, it } from 'vitest';
import { toClaimReviews } from '@shared/formats/claim-review';
import type { ExportFormat } from '@shared/bridge/contract';
import { feedOfScope, type ExportFeed } from '../../../../main/core/exports/export-feed';
import { renderExport, streamExport } from '../../../../main/core/exports/render-export';
import { renderHtmlReport } from '../../../../main/core/exports/report-html';
import { renderMarkdownReport } from '../../../../main/core/exports/report-markdown';
import { seedScope } from '../../../helpers/seed-document';

const DOCUMENTS = 60;

/** The seed document 60 times over (new ids), with some verdicts for ClaimReview. */
function largeScope() {
  const scope = seedScope();
  const [seed] = scope.documents;
  scope.documents = Array.from({ length: DOCUMENTS }, (_, n) => {
    const suffix = String(n).padStart(12, '0');
    const claims = seed!.claims.map((c, i) => ({ ...c, id: `${c.id.slice(0, 24)}${suffix}`.replace(/^.{8}/, String(i).padStart(8, '0')), status: i % 3 === 0 ? 'false' : c.status }));
    return { ...seed!, id: `${seed!.id.slice(0, 24)}${suffix}`, meta: { ...seed!.meta, title: `Article ${n}` }, claims };
  });
  return scope;
}

/** A feed that counts the documents asked for, and the most asked for ahead of those written. */
function countingFeed(feed: ExportFeed) {
  const counts = { asked: 0, done: 0, mostAhead: 0 };
  const ask = () => {
    counts.asked++;
    counts.mostAhead = Math.max(counts.mostAhead, counts.asked - counts.done);
  };
  const counted: ExportFeed = {
    ...feed,
    parts: (id, format) => (ask(), feed.parts(id, format)),
    load: (id) => (ask(), feed.load(id)),
  };
  return { counted, counts };
}

describe('streamed exports', () => {
  const formats: ExportFormat[] = ['csv', 'jsonld', 'md', 'html', 'claimreview', 'qdpx', 'archive'];
  it.each(formats)('%s asks for documents only a few ahead of those it has written', async (format) => {
    const { counted, counts } = countingFeed(feedOfScope(largeScope()));
    let bytes = 0;
    let askedAtFirstBytes = -1;
    for await (const chunk of streamExport(counted, format, { onProgress: (done) => (counts.done = done) })) {
      bytes += chunk.length;
      if (askedAtFirstBytes < 0 && counts.done > 0) askedAtFirstBytes = counts.asked;
    }
    expect(counts.asked).toBe(DOCUMENTS);
    expect(counts.done).toBe(DOCUMENTS);
    expect(bytes).toBeGreaterThan(DOCUMENTS * 100);
    // partsInOrder keeps three documents per renderer in flight; one more is asked for as one is written
    expect(counts.mostAhead).toBeLessThanOrEqual(4);
    expect(askedAtFirstBytes).toBeLessThan(10);
  });

  it('writes reports and ClaimReview identical to those rendered from the documents at once', async () => {
    const scope = largeScope();
    const text = async (format: ExportFormat) => (await renderExport(scope, format)).content;
    expect(await text('md')).toBe(renderMarkdownReport(scope));
    expect(await text('html')).toBe(renderHtmlReport(scope));
    expect(await text('claimreview')).toBe(`${JSON.stringify(toClaimReviews(scope), null, 2)}\n`);
    expect(JSON.parse(await text('claimreview'))).toHaveLength(DOCUMENTS * 3);
    const none = { ...scope, documents: scope.documents.map((d) => ({ ...d, claims: d.claims.map((c) => ({ ...c, status: 'unverified' })) })) };
    expect((await renderExport(none, 'claimreview')).content).toBe('[]\n');
  });
});
