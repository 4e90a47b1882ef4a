// A claim's status history holds its status changes and, since imports merge by claim id, records
// of the versions an import did not keep ("Version from report.jsonld (changed …), not kept on
// import: …"). The change that gave the claim its current status, and the note given with it
// ("Why this status?"), is the latest change to that status that is not such a record.
import type { Claim, StatusChange } from './claim';

/** How an import's record of a version it did not keep reads (merge-plan.ts writes it). */
export function importRecordNote(from: string, changedAt: string, parts: readonly string[]): string {
  return `Version from ${from} (changed ${changedAt}), not kept on import: ${parts.join('; ')}.`.slice(0, 2000);
}

const IMPORT_RECORD = /^Version from .+ \(changed [^)]*\), not kept on import: /s;

/** Whether a history entry is an import's record of a version not kept, not a status change. */
export function isImportRecord(entry: StatusChange): boolean {
  return IMPORT_RECORD.test(entry.note);
}

/**
 * Whether two import records keep the same version (its time and fields), whichever file it came
 * from: importing it again, under another file name, adds no second record.
 */
export function sameImportRecord(a: StatusChange, b: StatusChange): boolean {
  const kept = (entry: StatusChange) => entry.note.replace(IMPORT_RECORD, '');
  return isImportRecord(a) && isImportRecord(b) && a.at === b.at && a.status === b.status && kept(a) === kept(b);
}

/** Where in the history the change to the claim's current status is (-1 when the history has none). */
export function currentChangeIndex(claim: Pick<Claim, 'status' | 'statusHistory'>): number {
  return claim.statusHistory.findLastIndex((entry) => entry.status === claim.status && !isImportRecord(entry));
}

/** The change that gave the claim its current status, with the note given with it. */
export function currentStatusChange(claim: Pick<Claim, 'status' | 'statusHistory'>): StatusChange | undefined {
  return claim.statusHistory[currentChangeIndex(claim)];
}
