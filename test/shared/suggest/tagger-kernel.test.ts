// The tagger kernel (WebAssembly): the committed binary is its source compiled; its features are
// those the JavaScript templates gave (the model was trained on them); its scores and labels are
// tagger.ts's `emissions` and `viterbi` to the bit; and it refuses a text or weights it no longer holds.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { analyse, detectAttributions } from '../../../shared/suggest/detect-attributions';
import { featureKernel, releaseLargeKernel, tokenFeatures, tokenInputs } from '../../../shared/suggest/features';
import { type StoredModel, emissions, emptyWeights, loadWeights, tagText, viterbi } from '../../../shared/suggest/tagger';
import { TAGGER_KERNEL_WASM } from '../../../shared/suggest/tagger-kernel-wasm';
import englishModel from '../../../shared/suggest/model/english-tagger.json';
import { articlesOf } from '../../suggest/corpus-splits';
import { compiledKernelBase64 } from '../../suggest/kernel-binary';

const SEED = readFileSync(join(import.meta.dirname, '../../fixtures/seed/000_94a0439cd798dd65.txt'), 'utf8');
/** every third token left out */
const everyThirdOut = (count: number) => Uint8Array.from({ length: count }, (_, at) => (at % 3 === 0 ? 0 : 1));

describe('the tagger kernel', () => {
  it('is tagger-kernel.wat compiled (run `npm run build:kernel` after changing it)', async () => {
    expect(TAGGER_KERNEL_WASM).toBe(await compiledKernelBase64());
  });

  it('gives the seed article the features the JavaScript templates gave before it (the model was trained on them)', () => {
    const { input, kept } = analyse(SEED);
    const digest = createHash('sha256');
    for (const features of [tokenFeatures(input, kept), tokenFeatures(input, kept, everyThirdOut(input.tokens.length))]) digest.update(features);
    expect(input.tokens).toHaveLength(498);
    // sha-256 of the features of commit 27d7c09's tokenFeatures (JavaScript), all tokens then every third left out
    expect(digest.digest('hex')).toBe('f62f1bc1c3a3fd0caf354dc0ca464fb6638fe231b6809c3f3964b509bcd152bb');
  });

  it('scores tokens and decodes paragraphs exactly as emissions and viterbi do', () => {
    const weights = loadWeights(englishModel as StoredModel);
    for (const text of [SEED, ...articlesOf('test').slice(0, 6).map((article) => article.text)]) {
      const { input, kept } = analyse(text);
      // as the detector does, whole paragraphs left out (here every fourth)
      const include = Uint8Array.from(input.tokens, (token) => (token.paragraph % 4 === 3 ? 0 : 1));
      const stretches = [...new Set(input.tokens.map((token) => token.paragraph))].flatMap((paragraph) => {
        const first = input.tokens.findIndex((token) => token.paragraph === paragraph);
        const last = input.tokens.findLastIndex((token) => token.paragraph === paragraph);
        return include[first] === 1 ? [{ first, last }] : [];
      });
      const expectedScores = emissions(weights, tokenFeatures(input, kept, include), include);
      const expectedLabels = new Uint8Array(input.tokens.length);
      for (const { first, last } of stretches) expectedLabels.set(viterbi(weights, expectedScores, first, last), first);
      const tagged = tagText(weights, tokenInputs(input, kept, include), stretches);
      expect(tagged.scores).toEqual(expectedScores);
      expect(tagged.labels).toEqual(expectedLabels);
      expect(tagged.labels.some((label) => label !== 0)).toBe(true);
    }
  });

  it('refuses a text it no longer holds, and weights it was not given', () => {
    const { input, kept } = analyse(SEED);
    const older = tokenInputs(input, kept);
    tokenInputs(input, kept);
    expect(() => featureKernel().features(older)).toThrow('a text it no longer holds');
    expect(() => tagText(emptyWeights(), tokenInputs(input, kept), [{ first: 0, last: 3 }])).toThrow("stored model's weights");
  });

  it('lets go of a kernel a long text has grown (its memory never shrinks), and tags the next text with a fresh one, alike', () => {
    const suggestions = detectAttributions(SEED);
    const grown = featureKernel();
    releaseLargeKernel();
    expect(featureKernel()).toBe(grown);
    releaseLargeKernel(0);
    expect(featureKernel()).not.toBe(grown);
    expect(detectAttributions(SEED)).toEqual(suggestions);
  });

  it('without WebAssembly (node --jitless), lets the detector load and says what is missing when it is asked to tag', async () => {
    vi.stubGlobal('WebAssembly', undefined);
    vi.resetModules();
    try {
      const tagger = await import('../../../shared/suggest/tagger');
      const features = await import('../../../shared/suggest/features');
      const detector = await import('../../../shared/suggest/detect-attributions');
      expect(() => tagger.loadWeights(englishModel as StoredModel)).not.toThrow();
      expect(() => detector.detectAttributions(SEED)).toThrow('The claim suggester needs WebAssembly');
      const { input, kept } = detector.analyse(SEED);
      expect(() => features.tokenFeatures(input, kept)).toThrow('needs WebAssembly');
    } finally {
      vi.unstubAllGlobals();
      vi.resetModules();
    }
  });
});
