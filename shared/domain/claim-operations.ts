// Creating and changing claims, as pure functions over a document's text projection and the
// library's registries. The core runs them and stores the result; failures are AppFailures.
import { AppFailure } from '../bridge/result';
import { rangeProblem, spanAt } from '../text/text-span';
import type { Claim, ClaimChanges } from './claim';
import { newId } from './primitives';
import { sourceNameKey } from './source';
import { DEFAULT_ATTRIBUTION, DEFAULT_STATUS, type Taxonomy } from './taxonomy';
import { currentChangeIndex } from './status-history';

export interface ClaimContext {
  /** the document's text projection */
  text: string;
  taxonomy: Taxonomy;
  knownSourceIds: ReadonlySet<string>;
  at: string;
}

function checkChanges(changes: ClaimChanges, context: ClaimContext): void {
  const { taxonomy, knownSourceIds, text } = context;
  if (changes.attribution !== undefined && !taxonomy.attributionTypes.some((t) => t.id === changes.attribution)) {
    throw new AppFailure('invalid-argument', `"${changes.attribution}" is not an attribution type of this library.`);
  }
  if (changes.status !== undefined && !taxonomy.statuses.some((t) => t.id === changes.status)) {
    throw new AppFailure('invalid-argument', `"${changes.status}" is not a verification status of this library.`);
  }
  for (const id of changes.sourceIds ?? []) {
    if (!knownSourceIds.has(id)) throw new AppFailure('invalid-argument', `Source ${id} is not in the source registry.`);
  }
  if (changes.sourceIds && new Set(changes.sourceIds).size !== changes.sourceIds.length) {
    throw new AppFailure('invalid-argument', 'A source is listed twice.');
  }
  if (changes.cue) {
    const problem = rangeProblem(text, changes.cue.start, changes.cue.end);
    if (problem) throw new AppFailure('invalid-argument', `Cue: ${problem}.`);
  }
  if (changes.target) {
    const problem = rangeProblem(text, changes.target.start, changes.target.end);
    if (problem) throw new AppFailure('invalid-argument', `Cannot attach the claim there: ${problem}.`);
  }
}

/** Why a whole claim record (restored by undo, or imported) does not fit a document, or null. */
export function claimProblem(claim: Claim, context: Omit<ClaimContext, 'at'>): string | null {
  const { text, taxonomy, knownSourceIds } = context;
  if (!taxonomy.statuses.some((t) => t.id === claim.status)) return `"${claim.status}" is not a verification status of this library`;
  if (!taxonomy.attributionTypes.some((t) => t.id === claim.attribution)) return `"${claim.attribution}" is not an attribution type of this library`;
  const unknown = claim.sourceIds.find((id) => !knownSourceIds.has(id));
  if (unknown) return `source ${unknown} is not in the source registry`;
  return placeProblem(claim, text);
}

/** Why a claim's recorded place does not fit a text (its quote or its cue is not there), or null. */
export function placeProblem(claim: Pick<Claim, 'anchor' | 'target' | 'cue'>, text: string): string | null {
  if (claim.anchor !== 'orphan' && text.slice(claim.target.start, claim.target.end) !== claim.target.exact) return 'its quote is not at its position in the text';
  if (claim.cue && text.slice(claim.cue.start, claim.cue.end) !== claim.cue.exact) return 'its cue is not at its position in the text';
  return null;
}

/** What makes two tags the same one: case and spacing are ignored ("Iraq" and "iraq"), as in a source's name. */
export function tagKey(tag: string): string {
  return sourceNameKey(tag);
}

/**
 * One spelling for each tag across many claims, the first one met: claims tagged "Iraq" and
 * "iraq" are counted, listed and filtered as one tag.
 */
export class TagSpellings {
  private readonly byKey = new Map<string, string>();

  of(tag: string): string {
    const key = tagKey(tag);
    let spelling = this.byKey.get(key);
    if (spelling === undefined) this.byKey.set(key, (spelling = tag.trim()));
    return spelling;
  }
}

/** Tags trimmed, each once whatever its case (the first spelling kept), none empty. */
export function uniqueTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  return tags.map((t) => t.trim()).filter((t) => t !== '' && !seen.has(tagKey(t)) && seen.add(tagKey(t)));
}

/**
 * The changes to the fields a researcher types into (sources, attribution, note, evidence, tags),
 * unchecked. The renderer shows them before the core confirms; the core checks them first.
 */
export function withTypedFields(claim: Claim, changes: ClaimChanges): Claim {
  const next: Claim = { ...claim };
  if (changes.sourceIds !== undefined) next.sourceIds = [...changes.sourceIds];
  if (changes.attribution !== undefined) next.attribution = changes.attribution;
  if (changes.note !== undefined) next.note = changes.note;
  if (changes.evidence !== undefined) next.evidence = changes.evidence.map((e) => ({ ...e }));
  if (changes.tags !== undefined) next.tags = uniqueTags(changes.tags);
  return next;
}

/** Applies changes to a claim; a status change is added to the claim's history. */
export function applyClaimChanges(claim: Claim, changes: ClaimChanges, context: ClaimContext): Claim {
  checkChanges(changes, context);
  const next: Claim = { ...withTypedFields(claim, changes), updatedAt: context.at };
  if (changes.cue !== undefined) next.cue = changes.cue ? spanAt(context.text, changes.cue.start, changes.cue.end) : null;
  if (changes.target !== undefined) {
    next.target = spanAt(context.text, changes.target.start, changes.target.end);
    next.anchor = 'exact';
  }
  if (changes.status !== undefined && changes.status !== claim.status) {
    next.status = changes.status;
    next.statusHistory = [...claim.statusHistory, { status: changes.status, at: context.at, note: changes.statusNote ?? '' }];
  }
  // the note on the change that gave the claim its status (an import's record of a version not kept is no change)
  const current = currentChangeIndex(next);
  if (changes.statusHistoryNote !== undefined && current !== -1) {
    const history = [...next.statusHistory];
    history[current] = { ...history[current]!, note: changes.statusHistoryNote };
    next.statusHistory = history;
  }
  return next;
}

/** A new claim on text[start, end), with defaults for every field the changes leave out. */
export function createClaim(start: number, end: number, changes: ClaimChanges, context: ClaimContext): Claim {
  const problem = rangeProblem(context.text, start, end);
  if (problem) throw new AppFailure('invalid-argument', `Cannot make a claim: ${problem}.`);
  checkChanges(changes, context);
  const status = changes.status ?? DEFAULT_STATUS;
  const base: Claim = {
    id: newId(),
    target: spanAt(context.text, start, end),
    anchor: 'exact',
    cue: null,
    sourceIds: [],
    attribution: DEFAULT_ATTRIBUTION,
    status,
    statusHistory: [{ status, at: context.at, note: changes.statusNote ?? '' }],
    note: '',
    evidence: [],
    tags: [],
    createdAt: context.at,
    updatedAt: context.at,
  };
  const { status: _status, statusNote: _note, ...rest } = changes;
  return applyClaimChanges(base, rest, context);
}
