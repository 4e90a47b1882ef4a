// A suggestion's source name matched to the source registry: by name or alias, ignoring case,
// determiners, possessives and plural endings ("Reuters'", "the Ministry", "ministry's"), and a
// person also without titles ("Mr Hollis" is Debra Hollis). A name that names no one in particular
// ("police", "officials") is a source of its own article: one its claims already cite, else a new
// one named with the article's title. A new registry entry (name and kind) is proposed when
// nothing matches, a person's without the titles before the name.
import { articleSourceName, nameWithoutArticle } from '../domain/article-source';
import type { Source } from '../domain/source';
import { isGenericSource } from './classify';
import { english } from './lexicon/english';
import type { CueLexicon } from './lexicon/lexicon';
import { personalName } from './person-name';
import { RegistryKeys, sourceMatchKey } from './registry-keys';
import type { AttributionSuggestion } from './suggestion';

/** `forArticle`: a new source of the article's own, for a name of no one in particular. */
export type SourceMatch = { kind: 'existing'; sourceId: string } | { kind: 'new'; name: string; sourceKind: string; forArticle?: true };

/** The article a suggestion is in: its title, and the sources its claims cite. */
export interface SuggestionDocument {
  title: string;
  citedSourceIds: ReadonlySet<string>;
}

/** The registry source a named source is: by name, alias or the words as written; a person also by the name without titles, or by a surname the one person has. */
function findNamed(suggestion: AttributionSuggestion, name: string, registry: RegistryKeys): Source | undefined {
  const written = suggestion.source === null ? null : sourceMatchKey(suggestion.source.text);
  const byName = registry.named(sourceMatchKey(name), written);
  if (byName !== undefined || suggestion.sourceKind !== 'person') return byName;
  const untitled = registry.personalKey(name);
  const sameName = registry.personNamed(untitled);
  if (sameName !== undefined || untitled.includes(' ')) return sameName;
  // a surname alone ("Austin said", "Mr Hollis") matches the one person whose name ends with it
  return registry.onlyPersonWithSurname(untitled);
}

/** A generic name as a name within a sentence ("Officials" at a sentence's start is "officials"; "US officials" stays). */
function inSentenceCase(name: string, lexicon: CueLexicon): string {
  const first = name.split(' ')[0]!;
  return /^\p{Lu}\p{Ll}/u.test(first) && isGenericSource(first, 'other', lexicon) ? name.charAt(0).toLocaleLowerCase() + name.slice(1) : name;
}

/**
 * The source a generic name stands for in its article: a source the user gave that name as an
 * alias (an alias is their word that the name means that source, in any article); else the one
 * source the article's claims cite whose name holds its words ("police" is the "Kenyan police"
 * cited); else the article's own, named with its title ("police (Kenya floods displace…)").
 */
function matchGeneric(name: string, kind: string, registry: RegistryKeys, document: SuggestionDocument, lexicon: CueLexicon): SourceMatch {
  const key = sourceMatchKey(name);
  const byAlias = registry.aliased(key);
  if (byAlias !== undefined) return { kind: 'existing', sourceId: byAlias.id };
  const words = key.split(' ');
  // (a name without its article's title: "officials" is not the "police (Officials say…)" of an article so titled)
  const holdsWords = (n: string) => {
    const nameWords = new Set(sourceMatchKey(nameWithoutArticle(n, document.title)).split(' '));
    return words.every((w) => nameWords.has(w));
  };
  const cited = [...document.citedSourceIds].flatMap((id) => registry.source(id) ?? []).filter((s) => [s.name, ...s.aliases].some(holdsWords));
  if (cited.length === 1) return { kind: 'existing', sourceId: cited[0]!.id };
  const qualified = articleSourceName(inSentenceCase(name, lexicon), document.title);
  const made = registry.named(sourceMatchKey(qualified));
  return made === undefined ? { kind: 'new', name: qualified, sourceKind: kind, forArticle: true } : { kind: 'existing', sourceId: made.id };
}

/**
 * Whether the text writes a common noun as a name: capitalised after the first word ("The Times",
 * "the Senate", "the Ministry"), as news style capitalises one body in particular. An unnamed
 * source is never one.
 */
function writtenAsProperName(suggestion: AttributionSuggestion): boolean {
  if (suggestion.sourceKind === 'anonymous' || suggestion.source === null) return false;
  return suggestion.source.text.trim().split(/\s+/).slice(1).some((word) => /^\p{Lu}\p{Ll}/u.test(word));
}

/**
 * The registry source the suggestion names, or a new one to create; null when it names no source.
 * Without `document`, a generic name is matched as any other (by name across the registry). Many
 * suggestions are matched against one RegistryKeys; a list of sources is keyed for the one.
 */
export function matchSource(suggestion: AttributionSuggestion, sources: RegistryKeys | readonly Source[], document?: SuggestionDocument, lexicon: CueLexicon = english): SourceMatch | null {
  const name = suggestion.sourceName?.trim();
  if (name === undefined || name === '') return null;
  const registry = sources instanceof RegistryKeys ? sources : new RegistryKeys(sources, lexicon);
  if (document !== undefined && isGenericSource(name, suggestion.sourceKind, lexicon) && !writtenAsProperName(suggestion)) return matchGeneric(name, suggestion.sourceKind, registry, document, lexicon);
  const found = findNamed(suggestion, name, registry);
  return found === undefined ? { kind: 'new', name: newSourceName(name, suggestion.sourceKind, lexicon), sourceKind: suggestion.sourceKind } : { kind: 'existing', sourceId: found.id };
}

/**
 * A new source's name: a person's full name without the titles written before it ("Director
 * Anthony Fauci" is Anthony Fauci, the name the next article's "Dr Fauci" will find); a surname
 * alone keeps its title ("Mr Hollis"), the text's only name for that person.
 */
function newSourceName(name: string, kind: string, lexicon: CueLexicon): string {
  if (kind !== 'person') return name;
  const personal = personalName(name, lexicon);
  return personal.includes(' ') ? personal : name;
}
