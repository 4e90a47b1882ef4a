// The suggester's tagger trained on the corpus: an averaged structured perceptron, seeded, so the
// same corpus always gives the same model. Used by train.ts (`npm run train:suggest`) and by the test
// that checks the shipped model is the one the corpus gives.
import { analyse } from '../../shared/suggest/detect-attributions';
import { FEATURE_BUCKETS, FEATURES_PER_TOKEN, tokenFeatures } from '../../shared/suggest/features';
import { LABELS, type StoredModel, type Weights, emissions, viterbi } from '../../shared/suggest/tagger';
import type { Token } from '../../shared/suggest/tokenize';
import type { CorpusAttribution } from './corpus/corpus-checks.mjs';
import { articlesOf } from './corpus-splits';

const EPOCHS = 10;
const SEED = 20261202;
const PRUNE_BELOW = 0.05;
const SCALE = 100;
const LABEL_COUNT = LABELS.length;

interface Sequence {
  /** FEATURES_PER_TOKEN buckets per token */
  features: Uint32Array;
  gold: number[];
}

/** Gold BIO labels of the tokens: cue over source over content where spans nest (an interrupting "he said"). */
export function goldLabels(tokens: readonly Token[], attributions: readonly CorpusAttribution[]): number[] {
  const kinds = new Array<string>(tokens.length).fill('');
  const starts = new Array<boolean>(tokens.length).fill(false);
  const rank: Record<string, number> = { '': 0, C: 1, S: 2, Q: 3 };
  for (const attribution of attributions) {
    for (const [span, kind] of [[attribution.content, 'C'], [attribution.source, 'S'], [attribution.cue, 'Q']] as const) {
      if (span === null) continue;
      let first = true;
      tokens.forEach((token, index) => {
        if (token.start >= span.end || token.end <= span.start) return;
        if (rank[kind]! >= rank[kinds[index]!]!) {
          if (kinds[index] !== kind) starts[index] = first;
          else if (first) starts[index] = true;
          kinds[index] = kind;
        }
        first = false;
      });
    }
  }
  return kinds.map((kind, index) => {
    if (kind === '') return 0;
    const begins = starts[index] || index === 0 || kinds[index - 1] !== kind;
    return LABELS.indexOf(`${begins ? 'B' : 'I'}-${kind}` as (typeof LABELS)[number]);
  });
}

function mulberry32(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sequencesOf(split: 'train' | 'train-without-dev'): Sequence[] {
  return articlesOf(split).flatMap((article) => {
    const { input, kept } = analyse(article.text);
    const features = tokenFeatures(input, kept);
    const gold = goldLabels(input.tokens, article.annotation.attributions);
    const sequences: Sequence[] = [];
    let first = 0;
    input.tokens.forEach((token, index) => {
      if (index + 1 < input.tokens.length && input.tokens[index + 1]!.paragraph === token.paragraph) return;
      sequences.push({ features: features.subarray(first * FEATURES_PER_TOKEN, (index + 1) * FEATURES_PER_TOKEN), gold: gold.slice(first, index + 1) });
      first = index + 1;
    });
    return sequences;
  });
}

const newWeights = (): Weights => ({ features: new Float64Array(FEATURE_BUCKETS * LABEL_COUNT), transitions: new Float64Array(LABEL_COUNT * LABEL_COUNT), start: new Float64Array(LABEL_COUNT) });

/** Averaged structured perceptron: w - u/c, with u accumulating each update times its step. */
function train(sequences: Sequence[], log: (line: string) => void): Weights {
  const weights = newWeights();
  const sums = newWeights();
  const random = mulberry32(SEED);
  let step = 1;
  const update = (sequence: Sequence, labels: readonly number[], delta: number) => {
    labels.forEach((label, at) => {
      for (let feature = at * FEATURES_PER_TOKEN; feature < (at + 1) * FEATURES_PER_TOKEN; feature += 1) {
        const cell = sequence.features[feature]! * LABEL_COUNT + label;
        weights.features[cell]! += delta;
        sums.features[cell]! += delta * step;
      }
      if (at === 0) {
        weights.start[label]! += delta;
        sums.start[label]! += delta * step;
      } else {
        const cell = labels[at - 1]! * LABEL_COUNT + label;
        weights.transitions[cell]! += delta;
        sums.transitions[cell]! += delta * step;
      }
    });
  };
  const order = sequences.map((_, index) => index);
  for (let epoch = 0; epoch < EPOCHS; epoch += 1) {
    for (let index = order.length - 1; index > 0; index -= 1) {
      const other = Math.floor(random() * (index + 1));
      [order[index], order[other]] = [order[other]!, order[index]!];
    }
    let errors = 0;
    for (const index of order) {
      const sequence = sequences[index]!;
      const predicted = viterbi(weights, emissions(weights, sequence.features));
      const wrong = predicted.filter((label, at) => label !== sequence.gold[at]).length;
      if (wrong > 0) {
        errors += wrong;
        update(sequence, sequence.gold, 1);
        update(sequence, predicted, -1);
      }
      step += 1;
    }
    log(`epoch ${epoch + 1}: ${errors} token errors`);
  }
  const average = (w: Float64Array | Float32Array, u: Float64Array | Float32Array) => Float64Array.from(w, (value, i) => value - u[i]! / step);
  return { features: average(weights.features, sums.features), transitions: average(weights.transitions, sums.transitions), start: average(weights.start, sums.start) };
}

function store(weights: Weights): StoredModel {
  const integer = (w: number) => Math.round(w * SCALE) || 0;
  const buckets: number[] = [];
  const rows: number[] = [];
  let previous = 0;
  for (let bucket = 0; bucket < FEATURE_BUCKETS; bucket += 1) {
    const row = [...weights.features.subarray(bucket * LABEL_COUNT, (bucket + 1) * LABEL_COUNT)];
    if (!row.some((w) => Math.abs(w) >= PRUNE_BELOW)) continue;
    buckets.push(bucket - previous);
    previous = bucket;
    rows.push(...row.map(integer));
  }
  return { version: 2, language: 'en', labels: [...LABELS], scale: SCALE, buckets, weights: rows, transitions: [...weights.transitions].map(integer), start: [...weights.start].map(integer) };
}


/** The model trained on a split of the corpus, with the number of sequences and tokens it saw. */
export function trainModel(split: 'train' | 'train-without-dev', log: (line: string) => void = () => {}): { model: StoredModel; sequences: number; tokens: number } {
  const sequences = sequencesOf(split);
  return { model: store(train(sequences, log)), sequences: sequences.length, tokens: sequences.reduce((sum, q) => sum + q.gold.length, 0) };
}
