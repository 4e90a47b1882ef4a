// The tagger's labels back into proposals: runs of content, source and cue tokens; content runs
// joined across an interrupting source and cue ("...," he said, "..."); each content linked to the
// source and cue nearest it in its own sentences.
import type { Proposal, Span } from './rules';
import { LABELS } from './tagger';
import type { Token } from './tokenize';

interface Run {
  kind: string;
  first: number;
  last: number;
}

const MAX_INTERRUPTION = 8;

/** Each label's kind ('' for O, then C, S or Q) and whether it continues a run (I-), by label index. */
const KINDS = LABELS.map((label) => (label === 'O' ? '' : label.slice(2)));
const CONTINUES = LABELS.map((label) => label.startsWith('I-'));

/** The label runs, with token indices (`offset` added to the labels' positions). */
function runsOf(labels: ArrayLike<number>, offset: number): Run[] {
  const runs: Run[] = [];
  for (let at = 0; at < labels.length; at += 1) {
    const kind = KINDS[labels[at]!]!;
    if (kind === '') continue;
    const last = runs[runs.length - 1];
    const index = at + offset;
    if (CONTINUES[labels[at]!] && last !== undefined && last.kind === kind && last.last === index - 1) last.last = index;
    else runs.push({ kind, first: index, last: index });
  }
  return runs;
}

/** Content runs joined over an interruption made only of source and cue runs (and punctuation). */
function joinInterrupted(runs: Run[], tokens: readonly Token[]): Run[] {
  const joined: Run[] = [];
  // the last content run kept: every run after it in `joined` is a source or a cue
  let previousContent = -1;
  for (const run of runs) {
    if (run.kind !== 'C') {
      joined.push(run);
      continue;
    }
    const previous = joined[previousContent];
    const interrupted = previous !== undefined && joined.length - 1 > previousContent;
    if (interrupted && run.first - previous.last - 1 <= MAX_INTERRUPTION && tokens[run.first]!.paragraph === tokens[previous.last]!.paragraph) previous.last = run.last;
    else {
      joined.push(run);
      previousContent = joined.length - 1;
    }
  }
  return joined;
}

const spanOf = (tokens: readonly Token[], run: Run): Span => [tokens[run.first]!.start, tokens[run.last]!.end];

/** How many tokens lie between a run and a content run (0 when they touch or overlap). */
const distanceTo = (content: Run, run: Run) => (run.first > content.last ? run.first - content.last : run.last < content.first ? content.first - run.last : 0);

/** The run of a kind nearest a content run, in the content's own sentences or inside it (the first of equally near ones), or null. */
function nearest(tokens: readonly Token[], runs: readonly Run[], content: Run, kind: string): Run | null {
  const firstSentence = tokens[content.first]!.sentence;
  const lastSentence = tokens[content.last]!.sentence;
  let best: Run | null = null;
  for (const run of runs) {
    if (run.kind !== kind) continue;
    const sentence = tokens[run.first]!.sentence;
    if (sentence !== firstSentence && sentence !== lastSentence && !(run.first > content.first && run.last < content.last)) continue;
    if (best === null || distanceTo(content, run) < distanceTo(content, best)) best = run;
  }
  return best;
}

/** parts of speech that carry a claim's meaning: a content run with none of them ("that", "that had been") is no claim */
const MEANINGFUL = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM', 'PRON']);

function hasMeaningfulWord(tokens: readonly Token[], run: Run): boolean {
  for (let at = run.first; at <= run.last; at += 1) if (MEANINGFUL.has(tokens[at]!.pos)) return true;
  return false;
}

/** Proposals from one paragraph's labels (`offset`: the paragraph's first token index; `confidence` of a token by its index in `tokens`). */
export function decodeProposals(tokens: readonly Token[], labels: ArrayLike<number>, offset: number, confidence: (at: number) => number): Proposal[] {
  const runs = joinInterrupted(runsOf(labels, offset), tokens);
  const proposals: Proposal[] = [];
  for (const content of runs) {
    if (content.kind !== 'C' || !hasMeaningfulWord(tokens, content)) continue;
    const source = nearest(tokens, runs, content, 'S');
    const cue = nearest(tokens, runs, content, 'Q');
    let sum = 0;
    for (let at = content.first; at <= content.last; at += 1) sum += confidence(at);
    proposals.push({
      content: spanOf(tokens, content),
      source: source === null ? null : spanOf(tokens, source),
      cue: cue === null ? null : spanOf(tokens, cue),
      rule: 'tagger' as const,
      cueLemma: cue === null ? '' : tokens[cue.first]!.lemma,
      score: sum / (content.last - content.first + 1),
    });
  }
  return proposals;
}
