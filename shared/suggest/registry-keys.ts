// The source registry keyed for matching suggested names: each name and alias as its match key
// (case, determiner, possessive and inflection left out), and each person's name without titles
// and its surname. Built once for a document's suggestions: matched one by one against the plain
// list, every registry name was keyed again for every suggestion.
import type { Source } from '../domain/source';
import type { CueLexicon } from './lexicon/lexicon';
import { personalName } from './person-name';

const DETERMINER = /^(?:the|a|an)\s+/;

/** One word without case, possessive or a plural/inflection ending ("ministries" -> "ministr"). */
function wordKey(word: string): string {
  const bare = word.replace(/['\u2019]s?$/, '');
  if (bare.length <= 3) return bare;
  return bare.replace(/(?:ies|es|s)$/, (ending) => (ending === 'ies' ? 'y' : '')).replace(/y$/, 'y');
}

/** The key two names share when they differ only in case, spacing, determiner, possessive or inflection. */
export function sourceMatchKey(name: string): string {
  const words = name
    .normalize('NFKC')
    .toLocaleLowerCase()
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/[.,;:"\u201C\u201D()]/g, ' ')
    .trim()
    .replace(DETERMINER, '')
    .split(/\s+/)
    .filter((w) => w !== '');
  return words.map(wordKey).join(' ');
}

const namesOf = (source: Source) => [source.name, ...source.aliases];

/** Adds to a map only a key it lacks: the first source in the registry's order keeps it. */
function keepFirst<V>(map: Map<string, V>, key: string, value: V): void {
  if (!map.has(key)) map.set(key, value);
}

export class RegistryKeys {
  private readonly byId = new Map<string, Source>();
  private readonly order = new Map<Source, number>();
  /** name or alias key: the first source with it */
  private readonly byName = new Map<string, Source>();
  private readonly byAlias = new Map<string, Source>();
  /** a person's name without titles, as a key: the first person with it */
  private readonly byPersonalName = new Map<string, Source>();
  /** the last word of a person's name without titles: every person with it */
  private readonly bySurname = new Map<string, Set<Source>>();

  constructor(
    sources: readonly Source[],
    private readonly lexicon: CueLexicon,
  ) {
    sources.forEach((source, index) => {
      this.byId.set(source.id, source);
      this.order.set(source, index);
      for (const name of namesOf(source)) keepFirst(this.byName, sourceMatchKey(name), source);
      for (const alias of source.aliases) keepFirst(this.byAlias, sourceMatchKey(alias), source);
      if (source.kind !== 'person') return;
      for (const name of namesOf(source)) {
        const key = this.personalKey(name);
        keepFirst(this.byPersonalName, key, source);
        const surname = key.split(' ').pop()!;
        this.bySurname.set(surname, (this.bySurname.get(surname) ?? new Set()).add(source));
      }
    });
  }

  /** A person's name as a key, without the titles before it ("Councillor Debra Hollis": "debra holli"). */
  personalKey(name: string): string {
    return sourceMatchKey(personalName(name, this.lexicon));
  }

  source(id: string): Source | undefined {
    return this.byId.get(id);
  }

  /** Of the sources with a name or alias of any of these keys, the first in the registry. */
  named(...keys: ReadonlyArray<string | null>): Source | undefined {
    let first: Source | undefined;
    for (const key of keys) {
      const found = key === null ? undefined : this.byName.get(key);
      if (found !== undefined && (first === undefined || this.order.get(found)! < this.order.get(first)!)) first = found;
    }
    return first;
  }

  aliased(key: string): Source | undefined {
    return this.byAlias.get(key);
  }

  personNamed(personalKey: string): Source | undefined {
    return this.byPersonalName.get(personalKey);
  }

  /** The one person whose name ends with this surname, if only one does. */
  onlyPersonWithSurname(surname: string): Source | undefined {
    const people = this.bySurname.get(surname);
    return people?.size === 1 ? [...people][0] : undefined;
  }
}
