// ", citing SOURCE": a participle that says where a report's source had it from. It attributes the
// content of the report it hangs on to a second source (GUIDE.md: "ANSA said, citing investigative
// sources" gives the content twice, once to each), and without such a report it gives a reason,
// not a source ("cut its forecast, citing weak demand"): no suggestion. Applied to the combined
// proposals, it mends the three shapes the rules read wrongly:
//   "C, Reuters reported, citing two diplomats."   the citation's content is C, not "C, Reuters reported"
//   "Media, citing officials, reported that C."    the report's source is "Media", and the officials cite C
//   "Reuters reported, citing officials, that C."  one report by Reuters of C, and one citation of C
import { sourceKindOf } from './classify';
import { phraseEndingAt, phraseStartingAt } from './noun-phrases';
import { type Proposal, type RuleInput, type Span, spanOf, spansOverlap } from './rules';
import { type Token, lowerBound } from './tokenize';

/** The token index of "citing" after a comma at `offset`, or -1. */
function citingAt(tokens: readonly Token[], offset: number): number {
  const at = lowerBound(tokens, offset);
  const token = tokens[at];
  return token !== undefined && token.start === offset && token.lower === 'citing' && tokens[at - 1]?.text === ',' ? at : -1;
}

/** The citation of `report`'s content by the source named after "citing" (token `citing`). */
function citation(tokens: readonly Token[], report: Proposal, citing: number, source: Span): Proposal {
  return { content: report.content, source, cue: [tokens[citing]!.start, tokens[citing]!.end], rule: report.rule, cueLemma: 'cite', score: report.score * 0.9 };
}

/**
 * "Media, citing officials, reported that C": a report whose source the rules took from inside the
 * citing phrase. Its source becomes the phrase before the comma, and the cited phrase cites C.
 */
function mendReportSource(input: RuleInput, report: Proposal): Proposal[] {
  const { tokens } = input;
  if (report.source === null) return [report];
  const first = lowerBound(tokens, report.source[0]);
  const citing = first - 1;
  if (tokens[citing]?.lower !== 'citing' || tokens[citing - 1]?.text !== ',') return [report];
  const sentence = input.sentences[tokens[citing]!.sentence]!;
  const before = phraseEndingAt(tokens, citing - 2, sentence.first);
  if (before === null) return [report];
  const mended = { ...report, source: spanOf(tokens, before) };
  const cited = citation(tokens, report, citing, report.source);
  return namesSomeone(input, cited) ? [mended, cited] : [mended];
}

/**
 * "Reuters reported, citing officials, that C": one proposal with "citing" as its cue and "officials,
 * that C" as its content. It becomes the report (the verb before the comma) and the citation, both of C.
 */
function splitReportAndCitation(input: RuleInput, proposal: Proposal, citing: number): Proposal[] | null {
  const { tokens } = input;
  const verb = citing - 2;
  if (verb < 0 || input.cueLemmas[verb] === null || proposal.content[0] !== tokens[citing + 1]?.start) return null;
  const sentence = input.sentences[tokens[citing]!.sentence]!;
  const cited = phraseStartingAt(tokens, citing + 1, sentence.last);
  if (cited === null || tokens[cited.last + 1]?.text !== ',' || tokens[cited.last + 2] === undefined) return null;
  const content: Span = [tokens[cited.last + 2]!.start, proposal.content[1]];
  const report: Proposal = { ...proposal, content, cue: [tokens[verb]!.start, tokens[verb]!.end], cueLemma: input.cueLemmas[verb]! };
  return [report, citation(tokens, report, citing, spanOf(tokens, cited))];
}

/** Tags of words that start another predicate: between a report and ", citing", they make the citation that predicate's reason ("confirmed C, but declined to comment, citing its policy"). */
const PREDICATE_TAGS = new Set(['VERB', 'AUX', 'CCONJ']);

/** Verbs whose clause a citation gives the reason for ("declined to comment, citing its policy"). */
const REFUSALS = new Set(['decline', 'refuse']);

/** Whether the clause before ", citing" (back to the previous comma) refuses something: the citation is then its reason. */
function followsRefusal(tokens: readonly Token[], citing: number, sentenceFirst: number): boolean {
  for (let at = citing - 2; at >= sentenceFirst && tokens[at]!.text !== ','; at -= 1) if (REFUSALS.has(tokens[at]!.lemma)) return true;
  return false;
}

/** Whether what is cited could be a source (people, an organisation, a document), not a reason ("weak demand", "its policy"). */
function namesSomeone(input: RuleInput, citation: Proposal): boolean {
  return citation.source !== null && sourceKindOf(input.text.slice(...citation.source), input.lexicon) !== 'other';
}

/** Whether the citation at token `citing` hangs on `report`: the report ends before it, with no other predicate in between. */
function hangsOn(tokens: readonly Token[], report: Proposal, citing: number): boolean {
  const end = Math.max(report.content[1], report.cue![1], report.source?.[1] ?? 0);
  if (end > tokens[citing]!.start) return false;
  for (let at = lowerBound(tokens, end); at < citing - 1; at += 1) if (PREDICATE_TAGS.has(tokens[at]!.pos)) return false;
  return true;
}

/** The proposals with each citation mended, given the report it hangs on, or dropped when it hangs on none. */
export function attachCitations(input: RuleInput, proposals: readonly Proposal[]): Proposal[] {
  const { tokens } = input;
  const mended: Proposal[] = [];
  // the reports (proposals with a cue, other than citations) by the sentence their cue is in, and the citations
  const reportsBySentence = new Map<number, Proposal[]>();
  const cited: Proposal[] = [];
  const keep = (kept: readonly Proposal[]) => {
    for (const p of kept) {
      mended.push(p);
      if (p.cueLemma === 'cite') cited.push(p);
      const sentence = p.cue === null ? undefined : tokens[lowerBound(tokens, p.cue[0])]?.sentence;
      if (p.cueLemma === 'cite' || sentence === undefined) continue;
      const reports = reportsBySentence.get(sentence);
      if (reports === undefined) reportsBySentence.set(sentence, [p]);
      else reports.push(p);
    }
  };
  const citations: Array<{ proposal: Proposal; citing: number }> = [];
  for (const proposal of proposals) {
    const citing = proposal.cue === null ? -1 : citingAt(tokens, proposal.cue[0]);
    if (citing === -1) keep(mendReportSource(input, proposal));
    else citations.push({ proposal, citing });
  }
  for (const { proposal, citing } of citations) {
    const sentence = tokens[citing]!.sentence;
    const reports = reportsBySentence.get(sentence) ?? [];
    if (!reports.some((p) => p.cue![0] < proposal.cue![0])) {
      keep(splitReportAndCitation(input, proposal, citing) ?? []);
      continue;
    }
    const report = followsRefusal(tokens, citing, input.sentences[sentence]!.first) || !namesSomeone(input, proposal) ? undefined : reports.find((p) => hangsOn(tokens, p, citing));
    if (report === undefined) continue;
    const duplicate = cited.some((p) => p.source !== null && proposal.source !== null && spansOverlap(p.source, proposal.source));
    if (!duplicate) keep([{ ...proposal, content: report.content }]);
  }
  return mended.sort((a, b) => a.content[0] - b.content[0]);
}
