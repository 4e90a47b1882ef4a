// A linear sequence tagger (structured perceptron weights, Viterbi decoding) over the BIO labels of
// content, source and cue. The weights are trained by test/suggest/train.ts and shipped as JSON.
import { FEATURE_BUCKETS, FEATURES_PER_TOKEN, featureKernel, registerWeights } from './features';
import { type KernelText, type KernelWeights, type Stretch, type Tagging, kernelAvailable } from './tagger-kernel';

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

/** The weights in memory: one row of LABELS.length per feature bucket, or per stored bucket with `rowOfBucket`. */
export interface Weights {
  features: Float32Array | Float64Array;
  /** for each feature bucket, its row in `features` (row 0 is zeros: a bucket without weights); absent when `features` has every bucket's row */
  rowOfBucket?: Uint16Array;
  transitions: Float64Array;
  start: Float64Array;
  /** the same weights in the tagger kernel's memory (a stored model's, from loadWeights) */
  kernel?: KernelWeights;
}

/** 7: emissions() keeps one accumulator per label, so a new label must change it too (the type checks this) */
const LABEL_COUNT: 7 = LABELS.length;

/** Whether `to` may follow `from` (-1: the start): an I- label only continues its own kind. */
function isAllowed(from: number, to: number): boolean {
  const label = LABELS[to]!;
  if (!label.startsWith('I-')) return true;
  return from !== -1 && LABELS[from]!.slice(2) === label.slice(2);
}

/** (from + 1) * LABEL_COUNT + to: 1 when `to` may follow `from` (-1: the start) */
const ALLOWED = Uint8Array.from({ length: (LABEL_COUNT + 1) * LABEL_COUNT }, (_, cell) => (isAllowed(Math.floor(cell / LABEL_COUNT) - 1, cell % LABEL_COUNT) ? 1 : 0));

/** For each label, the labels that may come before it, ascending. */
const PREDECESSORS = Array.from({ length: LABEL_COUNT }, (_, to) => Int8Array.from(LABELS.keys()).filter((from) => isAllowed(from, to)));

/** Whether `to` may follow `from` (-1: the start). */
export function allowed(from: number, to: number): boolean {
  return ALLOWED[(from + 1) * LABEL_COUNT + to] === 1;
}

/** Empty weights, for training. */
export function emptyWeights(): Weights {
  return { features: new Float32Array(FEATURE_BUCKETS * LABEL_COUNT), transitions: new Float64Array(LABEL_COUNT * LABEL_COUNT), start: new Float64Array(LABEL_COUNT) };
}

/**
 * The stored model in memory: only the stored buckets' rows, found through `rowOfBucket` (small
 * enough to stay in the processor's cache), and copied into the tagger kernel's memory.
 */
export function loadWeights(model: StoredModel): Weights {
  const rows = model.buckets.length + 1;
  if (rows > 0xffff) throw new Error(`The tagger model has ${rows} rows of weights; the tagger kernel reads at most 65,535.`);
  const features = new Float32Array(rows * LABEL_COUNT);
  const rowOfBucket = new Uint16Array(FEATURE_BUCKETS);
  const { buckets, weights, scale } = model;
  let bucket = 0;
  for (let row = 1; row < rows; row += 1) {
    bucket += buckets[row - 1]!;
    rowOfBucket[bucket] = row;
    for (let label = 0; label < LABEL_COUNT; label += 1) features[row * LABEL_COUNT + label] = weights[(row - 1) * LABEL_COUNT + label]! / scale;
  }
  const transitions = Float64Array.from(model.transitions, (w) => w / scale);
  const start = Float64Array.from(model.start, (w) => w / scale);
  const kernel: KernelWeights = { rowOfBucket, features, transitions, start, allowed: ALLOWED };
  // (without WebAssembly the module still loads: a detection then says what is missing)
  if (kernelAvailable) registerWeights(kernel);
  return { features, rowOfBucket, transitions, start, kernel };
}

/**
 * A text's label scores and the best labels of each stretch (tokenInputs' text, under a stored
 * model's weights): what `emissions` and `viterbi` give, computed by the tagger kernel.
 */
export function tagText(weights: Weights, text: KernelText, stretches: readonly Stretch[]): Tagging {
  if (weights.kernel === undefined) throw new Error('The tagger kernel holds only a stored model\'s weights (loadWeights).');
  return featureKernel().tag(text, weights.kernel, stretches);
}

/** Label scores of each token from its features: a flat array, LABELS.length per token (for training; detection uses tagText). */
export function emissions(weights: Weights, features: Uint32Array, include?: Uint8Array): Float64Array {
  const tokens = features.length / FEATURES_PER_TOKEN;
  const scores = new Float64Array(tokens * LABEL_COUNT);
  const { features: table, rowOfBucket } = weights;
  for (let token = 0; token < tokens; token += 1) {
    if (include !== undefined && include[token] === 0) continue;
    // one accumulator per label (LABEL_COUNT is 7), summed in feature order
    let o = 0;
    let bc = 0;
    let ic = 0;
    let bs = 0;
    let is = 0;
    let bq = 0;
    let iq = 0;
    for (let feature = token * FEATURES_PER_TOKEN, end = feature + FEATURES_PER_TOKEN; feature < end; feature += 1) {
      const bucket = features[feature]!;
      const row = (rowOfBucket === undefined ? bucket : rowOfBucket[bucket]!) * LABEL_COUNT;
      if (row === 0 && rowOfBucket !== undefined) continue;
      o += table[row]!;
      bc += table[row + 1]!;
      ic += table[row + 2]!;
      bs += table[row + 3]!;
      is += table[row + 4]!;
      bq += table[row + 5]!;
      iq += table[row + 6]!;
    }
    const base = token * LABEL_COUNT;
    scores[base] = o;
    scores[base + 1] = bc;
    scores[base + 2] = ic;
    scores[base + 3] = bs;
    scores[base + 4] = is;
    scores[base + 5] = bq;
    scores[base + 6] = iq;
  }
  return scores;
}

/** Viterbi's tables, kept between calls and grown as needed (a paragraph at a time would allocate them hundreds of times per text). */
let bestScores = new Float64Array(0);
let backPointers = new Int8Array(0);

/** The best label sequence (indices into LABELS) for tokens `first` to `last` (inclusive) of the scores (for training; detection uses tagText). */
export function viterbi(weights: Weights, scores: Float64Array, first = 0, last = scores.length / LABEL_COUNT - 1): number[] {
  const length = last - first + 1;
  if (length <= 0) return [];
  if (bestScores.length < length * LABEL_COUNT) {
    bestScores = new Float64Array(length * LABEL_COUNT * 2);
    backPointers = new Int8Array(length * LABEL_COUNT * 2);
  }
  const best = bestScores;
  const back = backPointers;
  const offset = first * LABEL_COUNT;
  for (let label = 0; label < LABEL_COUNT; label += 1) best[label] = ALLOWED[label] === 1 ? weights.start[label]! + scores[offset + label]! : -Infinity;
  const transitions = weights.transitions;
  for (let at = 1; at < length; at += 1) {
    const row = at * LABEL_COUNT;
    const previousRow = row - LABEL_COUNT;
    for (let to = 0; to < LABEL_COUNT; to += 1) {
      let top = -Infinity;
      let from = 0;
      const predecessors = PREDECESSORS[to]!;
      for (let index = 0; index < predecessors.length; index += 1) {
        const previous = predecessors[index]!;
        const value = best[previousRow + previous]! + transitions[previous * LABEL_COUNT + to]!;
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

/** The probability of a token's label among its emission scores (a softmax): the tagger's confidence. */
export function labelProbability(scores: Float64Array, token: number, label: number): number {
  const base = token * LABEL_COUNT;
  let top = -Infinity;
  for (let other = 0; other < LABEL_COUNT; other += 1) top = Math.max(top, scores[base + other]!);
  let total = 0;
  for (let other = 0; other < LABEL_COUNT; other += 1) total += Math.exp(scores[base + other]! - top);
  return Math.exp(scores[base + label]! - top) / total;
}
