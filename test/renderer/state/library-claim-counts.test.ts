// The library view patched after a claim change in the open document: only that document's
// counts change, and a document the view does not list asks for a read instead.
import { describe, expect, it } from 'vitest';
import type { LibraryView } from '@shared/bridge/contract';
import type { DocumentSummary } from '@shared/domain/document';
import { withClaimCounts } from '../../../renderer/state/library-claim-counts';

const summary = (id: string, claimCounts: Record<string, number>): DocumentSummary => ({
  id,
  title: id,
  byline: '',
  outlet: '',
  published: '',
  contentHash: 'hash',
  claimCounts,
  claimTotal: Object.values(claimCounts).reduce((a, b) => a + b, 0),
  importedAt: '2026-12-03T00:00:00.000Z',
  updatedAt: '2026-12-03T00:00:00.000Z',
  file: { size: 1, mtimeMs: 1 },
});

const library = { documents: [summary('a', { verified: 2 }), summary('b', { unverified: 1 })] } as unknown as LibraryView;

describe('withClaimCounts', () => {
  it('counts the claims of the document by status, dates it, and leaves the other documents as they were', () => {
    const patched = withClaimCounts(library, { id: 'b', claims: [{ status: 'false' }, { status: 'false' }, { status: 'verified' }] as never }, '2026-12-04T10:00:00.000Z')!;
    expect(patched.documents[1]).toMatchObject({ id: 'b', claimCounts: { false: 2, verified: 1 }, claimTotal: 3, updatedAt: '2026-12-04T10:00:00.000Z' });
    expect(patched.documents[0]).toBe(library.documents[0]);
    expect(library.documents[1]!.claimTotal).toBe(1);
  });

  it('gives null for a document the view does not list', () => {
    expect(withClaimCounts(library, { id: 'c', claims: [] })).toBeNull();
  });
});
