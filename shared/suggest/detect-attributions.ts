// The claim suggester's entry point: from a text (a document's text projection or a file's text as
// read) to attribution suggestions, sorted by where their content starts. Pure and synchronous.
import { assemble, resolveOverlaps } from './assemble';
import { attachCitations } from './citing';
import { type CombineOptions, DEFAULT_COMBINE, combine } from './combine';
import { decodeProposals } from './decode';
import { nestedProposals, outerReports } from './nesting';
import { releaseLargeKernel, tokenInputs } from './features';
import { english } from './lexicon/english';
import { LEXICONS } from './lexicon/lexicons';
import type { CueLexicon } from './lexicon/lexicon';
import { pairQuotes } from './quote-pairing';
import { quoteProposals } from './quote-rules';
import { type Proposal, type RuleInput, type Span, cueLemmasOf } from './rules';
import { allSentenceProposals, continuationProposals, quotedSentenceProposals } from './sentence-rules';
import type { AttributionSuggestion } from './suggestion';
import { type StoredModel, type Weights, labelProbability, loadWeights, tagText } from './tagger';
import type { Stretch } from './tagger-kernel';
import { type Token, firstStartingAtOrAfter, lowerBound, tokenize } from './tokenize';
import englishModel from './model/english-tagger.json';

const MODELS: Record<string, StoredModel> = { en: englishModel as StoredModel };
// the tagger's weights are decoded (and copied into the tagger kernel) with the module, as wink's
// model is loaded: loading a model is not a detection's work, and the first detection is then not
// slowed by it (about 3-10 ms, interpreted)
const WEIGHTS: Record<string, Weights> = Object.fromEntries(Object.entries(MODELS).map(([code, model]) => [code, loadWeights(model)]));

/** The languages the detector has a lexicon (and model) for. */
export const SUGGEST_LANGUAGES = Object.keys(LEXICONS);

/** Where the headline ends: a first line without final punctuation is a headline, never annotated (GUIDE.md). */
function headlineEnd(input: RuleInput): number {
  const first = input.text.indexOf('\n');
  if (first === -1) return 0;
  const line = input.text.slice(0, first).trim();
  return line !== '' && !/[.!?:"\u201D]$/.test(line) && line.split(/\s+/).length <= 25 ? first : 0;
}

/** Every rule proposal for the text, before overlaps are resolved. */
export function ruleProposals(text: string, lexicon: CueLexicon = english): { input: RuleInput; proposals: Proposal[] } {
  const tokenized = tokenize(text);
  const base: RuleInput = { ...tokenized, text, quotes: pairQuotes(text), lexicon, cueLemmas: cueLemmasOf(tokenized.tokens, lexicon) };
  const quoted = quoteProposals(base);
  const input: RuleInput = { ...base, usedCues: new Set(quoted.flatMap((p) => (p.cue === null ? [] : [p.cue[0]]))) };
  const headline = headlineEnd(input);
  const proposals = [...quoted, ...allSentenceProposals(input)].filter((p) => p.content[0] >= headline);
  return { input, proposals };
}

/**
 * The rules' view of a text: tokens, quotations, the rule proposals that survive overlaps (`kept`,
 * which the tagger reads), and those nested in a kept one's content.
 */
export function analyse(text: string, lexicon: CueLexicon = english): { input: RuleInput; kept: Proposal[]; nested: Proposal[] } {
  const { input, proposals } = ruleProposals(text, lexicon);
  const first = outerReports(proposals, resolveOverlaps(proposals));
  const kept = resolveOverlaps([...first, ...continuationProposals(input, first)]);
  return { input, kept, nested: nestedProposals(input, [...proposals, ...quotedSentenceProposals(input)], kept) };
}

const cueLemmaSets = new WeakMap<CueLexicon, ReadonlySet<string>>();

/** The lemmas that make a paragraph worth tagging: every cue and finding verb of the lexicon. */
function cueLemmaSet(lexicon: CueLexicon): ReadonlySet<string> {
  let lemmas = cueLemmaSets.get(lexicon);
  if (lemmas === undefined) {
    lemmas = new Set([...lexicon.speechVerbs, ...lexicon.statementVerbs, ...lexicon.beliefVerbs, ...lexicon.findingVerbs]);
    cueLemmaSets.set(lexicon, lemmas);
  }
  return lemmas;
}

/** Paragraphs worth tagging: those with a quotation or a cue word (the tagger adds nothing without a cue). */
function candidateTokens(input: RuleInput): Uint8Array {
  const { tokens, lexicon, quotes } = input;
  const cueLemmas = cueLemmaSet(lexicon);
  const candidate = new Uint8Array(tokens.length === 0 ? 0 : tokens[tokens.length - 1]!.paragraph + 1);
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index]!;
    if (candidate[token.paragraph] === 0 && (cueLemmas.has(token.lemma) || token.lower === 'according')) candidate[token.paragraph] = 1;
  }
  for (const quote of quotes) {
    const first = firstStartingAtOrAfter(tokens, quote.start);
    if (first < tokens.length && tokens[first]!.start < quote.end) candidate[tokens[first]!.paragraph] = 1;
  }
  const include = new Uint8Array(tokens.length);
  for (let index = 0; index < tokens.length; index += 1) include[index] = candidate[tokens[index]!.paragraph]!;
  return include;
}

/** Whether a cue span the tagger labelled holds a cue word of the lexicon ("have thus far" holds none). */
function hasCueWord(input: RuleInput, cue: Span): boolean {
  const cueLemmas = cueLemmaSet(input.lexicon);
  for (let at = lowerBound(input.tokens, cue[0]); at < input.tokens.length && input.tokens[at]!.start < cue[1]; at += 1) {
    const token = input.tokens[at]!;
    if (input.cueLemmas[at] !== null || cueLemmas.has(token.lemma) || cueLemmas.has(token.lower) || token.lower === 'according') return true;
  }
  return false;
}

/** The paragraphs (first and last token) whose tokens are included. */
function includedParagraphs(tokens: readonly Token[], include: Uint8Array): Stretch[] {
  const paragraphs: Stretch[] = [];
  let first = 0;
  while (first < tokens.length) {
    let last = first;
    while (last + 1 < tokens.length && tokens[last + 1]!.paragraph === tokens[first]!.paragraph) last += 1;
    if (include[first] === 1) paragraphs.push({ first, last });
    first = last + 1;
  }
  return paragraphs;
}

/** The tagger's proposals, paragraph by paragraph, from the rules' view of the text. */
export function taggerProposals(input: RuleInput, kept: readonly Proposal[], weights: Weights): Proposal[] {
  const include = candidateTokens(input);
  const paragraphs = includedParagraphs(input.tokens, include);
  const { scores, labels } = tagText(weights, tokenInputs(input, kept, include), paragraphs);
  releaseLargeKernel();
  const found: Proposal[] = [];
  for (const { first, last } of paragraphs) {
    for (const proposal of decodeProposals(input.tokens, labels.subarray(first, last + 1), first, (at) => labelProbability(scores, at, labels[at]!))) {
      if (proposal.cue === null || hasCueWord(input, proposal.cue)) found.push(proposal);
    }
  }
  return found;
}

/** Suggested attributions in `text`; an unsupported language gives none. */
export function detectAttributions(text: string, options?: { language?: string; combine?: CombineOptions }): AttributionSuggestion[] {
  const language = options?.language ?? 'en';
  const lexicon = LEXICONS[language];
  if (lexicon === undefined || text.trim() === '') return [];
  const { input, kept, nested } = analyse(text, lexicon);
  const tagged = taggerProposals(input, kept, WEIGHTS[language]!);
  return assemble(text, attachCitations(input, combine([...kept, ...nested], tagged, options?.combine ?? DEFAULT_COMBINE)), lexicon);
}
