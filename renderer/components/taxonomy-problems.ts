// What in a taxonomy being edited cannot be saved, entry by entry and in plain words ("Shortcut K
// for “Partly true” is already used by the workspace (J and K move between claims)"), and the
// part of the edit that can be saved meanwhile: everything but the fields with a problem.
import { TAXONOMY_LISTS, TAXONOMY_NOUNS, TaxonomySchema, type RESERVED_KEYS, type Taxonomy, type TaxonomyEntry, type TaxonomyName } from '@shared/domain/taxonomy';

export type EntryField = 'label' | 'key';

export interface TaxonomyProblem {
  list: TaxonomyName;
  entryId: string;
  field: EntryField;
  message: string;
}

const LISTS = TAXONOMY_LISTS;

/** What each key the workspace keeps for itself does there. */
const RESERVED_KEY_USES: Record<(typeof RESERVED_KEYS)[number], string> = {
  a: 'A makes the selected words the claim’s cue',
  c: 'C makes a claim of the selected words',
  e: 'E opens the claim’s evidence',
  g: 'G opens the claim’s tags',
  j: 'J and K move between claims',
  k: 'J and K move between claims',
  n: 'N opens the claim’s note',
  r: 'R re-attaches a claim to the selected words',
  s: 'S opens the claim’s sources',
  '?': '? lists the keys',
};

const isReserved = (key: string): key is keyof typeof RESERVED_KEY_USES => Object.hasOwn(RESERVED_KEY_USES, key);
const shortcut = (key: string) => `Shortcut ${key.toUpperCase()}`;

/** Whether the entry had this key before the edit (it keeps it; a newcomer is told). */
function heldBefore(saved: Taxonomy, list: TaxonomyName, entryId: string, key: string): boolean {
  return saved[list].some((e) => e.id === entryId && e.key === key);
}

function keyProblems(draft: Taxonomy, saved: Taxonomy): TaxonomyProblem[] {
  const problems: TaxonomyProblem[] = [];
  // status and attribution keys share one keymap
  const keyed = (['statuses', 'attributionTypes'] as const).flatMap((list) => draft[list].map((entry) => ({ list, entry })));
  // who keeps each key taken twice: the entry that had it before the edit, else the first
  const keyOwner = new Map<string, { list: TaxonomyName; entry: TaxonomyEntry }>();
  for (const holder of keyed) {
    const { key } = holder.entry;
    if (key === '' || !/^[a-z0-9]$/.test(key) || isReserved(key)) continue;
    if (!keyOwner.has(key) || heldBefore(saved, holder.list, holder.entry.id, key)) keyOwner.set(key, holder);
  }
  for (const { list, entry } of [...keyed, ...draft.sourceKinds.map((entry) => ({ list: 'sourceKinds' as const, entry }))]) {
    const { key, label } = entry;
    const problem = (message: string) => problems.push({ list, entryId: entry.id, field: 'key', message });
    if (key === '') continue;
    if (!/^[a-z0-9]$/.test(key)) problem(`${shortcut(key)} for “${label}” cannot be used: a shortcut is one letter (a–z) or digit.`);
    else if (isReserved(key)) problem(`${shortcut(key)} for “${label}” is already used by the workspace (${RESERVED_KEY_USES[key]}).`);
    else if (list === 'sourceKinds') problem(`A source kind has no shortcut: clear ${key.toUpperCase()} for “${label}”.`);
    else {
      const holder = keyOwner.get(key)!;
      if (holder.entry.id !== entry.id || holder.list !== list) problem(`${shortcut(key)} for “${label}” is already used by the ${TAXONOMY_NOUNS[holder.list].one} “${holder.entry.label}”.`);
    }
  }
  return problems;
}

/** Every problem of the draft, said so that the user knows which entry and what to do. */
export function taxonomyProblems(draft: Taxonomy, saved: Taxonomy): TaxonomyProblem[] {
  const problems: TaxonomyProblem[] = [];
  for (const list of LISTS) {
    for (const entry of draft[list]) {
      const before = saved[list].find((e) => e.id === entry.id)?.label;
      if (entry.label.trim() === '') problems.push({ list, entryId: entry.id, field: 'label', message: `A ${TAXONOMY_NOUNS[list].one} needs a name${before ? ` (it was “${before}”)` : ''}.` });
      else if (entry.label.trim().length > 60) problems.push({ list, entryId: entry.id, field: 'label', message: `The name of a ${TAXONOMY_NOUNS[list].one} is at most 60 characters.` });
    }
  }
  return [...problems, ...keyProblems(draft, saved)];
}

/** The problem of one field of one entry, if it has one. */
export function problemOf(problems: readonly TaxonomyProblem[], list: TaxonomyName, entryId: string, field: EntryField): string | undefined {
  return problems.find((p) => p.list === list && p.entryId === entryId && p.field === field)?.message;
}

/**
 * The taxonomy to save now: the draft with each field that has a problem as it is saved (a new
 * entry's bad key left empty), so one bad key does not hold back a renamed status. Null when
 * even that is not valid.
 */
export function savableTaxonomy(draft: Taxonomy, saved: Taxonomy): Taxonomy | null {
  let candidate = draft;
  // putting back one saved key can clash with another edit; a few rounds settle it
  for (let round = 0; round < 4; round++) {
    const problems = taxonomyProblems(candidate, saved);
    if (problems.length === 0) break;
    const revert = (list: TaxonomyName, entry: TaxonomyEntry): TaxonomyEntry => {
      const before = saved[list].find((e) => e.id === entry.id);
      const fields = problems.filter((p) => p.list === list && p.entryId === entry.id).map((p) => p.field);
      if (fields.length === 0) return entry;
      return { ...entry, ...(fields.includes('label') ? { label: before?.label ?? entry.id } : {}), ...(fields.includes('key') ? { key: before?.key ?? '' } : {}) };
    };
    candidate = { statuses: candidate.statuses.map((e) => revert('statuses', e)), attributionTypes: candidate.attributionTypes.map((e) => revert('attributionTypes', e)), sourceKinds: candidate.sourceKinds.map((e) => revert('sourceKinds', e)) };
  }
  return TaxonomySchema.safeParse(candidate).success ? candidate : null;
}

/**
 * The draft with the entries it removed put back where they were in the saved taxonomy: the core
 * refused the removal (a claim or source uses one), so the screen must not show them gone.
 */
export function withRemovedPutBack(draft: Taxonomy, saved: Taxonomy): Taxonomy {
  const next = { ...draft };
  for (const list of LISTS) {
    const entries = [...draft[list]];
    saved[list].forEach((entry, index) => {
      if (!entries.some((e) => e.id === entry.id)) entries.splice(Math.min(index, entries.length), 0, entry);
    });
    next[list] = entries;
  }
  return next;
}

const sameEntry = (a: TaxonomyEntry, b: TaxonomyEntry) => a.label === b.label && a.color === b.color && a.description === b.description && a.key === b.key;

/**
 * The draft once the saved taxonomy went from `before` to `after` outside the editor (an Undo): an
 * entry the user has not touched follows the saved one (comes back, goes, changes), an entry the
 * user has changed, added or removed keeps what the user did. Without this, the next save of the
 * draft would write the undone values back.
 */
export function rebaseTaxonomyDraft(draft: Taxonomy, before: Taxonomy, after: Taxonomy): Taxonomy {
  const next = { ...draft };
  for (const list of LISTS) {
    const byId = (entries: readonly TaxonomyEntry[]) => new Map(entries.map((e) => [e.id, e]));
    const drafted = byId(draft[list]);
    const was = byId(before[list]);
    const now = byId(after[list]);
    const entries: TaxonomyEntry[] = [];
    for (const entry of after[list]) {
      const mine = drafted.get(entry.id);
      const old = was.get(entry.id);
      if (mine && old) entries.push(sameEntry(mine, old) ? entry : mine);
      else if (mine) entries.push(mine);
      // in the draft no more, but saved before: the user removed it, and it stays removed
      else if (!old) entries.push(entry);
    }
    for (const mine of draft[list]) {
      if (now.has(mine.id)) continue;
      const old = was.get(mine.id);
      // gone from the saved taxonomy: it goes from the draft too, unless the user added or changed it
      if (!old || !sameEntry(mine, old)) entries.push(mine);
    }
    next[list] = entries;
  }
  return next;
}
