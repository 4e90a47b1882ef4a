// A suggestion's source name matched to the source registry: by name or alias, ignoring case,
// determiners, possessives and plural endings ("Reuters'", "the Ministry", "ministry's"); a new
// registry entry (name and kind) is proposed when nothing matches.
import type { Source } from '../domain/source';
import type { AttributionSuggestion } from './suggestion';

export type SourceMatch = { kind: 'existing'; sourceId: string } | { kind: 'new'; name: string; sourceKind: string };

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

/** The registry source the suggestion names, or a new one to create; null when it names no source. */
export function matchSource(suggestion: AttributionSuggestion, sources: readonly Source[]): SourceMatch | null {
  const name = suggestion.sourceName?.trim();
  if (name === undefined || name === '') return null;
  const key = sourceMatchKey(name);
  const written = suggestion.source === null ? null : sourceMatchKey(suggestion.source.text);
  for (const source of sources) {
    for (const candidate of [source.name, ...source.aliases]) {
      const candidateKey = sourceMatchKey(candidate);
      if (candidateKey === key || candidateKey === written) return { kind: 'existing', sourceId: source.id };
    }
  }
  // a surname alone ("Austin said") matches a person whose name ends with it
  if (!key.includes(' ') && suggestion.sourceKind === 'person') {
    const byLastName = sources.filter((s) => s.kind === 'person' && [s.name, ...s.aliases].some((n) => sourceMatchKey(n).split(' ').pop() === key));
    if (byLastName.length === 1) return { kind: 'existing', sourceId: byLastName[0]!.id };
  }
  return { kind: 'new', name, sourceKind: suggestion.sourceKind };
}
