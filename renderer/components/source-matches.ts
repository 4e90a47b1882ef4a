// What the source picker offers for a typed name: the registry's sources whose name or alias holds
// what was typed (those that start with it first), then those whose every name word was typed
// ("Alcantara" for "Teresa Alcantara"), or the person typed with a title ("Mr Reyes" for Tomas
// Reyes), which may be the same one; and the kind a new source of that name probably is, from the
// claim suggester's reading of source names.
import { sourceNameKey, type Source } from '@shared/domain/source';
import type { Taxonomy } from '@shared/domain/taxonomy';
import { english } from '@shared/suggest/lexicon/english';
import { sourceKindOf } from '@shared/suggest/classify';
import { personalName } from '@shared/suggest/person-name';

const wordsOf = (key: string) => key.split(/[\s,.'\u2019()-]+/).filter((w) => w.length >= 3);

export interface SourceMatches {
  /** names or aliases holding what was typed, best first */
  containing: Source[];
  /** names or aliases all of whose words were typed, not among `containing` */
  sharingWords: Source[];
}

/**
 * Courtesy titles and offices written before a person's name in the languages researchers annotate
 * besides English (the suggester's English lexicon knows "Mr", "Dr", "Minister"…), accents folded,
 * without a final period.
 */
const OTHER_TITLES = new Set(
  ['m', 'mme', 'mmes', 'mlle', 'madame', 'mademoiselle', 'monsieur', 'messieurs', 'me', 'maitre', 'docteur', 'pr', 'professeur', 'president', 'presidente', 'ministre', 'general', 'senateur', 'depute', 'deputee', 'maire', 'herr', 'frau', 'prasident', 'prasidentin', 'ministerin', 'kanzler', 'kanzlerin', 'sr', 'sra', 'srta', 'senor', 'senora', 'senorita', 'don', 'dona', 'ministro', 'ministra', 'alcalde', 'alcaldesa', 'diputado', 'diputada', 'sig', 'signor', 'signora', 'dott', 'dottoressa', 'onorevole', 'senhor', 'senhora'],
);

/** The name without the titles of OTHER_TITLES written before it ("Mme Élisabeth Borne", "Herr Müller"); the last word always stays. */
function withoutTitles(name: string): string {
  const words = name.trim().split(/\s+/);
  let first = 0;
  while (first < words.length - 1 && OTHER_TITLES.has(sourceNameKey(words[first]!).replace(/\.$/, ''))) first += 1;
  return words.slice(first).join(' ');
}

/** Whether a name ends with the words of another ("abu alaa al-walai" with "walai", "al-walai" or "alaa al-walai"). */
const endsWithName = (name: string, end: string) => name === end || name.endsWith(` ${end}`) || name.endsWith(`-${end}`);

export function matchSources(sources: readonly Source[], typed: string, excluded: readonly string[], limit: number): SourceMatches {
  const key = sourceNameKey(typed);
  if (key === '') return { containing: [], sharingWords: [] };
  const typedWords = new Set(wordsOf(key));
  const names = (s: Source) => [s.name, ...s.aliases].map(sourceNameKey);
  const candidates = sources.filter((s) => !excluded.includes(s.id));
  // a person typed with a title the registry's name lacks ("Mr Reyes", "Dr Hollis", "Mme Borne"):
  // found by the name without it, after the names that hold what was typed
  const untitled = sourceNameKey(personalName(withoutTitles(typed), english));
  const titled = untitled !== key && untitled !== '';
  const rank = (s: Source) => (names(s).some((n) => n.startsWith(key)) ? 0 : names(s).some((n) => n.includes(key)) ? 1 : 2);
  const containing = candidates
    .filter((s) => names(s).some((n) => n.includes(key)) || (titled && s.kind === 'person' && names(s).some((n) => endsWithName(n, untitled))))
    .sort((a, b) => rank(a) - rank(b))
    .slice(0, limit);
  const sharingWords = candidates
    .filter((s) => !containing.includes(s) && names(s).some((n) => wordsOf(n).length > 0 && wordsOf(n).every((w) => typedWords.has(w))))
    .slice(0, Math.max(0, limit - containing.length));
  return { containing, sharingWords };
}

/** Whether `word` is the surname of a person of the registry ("Reyes" of "Finance Minister Daniel Reyes", "Walai" of "al-Walai"). */
function isKnownSurname(word: string, sources: readonly Source[]): boolean {
  const key = word.toLocaleLowerCase();
  return sources.some((s) => s.kind === 'person' && [s.name, ...s.aliases].some((n) => {
    const last = n.trim().split(/\s+/).at(-1)?.toLocaleLowerCase() ?? '';
    return last === key || last.split('-').at(-1) === key;
  }));
}

/**
 * The kind a new source named `name` probably is, among the taxonomy's kinds (its last, "Other",
 * when unsure): as the suggester reads names, and a person when one word is the surname of a
 * person the registry has (alone, "Reyes" would read as an organisation's name).
 */
export function guessSourceKind(name: string, taxonomy: Taxonomy, sources: readonly Source[] = []): string {
  const fallback = taxonomy.sourceKinds.some((k) => k.id === 'other') ? 'other' : (taxonomy.sourceKinds.at(-1)?.id ?? 'other');
  const typed = name.trim();
  if (typed === '') return fallback;
  const guessed = /^[\p{L}'’-]+$/u.test(typed) && isKnownSurname(typed, sources) ? 'person' : sourceKindOf(typed, english);
  return taxonomy.sourceKinds.some((k) => k.id === guessed) ? guessed : fallback;
}
