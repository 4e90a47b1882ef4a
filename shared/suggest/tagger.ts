// A linear sequence tagger (structured perceptron weights, Viterbi decoding) over the BIO labels of
// content, source and cue. The weights are trained by test/suggest/train.ts and shipped as JSON.
import { FEATURE_BUCKETS, FEATURES_PER_TOKEN } from './features';

export const LABELS = ['O', 'B-C', 'I-C', 'B-S', 'I-S', 'B-Q', 'I-Q'] as const;
export type Label = (typeof LABELS)[number];

/** The model as stored: the feature buckets that have weights, their rows of integer weights, transitions. */
export interface StoredModel {
  version: 2;
  language: string;
  labels: readonly string[];
  /** weights are integers; divide by `scale` */
  scale: number;
  /** the buckets with weights, ascending, as differences from the previous one (smaller JSON) */
  buckets: readonly number[];
  /** row-major: buckets x labels */
  weights: readonly number[];
  /** labels x labels (from, to), and the start row */
  transitions: readonly number[];
  start: readonly number[];
}

/** The weights in memory: one row of LABELS.length per feature bucket. */
export interface Weights {
  features: Float32Array | Float64Array;
  transitions: Float64Array;
  start: Float64Array;
}

const LABEL_COUNT = LABELS.length;

/** Whether `to` may follow `from` (-1: the start): an I- label only continues its own kind. */
function isAllowed(from: number, to: number): boolean {
  const label = LABELS[to]!;
  if (!label.startsWith('I-')) return true;
  return from !== -1 && LABELS[from]!.slice(2) === label.slice(2);
}

const ALLOWED = Array.from({ length: LABEL_COUNT + 1 }, (_, from) => Array.from({ length: LABEL_COUNT }, (_, to) => isAllowed(from - 1, to)));

/** Whether `to` may follow `from` (-1: the start). */
export function allowed(from: number, to: number): boolean {
  return ALLOWED[from + 1]![to]!;
}

/** Empty weights, for training. */
export function emptyWeights(): Weights {
  return { features: new Float32Array(FEATURE_BUCKETS * LABEL_COUNT), transitions: new Float64Array(LABEL_COUNT * LABEL_COUNT), start: new Float64Array(LABEL_COUNT) };
}

/** The stored model in memory. */
export function loadWeights(model: StoredModel): Weights {
  const weights = emptyWeights();
  let bucket = 0;
  model.buckets.forEach((step, row) => {
    bucket += step;
    for (let label = 0; label < LABEL_COUNT; label += 1) weights.features[bucket * LABEL_COUNT + label] = model.weights[row * LABEL_COUNT + label]! / model.scale;
  });
  model.transitions.forEach((w, cell) => (weights.transitions[cell] = w / model.scale));
  model.start.forEach((w, label) => (weights.start[label] = w / model.scale));
  return weights;
}

/** Label scores of each token from its features: a flat array, LABELS.length per token. */
export function emissions(weights: Weights, features: Uint32Array, include?: Uint8Array): Float64Array {
  const tokens = features.length / FEATURES_PER_TOKEN;
  const scores = new Float64Array(tokens * LABEL_COUNT);
  const table = weights.features;
  for (let token = 0; token < tokens; token += 1) {
    if (include !== undefined && include[token] === 0) continue;
    const base = token * LABEL_COUNT;
    for (let feature = token * FEATURES_PER_TOKEN, end = feature + FEATURES_PER_TOKEN; feature < end; feature += 1) {
      const row = features[feature]! * LABEL_COUNT;
      for (let label = 0; label < LABEL_COUNT; label += 1) scores[base + label]! += table[row + label]!;
    }
  }
  return scores;
}

/** The best label sequence (indices into LABELS) for tokens `first` to `last` (inclusive) of the scores. */
export function viterbi(weights: Weights, scores: Float64Array, first = 0, last = scores.length / LABEL_COUNT - 1): number[] {
  const length = last - first + 1;
  if (length <= 0) return [];
  const best = new Float64Array(length * LABEL_COUNT).fill(-Infinity);
  const back = new Int8Array(length * LABEL_COUNT);
  const offset = first * LABEL_COUNT;
  for (let label = 0; label < LABEL_COUNT; label += 1) if (allowed(-1, label)) best[label] = weights.start[label]! + scores[offset + label]!;
  for (let at = 1; at < length; at += 1) {
    const row = at * LABEL_COUNT;
    const previousRow = row - LABEL_COUNT;
    for (let to = 0; to < LABEL_COUNT; to += 1) {
      let top = -Infinity;
      let from = 0;
      for (let previous = 0; previous < LABEL_COUNT; previous += 1) {
        if (!ALLOWED[previous + 1]![to]) continue;
        const value = best[previousRow + previous]! + weights.transitions[previous * LABEL_COUNT + to]!;
        if (value > top) {
          top = value;
          from = previous;
        }
      }
      best[row + to] = top + scores[offset + row + to]!;
      back[row + to] = from;
    }
  }
  const lastRow = (length - 1) * LABEL_COUNT;
  let label = 0;
  for (let candidate = 1; candidate < LABEL_COUNT; candidate += 1) if (best[lastRow + candidate]! > best[lastRow + label]!) label = candidate;
  const path = new Array<number>(length);
  for (let at = length - 1; at >= 0; at -= 1) {
    path[at] = label;
    label = back[at * LABEL_COUNT + label]!;
  }
  return path;
}

/** The probability of each token's label among its emission scores (a softmax): the tagger's confidence. */
export function labelProbabilities(scores: Float64Array, first: number, labels: readonly number[]): number[] {
  return labels.map((label, at) => {
    const base = (first + at) * LABEL_COUNT;
    let top = -Infinity;
    for (let other = 0; other < LABEL_COUNT; other += 1) top = Math.max(top, scores[base + other]!);
    let total = 0;
    for (let other = 0; other < LABEL_COUNT; other += 1) total += Math.exp(scores[base + other]! - top);
    return Math.exp(scores[base + label]! - top) / total;
  });
}
