// Proposals into suggestions: overlapping proposals resolved (best first), spans trimmed, the type,
// source kind and registry name decided, and pronoun sources resolved to the nearest named source.
import { attributionOf, registryName, sourceKindOf } from './classify';
import type { CueLexicon } from './lexicon/lexicon';
import type { Proposal, Span } from './rules';
import type { AttributionSuggestion, TextRange } from './suggestion';

function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
}

/** Keeps the best proposals whose contents do not overlap (a kept one wins), in text order. */
export function resolveOverlaps(proposals: readonly Proposal[]): Proposal[] {
  const kept: Proposal[] = [];
  for (const proposal of [...proposals].sort((a, b) => b.score - a.score || a.content[0] - b.content[0])) {
    if (kept.some((k) => overlap(k.content, proposal.content) > 0)) continue;
    kept.push(proposal);
  }
  return kept.sort((a, b) => a.content[0] - b.content[0]);
}

function range(text: string, span: Span | null): TextRange | null {
  if (span === null) return null;
  let [start, end] = span;
  while (start < end && /\s/.test(text[start]!)) start += 1;
  while (end > start && /\s/.test(text[end - 1]!)) end -= 1;
  if (end <= start) return null;
  return { start, end, text: text.slice(start, end) };
}

/** Suggestions for the kept proposals, with pronouns resolved to the nearest earlier named source. */
export function assemble(text: string, proposals: readonly Proposal[], lexicon: CueLexicon): AttributionSuggestion[] {
  const suggestions: AttributionSuggestion[] = [];
  const named: { name: string; kind: string }[] = [];
  for (const proposal of proposals) {
    const content = range(text, proposal.content);
    if (content === null) continue;
    const source = range(text, proposal.source);
    let sourceName: string | null = null;
    let sourceKind = source === null ? 'other' : sourceKindOf(source.text, lexicon);
    const pronoun = source === null ? undefined : lexicon.pronouns.get(source.text.toLowerCase());
    if (pronoun !== undefined) {
      const antecedent = [...named].reverse().find((n) => pronoun === 'any' || (pronoun === 'person' ? n.kind === 'person' : n.kind !== 'person'));
      sourceName = antecedent?.name ?? null;
      sourceKind = (antecedent?.kind ?? sourceKind) as typeof sourceKind;
    } else if (source !== null) {
      sourceName = registryName(source.text, sourceKind, lexicon);
      // a surname alone: a person when the text names someone with it before ("Police Chief Ramon Esquivel ... Esquivel said")
      if (sourceKind === 'organization' && /^\p{Lu}[\p{L}-]+$/u.test(sourceName) && new RegExp(`\\p{Lu}[\\p{L}.-]+ ${sourceName}\\b`, 'u').test(text.slice(0, source.start))) sourceKind = 'person';
      const earlier = named.find((n) => n.kind === 'person' && sourceName !== null && n.name.split(' ').slice(-1)[0]?.toLowerCase() === sourceName.toLowerCase().replace(/^al-/, 'al-'));
      if (earlier !== undefined) {
        sourceName = earlier.name;
        sourceKind = 'person';
      }
      named.push({ name: sourceName, kind: sourceKind });
    }
    const carried = proposal.continues === undefined ? undefined : suggestions.find((s) => s.content.start === proposal.continues!.content[0]);
    if (carried !== undefined) {
      sourceName = carried.sourceName;
      sourceKind = carried.sourceKind;
    } else if (source === null && proposal.rule === 'quote' && named.length > 0) {
      const last = named[named.length - 1]!;
      sourceName = last.name;
      sourceKind = last.kind as typeof sourceKind;
    }
    const agentless = source === null && carried === undefined && proposal.rule !== 'quote' && proposal.rule !== 'tagger';
    suggestions.push({
      content,
      source,
      cue: range(text, proposal.cue),
      attribution: agentless ? 'other' : attributionOf(content.text, source?.text ?? null, sourceKind, proposal.cueLemma, lexicon),
      sourceName,
      sourceKind,
      confidence: Math.round(Math.min(1, Math.max(0, proposal.score)) * 1000) / 1000,
    });
  }
  return suggestions;
}
