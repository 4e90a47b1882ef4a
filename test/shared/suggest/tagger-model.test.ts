// The shipped tagger model: small enough to ship (at most 3 MB), and exactly what `npm run
// train:suggest` makes of the corpus's train articles (training is seeded), so a changed corpus or
// feature set cannot leave a stale model behind.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FEATURE_BUCKETS } from '../../../shared/suggest/features';
import { LABELS } from '../../../shared/suggest/tagger';
import { trainModel } from '../../suggest/train-model';

const MODEL_FILE = join(import.meta.dirname, '../../../shared/suggest/model/english-tagger.json');

describe('the tagger model', () => {
  it('is at most 3 MB, with its labels and buckets inside the feature table', () => {
    expect(statSync(MODEL_FILE).size).toBeLessThanOrEqual(3 * 1024 * 1024);
    const model = JSON.parse(readFileSync(MODEL_FILE, 'utf8'));
    expect(model.labels).toEqual([...LABELS]);
    expect((model.buckets as number[]).reduce((sum, step) => sum + step, 0)).toBeLessThan(FEATURE_BUCKETS);
    expect(model.weights).toHaveLength(model.buckets.length * LABELS.length);
  });

  it('is what training on the corpus gives', () => {
    const shipped = readFileSync(MODEL_FILE, 'utf8').trim();
    const trained = JSON.stringify(trainModel('train').model);
    // compared as text: a diff of two 300 KB models would say nothing a person could act on
    expect(trained === shipped, 'the shipped model is stale: run npm run train:suggest').toBe(true);
  }, 120_000);
});
