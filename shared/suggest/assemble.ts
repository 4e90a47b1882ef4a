// Proposals into suggestions: overlapping proposals resolved (best first), spans trimmed, the type,
// source kind and registry name decided, and pronoun sources resolved to the nearest named source.
import { attributionOf, isGenericSource, registryName, sourceKindOf } from './classify';
import type { CueLexicon } from './lexicon/lexicon';
import { personalName } from './person-name';
import type { Proposal, Span } from './rules';
import { SpanIndex } from './span-index';
import type { AttributionSuggestion, SuggestedSourceKind, TextRange } from './suggestion';

function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
}

/** Keeps the best proposals whose contents do not overlap (a kept one wins), in text order. */
export function resolveOverlaps(proposals: readonly Proposal[]): Proposal[] {
  const kept = new SpanIndex<Proposal>((p) => p.content);
  for (const proposal of [...proposals].sort((a, b) => b.score - a.score || a.content[0] - b.content[0])) {
    if (kept.find(proposal.content, (_, content) => overlap(content, proposal.content) > 0) !== undefined) continue;
    kept.add(proposal);
  }
  return kept.items();
}

function range(text: string, span: Span | null): TextRange | null {
  if (span === null) return null;
  let [start, end] = span;
  while (start < end && /\s/.test(text[start]!)) start += 1;
  while (end > start && /\s/.test(text[end - 1]!)) end -= 1;
  if (end <= start) return null;
  return { start, end, text: text.slice(start, end) };
}

/** Where the first "Firstname Surname" of the text ends (Infinity when none): a capitalised word, a space, the surname. */
function firstFullNameEnd(text: string, surname: string): number {
  for (let at = text.indexOf(` ${surname}`); at !== -1; at = text.indexOf(` ${surname}`, at + 1)) {
    const end = at + 1 + surname.length;
    if (end < text.length && /\w/.test(text[end]!)) continue;
    let wordStart = at;
    while (wordStart > 0 && /[\p{L}.-]/u.test(text[wordStart - 1]!)) wordStart -= 1;
    if (/\p{Lu}[\p{L}.-]+$/u.test(text.slice(wordStart, at))) return end;
  }
  return Infinity;
}

/**
 * Whether the text names someone with a surname before an offset ("Police Chief Ramon Esquivel" before
 * "Esquivel said"): each surname's first full name found once, not the text searched again per source.
 */
function fullNameFinder(text: string): (surname: string, before: number) => boolean {
  const firstEnd = new Map<string, number>();
  return (surname, before) => {
    let end = firstEnd.get(surname);
    if (end === undefined) {
      end = firstFullNameEnd(text, surname);
      firstEnd.set(surname, end);
    }
    return end <= before;
  };
}

interface NamedSource {
  name: string;
  kind: SuggestedSourceKind;
  /** the words the text gave the source where it was named, lower case ("finance", "minister", "daniel", "reyes") */
  words?: ReadonlySet<string>;
  /** whether the name names no one in particular (isGenericSource), found the first time it is asked */
  generic?: boolean;
}

const isBody = (kind: SuggestedSourceKind) => kind === 'organization' || kind === 'government';

/** A body perhaps referred back to with a definite noun ("the company", "The ministry", "the carmaker"): the noun, or null. */
function bodyReference(written: string): string | null {
  return /^[Tt]he\s+([a-z-]+)$/.exec(written.trim())?.[1] ?? null;
}

/** A definite role with no name ("the minister", "the finance minister"): its words (the role noun last), or null. */
function roleReference(written: string, lexicon: CueLexicon): string[] | null {
  const words = /^[Tt]he\s+(?:([a-z-]+)\s+)?([a-z-]+)$/.exec(written.trim());
  return words && lexicon.roleNouns.has(words[2]!) ? words.slice(1).filter((w): w is string => w !== undefined) : null;
}

const lowerWords = (written: string) => new Set(written.toLowerCase().split(/[^\p{L}\p{N}-]+/u).filter((w) => w !== ''));

/** The sources named so far, in order, with the first person of each surname ("Ramon Esquivel" for "Esquivel") at hand. */
class NamedSources {
  readonly all: NamedSource[] = [];
  private readonly personBySurname = new Map<string, NamedSource>();

  add(source: NamedSource): void {
    this.all.push(source);
    const surname = source.name.split(' ').slice(-1)[0]!.toLowerCase();
    if (source.kind === 'person' && !this.personBySurname.has(surname)) this.personBySurname.set(surname, source);
  }

  /**
   * The nearest earlier person the text gave this role, with every word of it ("the finance
   * minister" is "Finance Minister Daniel Reyes"; "the defence minister" is someone else).
   */
  personWithRole(role: readonly string[]): NamedSource | undefined {
    for (let index = this.all.length - 1; index >= 0; index -= 1) {
      const candidate = this.all[index]!;
      if (candidate.kind === 'person' && role.every((word) => candidate.words?.has(word))) return candidate;
    }
    return undefined;
  }

  /** The first body named before whose name begins with these words ("Vantara" is "Vantara Motors"). */
  bodyNamed(name: string): NamedSource | undefined {
    const start = `${name.toLowerCase()} `;
    return this.all.find((candidate) => isBody(candidate.kind) && candidate.name.toLowerCase().startsWith(start));
  }

  /**
   * The nearest earlier body a definite noun refers back to: "the company" or "the group" is the
   * last organisation named; "the union", "the regulator" or "the ministry" only a body the text
   * named or described with that word ("the carmaker" after "German carmaker Vantara Motors").
   */
  bodyReferredTo(noun: string, lexicon: CueLexicon): NamedSource | undefined {
    const plain = lexicon.plainBodyNouns.has(noun);
    for (let index = this.all.length - 1; index >= 0; index -= 1) {
      const candidate = this.all[index]!;
      if (!isBody(candidate.kind)) continue;
      // (a name of no one in particular, "company" or "police", is no body to refer back to)
      candidate.generic ??= isGenericSource(candidate.name, candidate.kind, lexicon);
      if (candidate.generic) continue;
      if (plain ? candidate.kind === 'organization' : (candidate.words?.has(noun) ?? false)) return candidate;
    }
    return undefined;
  }

  /** The first person named with this surname (or name) before. */
  personNamed(name: string): NamedSource | undefined {
    return this.personBySurname.get(name.toLowerCase());
  }

  /** The nearest earlier source a pronoun of this kind may stand for. */
  antecedentOf(pronoun: 'person' | 'group' | 'any'): NamedSource | undefined {
    for (let index = this.all.length - 1; index >= 0; index -= 1) {
      const candidate = this.all[index]!;
      if (pronoun === 'any' || (pronoun === 'person' ? candidate.kind === 'person' : candidate.kind !== 'person')) return candidate;
    }
    return undefined;
  }
}

/** `read`, answered once for each key (its arguments' `key`). */
function memoized<A extends unknown[], T>(key: (...args: A) => string, read: (...args: A) => T): (...args: A) => T {
  const answers = new Map<string, T>();
  return (...args) => {
    const at = key(...args);
    let answer = answers.get(at);
    if (answer === undefined) {
      answer = read(...args);
      answers.set(at, answer);
    }
    return answer;
  };
}

/** Suggestions for the kept proposals, with pronouns resolved to the nearest earlier named source. */
export function assemble(text: string, proposals: readonly Proposal[], lexicon: CueLexicon): AttributionSuggestion[] {
  const suggestions: AttributionSuggestion[] = [];
  const suggestionByStart = new Map<number, AttributionSuggestion>();
  const named = new NamedSources();
  const namedEarlier = fullNameFinder(text);
  // the same words name a source many times in an article ("Reyes", "the ministry"): read once
  const kindOf = memoized((written: string) => written, (written) => sourceKindOf(written, lexicon));
  const nameOf = memoized((written: string, kind: SuggestedSourceKind) => `${kind} ${written}`, (written, kind) => registryName(written, kind, lexicon));
  const referredBody = (written: string) => {
    const noun = bodyReference(written);
    return noun === null ? undefined : named.bodyReferredTo(noun, lexicon);
  };
  for (const proposal of proposals) {
    const content = range(text, proposal.content);
    if (content === null) continue;
    const source = range(text, proposal.source);
    let sourceName: string | null = null;
    let sourceKind = source === null ? 'other' : kindOf(source.text);
    const pronoun = source === null ? undefined : lexicon.pronouns.get(source.text.toLowerCase());
    const role = source === null ? null : roleReference(source.text, lexicon);
    const titled = role === null ? undefined : named.personWithRole(role);
    const referred = source === null ? undefined : referredBody(source.text);
    if (pronoun !== undefined) {
      const antecedent = named.antecedentOf(pronoun);
      sourceName = antecedent?.name ?? null;
      sourceKind = antecedent?.kind ?? sourceKind;
    } else if (titled !== undefined) {
      // "the minister" after "Finance Minister Daniel Reyes": that person, not a new source named "minister"
      sourceName = titled.name;
      sourceKind = 'person';
      named.add(titled);
    } else if (referred !== undefined) {
      // "the company" after "Vantara Motors": that company, not a new source named "company"
      sourceName = referred.name;
      sourceKind = referred.kind;
      named.add(referred);
    } else if (source !== null) {
      sourceName = nameOf(source.text, sourceKind);
      // a body's first word or words ("Vantara" after "Vantara Motors"): that body
      const fuller = isBody(sourceKind) && /^\p{Lu}\S*(?: \p{Lu}\S*)?$/u.test(sourceName) ? named.bodyNamed(sourceName) : undefined;
      if (fuller !== undefined) {
        sourceName = fuller.name;
        sourceKind = fuller.kind;
      }
      // a surname alone: a person when the text names someone with it before ("Police Chief Ramon Esquivel ... Esquivel said")
      if (sourceKind === 'organization' && /^\p{Lu}[\p{L}-]+$/u.test(sourceName) && namedEarlier(sourceName, source.start)) sourceKind = 'person';
      // "Hollis" or "Mr Hollis" after "Councillor Debra Hollis": that person
      const untitled = personalName(sourceName, lexicon);
      const earlier = named.personNamed(untitled.includes(' ') ? sourceName : untitled);
      if (earlier !== undefined) {
        sourceName = earlier.name;
        sourceKind = 'person';
      }
      named.add({ name: sourceName, kind: sourceKind, words: lowerWords(source.text) });
    }
    const carried = proposal.continues === undefined ? undefined : suggestionByStart.get(proposal.continues.content[0]);
    if (carried !== undefined) {
      sourceName = carried.sourceName;
      sourceKind = carried.sourceKind;
    } else if (source === null && proposal.rule === 'quote' && named.all.length > 0) {
      const last = named.all[named.all.length - 1]!;
      sourceName = last.name;
      sourceKind = last.kind;
    }
    const agentless = source === null && carried === undefined && proposal.rule !== 'quote' && proposal.rule !== 'tagger';
    const suggestion: AttributionSuggestion = {
      content,
      source,
      cue: range(text, proposal.cue),
      attribution: agentless ? 'other' : attributionOf(content.text, source?.text ?? null, sourceKind, proposal.cueLemma, lexicon),
      sourceName,
      sourceKind,
      confidence: Math.round(Math.min(1, Math.max(0, proposal.score)) * 1000) / 1000,
    };
    suggestions.push(suggestion);
    if (!suggestionByStart.has(content.start)) suggestionByStart.set(content.start, suggestion);
  }
  return suggestions;
}
