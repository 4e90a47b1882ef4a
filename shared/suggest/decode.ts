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

function runsOf(labels: readonly number[]): Run[] {
  const runs: Run[] = [];
  for (let at = 0; at < labels.length; at += 1) {
    const kind = KINDS[labels[at]!]!;
    if (kind === '') continue;
    const last = runs[runs.length - 1];
    if (CONTINUES[labels[at]!] && last !== undefined && last.kind === kind && last.last === at - 1) last.last = at;
    else runs.push({ kind, first: at, last: at });
  }
  return runs;
}

/** Content runs joined over an interruption made only of source and cue runs (and punctuation). */
function joinInterrupted(runs: Run[], tokens: readonly Token[]): Run[] {
  const joined: Run[] = [];
  for (const run of runs) {
    if (run.kind !== 'C') {
      joined.push(run);
      continue;
    }
    const previousContent = [...joined].reverse().find((r) => r.kind === 'C');
    const between = previousContent === undefined ? [] : joined.slice(joined.indexOf(previousContent) + 1);
    const gap = previousContent === undefined ? Infinity : run.first - previousContent.last - 1;
    const onlyAttribution = between.length > 0 && between.every((r) => r.kind !== 'C');
    if (previousContent !== undefined && onlyAttribution && gap <= MAX_INTERRUPTION && tokens[run.first]!.paragraph === tokens[previousContent.last]!.paragraph) previousContent.last = run.last;
    else joined.push(run);
  }
  return joined;
}

const spanOf = (tokens: readonly Token[], run: Run): Span => [tokens[run.first]!.start, tokens[run.last]!.end];

/** Proposals from one paragraph's labels (`offset`: the paragraph's first token index; `confidence` of a token by its index in `tokens`). */
export function decodeProposals(tokens: readonly Token[], labels: readonly number[], offset: number, confidence: (at: number) => number): Proposal[] {
  const runs = joinInterrupted(
    runsOf(labels).map((r) => ({ ...r, first: r.first + offset, last: r.last + offset })),
    tokens,
  );
  const contents = runs.filter((r) => r.kind === 'C');
  const nearest = (content: Run, kind: string): Run | null => {
    const sentences = new Set([tokens[content.first]!.sentence, tokens[content.last]!.sentence]);
    const inside = runs.filter((r) => r.kind === kind && (sentences.has(tokens[r.first]!.sentence) || (r.first > content.first && r.last < content.last)));
    if (inside.length === 0) return null;
    const distance = (r: Run) => (r.first > content.last ? r.first - content.last : r.last < content.first ? content.first - r.last : 0);
    return inside.reduce((best, r) => (distance(r) < distance(best) ? r : best));
  };
  return contents.map((content) => {
    const source = nearest(content, 'S');
    const cue = nearest(content, 'Q');
    let sum = 0;
    for (let at = content.first; at <= content.last; at += 1) sum += confidence(at);
    return {
      content: spanOf(tokens, content),
      source: source === null ? null : spanOf(tokens, source),
      cue: cue === null ? null : spanOf(tokens, cue),
      rule: 'tagger' as const,
      cueLemma: cue === null ? '' : tokens[cue.first]!.lemma,
      score: sum / (content.last - content.first + 1),
    };
  });
}
