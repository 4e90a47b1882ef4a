// The claim suggester's entry point: from a text (a document's text projection or a file's text as
// read) to attribution suggestions, sorted by where their content starts. Pure and synchronous.
import { assemble, resolveOverlaps } from './assemble';
import { english } from './lexicon/english';
import type { CueLexicon } from './lexicon/lexicon';
import { pairQuotes } from './quote-pairing';
import { quoteProposals } from './quote-rules';
import { type Proposal, type RuleInput, continuationProposals, sentenceProposals } from './rules';
import type { AttributionSuggestion } from './suggestion';
import { tokenize } from './tokenize';

const LEXICONS: Record<string, CueLexicon> = { en: english };

/** The languages the detector has a lexicon (and model) for. */
export const SUGGEST_LANGUAGES = Object.keys(LEXICONS);

/** Every rule proposal for the text, before overlaps are resolved (the tagger's features use these too). */
export function ruleProposals(text: string, lexicon: CueLexicon = english): { input: RuleInput; proposals: Proposal[] } {
  const input: RuleInput = { ...tokenize(text), text, quotes: pairQuotes(text), lexicon };
  const proposals = [...quoteProposals(input), ...input.sentences.flatMap((sentence) => sentenceProposals(input, sentence))];
  return { input, proposals };
}

/** Suggested attributions in `text`; an unsupported language gives none. */
export function detectAttributions(text: string, options?: { language?: string }): AttributionSuggestion[] {
  const lexicon = LEXICONS[options?.language ?? 'en'];
  if (lexicon === undefined || text.trim() === '') return [];
  const { input, proposals } = ruleProposals(text, lexicon);
  const kept = resolveOverlaps(proposals);
  return assemble(text, resolveOverlaps([...kept, ...continuationProposals(input, kept)]), lexicon);
}
