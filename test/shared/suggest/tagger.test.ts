// The tagger's arithmetic: the compact weights the detector loads (only the stored buckets' rows)
// score tokens exactly as the full table training uses, and Viterbi keeps to the allowed label sequences.
import { describe, expect, it } from 'vitest';
import { FEATURE_BUCKETS, FEATURES_PER_TOKEN } from '../../../shared/suggest/features';
import { LABELS, type StoredModel, allowed, emissions, emptyWeights, loadWeights, viterbi } from '../../../shared/suggest/tagger';

const LABEL_COUNT = LABELS.length;

/** A small model: three buckets with weights, the rest empty. */
const MODEL: StoredModel = {
  version: 2,
  language: 'en',
  labels: [...LABELS],
  scale: 100,
  buckets: [5, 1000, 60000],
  weights: Array.from({ length: 3 * LABEL_COUNT }, (_, cell) => ((cell * 37) % 23) - 11),
  transitions: Array.from({ length: LABEL_COUNT * LABEL_COUNT }, (_, cell) => ((cell * 13) % 7) - 3),
  start: Array.from({ length: LABEL_COUNT }, (_, label) => label - 3),
};

/** The same model as a full table, as training holds it. */
function fullWeights(model: StoredModel) {
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

describe('the tagger', () => {
  const features = Uint32Array.from({ length: 6 * FEATURES_PER_TOKEN }, (_, at) => [5, 1005, 61005, 7, FEATURE_BUCKETS - 1][at % 5]!);

  it('scores tokens with the compact weights exactly as with the full table', () => {
    expect(emissions(loadWeights(MODEL), features)).toEqual(emissions(fullWeights(MODEL), features));
    const include = Uint8Array.from([1, 0, 1, 1, 0, 1]);
    expect(emissions(loadWeights(MODEL), features, include)).toEqual(emissions(fullWeights(MODEL), features, include));
  });

  it('decodes only allowed label sequences', () => {
    const weights = loadWeights(MODEL);
    const labels = viterbi(weights, emissions(weights, features));
    expect(labels).toHaveLength(6);
    expect(allowed(-1, labels[0]!)).toBe(true);
    labels.slice(1).forEach((label, at) => expect(allowed(labels[at]!, label)).toBe(true));
  });
});
