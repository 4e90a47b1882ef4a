// What a save of the taxonomy did, for its step of the history: its name ("Remove the status
// “False”") and whether it may join the step before it. Typing in one entry's fields saves at
// each pause and is one step; adding, removing or reordering entries is always a step of its own.
import { TAXONOMY_LISTS, TAXONOMY_NOUNS, type Taxonomy, type TaxonomyEntry } from '@shared/domain/taxonomy';

export interface TaxonomyStep {
  label: string;
  /** the key of the one entry whose fields changed (saves of it in a row join), or null: never joins */
  joinKey: string | null;
}

const sameEntry = (a: TaxonomyEntry, b: TaxonomyEntry) => JSON.stringify(a) === JSON.stringify(b);

export function taxonomyStep(before: Taxonomy, after: Taxonomy): TaxonomyStep {
  const changes: TaxonomyStep[] = [];
  for (const list of TAXONOMY_LISTS) {
    const { one, many } = TAXONOMY_NOUNS[list];
    const was = new Map(before[list].map((e) => [e.id, e]));
    const now = new Map(after[list].map((e) => [e.id, e]));
    for (const entry of after[list]) if (!was.has(entry.id)) changes.push({ label: `Add the ${one} “${entry.label}”`, joinKey: null });
    for (const entry of before[list]) if (!now.has(entry.id)) changes.push({ label: `Remove the ${one} “${entry.label}”`, joinKey: null });
    const kept = (entries: readonly TaxonomyEntry[], other: Map<string, TaxonomyEntry>) => entries.filter((e) => other.has(e.id)).map((e) => e.id);
    if (kept(before[list], now).join() !== kept(after[list], was).join()) changes.push({ label: `Reorder the ${many}`, joinKey: null });
    for (const entry of after[list]) {
      const old = was.get(entry.id);
      if (old && !sameEntry(old, entry)) changes.push({ label: `Edit the ${one} “${entry.label}”`, joinKey: `taxonomy:${list}:${entry.id}` });
    }
  }
  if (changes.length === 1) return changes[0]!;
  return { label: 'Edit the taxonomy', joinKey: null };
}
