// Reads Hypothesis API JSON (the search API's {"total", "rows"} answer, or a list of its
// annotations): each row with a quote becomes a claim with its text as the note and its tags.
// Its offsets count characters of a web page, not of our text, so claims are re-anchored by quote.
import { AppFailure } from '@shared/bridge/result';
import { TimestampSchema } from '@shared/domain/primitives';
import { emptySet, type IncomingClaim, type IncomingSet } from './incoming-set';
import { claimIdFrom, isObject, readSelectors } from './read-web-annotations';


/** Whether parsed JSON looks like Hypothesis API output rather than W3C annotations. */
export function isHypothesisJson(root: unknown): boolean {
  const rows = isObject(root) && Array.isArray(root.rows) ? root.rows : Array.isArray(root) ? root : null;
  return rows !== null && rows.length > 0 && rows.every((row) => isObject(row) && Array.isArray(row.target) && row.type === undefined);
}

function readRow(row: unknown, where: string): IncomingClaim | string {
  if (!isObject(row)) throw new AppFailure('file-corrupt', `${where}: a row must be an object.`);
  const targets = Array.isArray(row.target) ? row.target : [];
  let selector = null;
  let iri: string | null = typeof row.uri === 'string' ? row.uri : null;
  for (const target of targets) {
    if (!isObject(target)) continue;
    selector = readSelectors(target.selector, `${where}, target`);
    if (typeof target.source === 'string') iri = target.source;
    if (selector) break;
  }
  if (!selector || selector.exact === '') return `${where}: a page note or reply, not on a quoted passage`;
  const document = isObject(row.document) ? row.document : {};
  const title = Array.isArray(document.title) && typeof document.title[0] === 'string' ? document.title[0] : null;
  const created = TimestampSchema.safeParse(typeof row.created === 'string' ? new Date(row.created).toISOString() : undefined);
  const updated = TimestampSchema.safeParse(typeof row.updated === 'string' ? new Date(row.updated).toISOString() : undefined);
  const tags = Array.isArray(row.tags) ? row.tags.filter((t): t is string => typeof t === 'string' && t.trim() !== '').map((t) => t.trim().slice(0, 80)) : [];
  return {
    where,
    id: claimIdFrom(typeof row.id === 'string' ? `hypothesis:${row.id}` : undefined, `hypothesis:${iri ?? ''}|${selector.exact}`),
    documentId: null,
    documentIri: iri,
    documentLabel: title ?? iri ?? 'a page the row does not name',
    target: selector,
    cue: null,
    anchor: null,
    sources: [],
    attribution: null,
    status: null,
    statusHistory: null,
    note: typeof row.text === 'string' ? row.text.slice(0, 20000) : '',
    evidence: [],
    tags: [...new Set(tags)].slice(0, 50),
    createdAt: created.success ? created.data : null,
    updatedAt: updated.success ? updated.data : created.success ? created.data : null,
  };
}

export function readHypothesis(root: unknown): IncomingSet {
  const rows = isObject(root) && Array.isArray(root.rows) ? root.rows : (root as unknown[]);
  const set = emptySet('hypothesis');
  const notes: string[] = [];
  rows.forEach((row, index) => {
    const read = readRow(row, `row ${index + 1}`);
    if (typeof read === 'string') notes.push(read);
    else set.claims.push(read);
  });
  set.ignored = notes;
  return set;
}
