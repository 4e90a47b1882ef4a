// The change that gave a claim its current status, among its status changes and the records of
// versions an import did not keep: exports take its note ("Why this status?"), and the inspector
// edits that note, never an import's record.
import { describe, expect, it } from 'vitest';
import type { Claim } from '@shared/domain/claim';
import { applyClaimChanges, createClaim, type ClaimContext } from '@shared/domain/claim-operations';
import { currentStatusChange, importRecordNote, isImportRecord } from '@shared/domain/status-history';
import { defaultTaxonomy } from '@shared/domain/taxonomy';
import { csvRows } from '@shared/formats/csv-rows';
import { seedScope } from '../../helpers/seed-document';

const context = (at: string): ClaimContext => ({ text: 'Officials said the bridge was closed.', taxonomy: defaultTaxonomy(), knownSourceIds: new Set(), at });

/** A claim judged false with a reason, and then an import's record of a newer-dated version it did not keep. */
function judgedThenImported(): Claim {
  const judged = applyClaimChanges(createClaim(15, 36, {}, context('2026-12-01T10:00:00.000Z')), { status: 'false', statusNote: 'The ministry denied it' }, context('2026-12-02T10:00:00.000Z'));
  const record = { status: 'verified', at: '2026-12-03T10:00:00.000Z', note: importRecordNote('report.jsonld', '2026-12-03T10:00:00.000Z', ['status verified', 'attribution other']) };
  return { ...judged, statusHistory: [...judged.statusHistory, record] };
}

describe('the current status change', () => {
  it('is the latest change to the current status that is not an import’s record', () => {
    const claim = judgedThenImported();
    expect(isImportRecord(claim.statusHistory.at(-1)!)).toBe(true);
    expect(isImportRecord(claim.statusHistory[1]!)).toBe(false);
    expect(currentStatusChange(claim)).toEqual({ status: 'false', at: '2026-12-02T10:00:00.000Z', note: 'The ministry denied it' });
  });

  it('takes the note the inspector edits, leaving the import’s record as it was', () => {
    const claim = judgedThenImported();
    const noted = applyClaimChanges(claim, { statusHistoryNote: 'Denied twice' }, context('2026-12-04T10:00:00.000Z'));
    expect(noted.statusHistory[1]!.note).toBe('Denied twice');
    expect(noted.statusHistory.at(-1)).toEqual(claim.statusHistory.at(-1));
  });

  it('gives the CSV its note and time, not the import’s record', () => {
    const scope = seedScope();
    scope.documents[0]!.claims[0] = { ...scope.documents[0]!.claims[0]!, ...judgedThenImported(), id: scope.documents[0]!.claims[0]!.id, target: scope.documents[0]!.claims[0]!.target };
    const [header, first] = [...csvRows(scope)];
    expect(first![header!.indexOf('status_note')]).toBe('The ministry denied it');
    expect(first![header!.indexOf('status_changed')]).toBe('2026-12-02T10:00:00.000Z');
  });
});
