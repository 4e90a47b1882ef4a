// The attribution corpus stays sound: every annotation file has GUIDE.md's shape and offsets that cut
// out its spans' texts (the same checks as `npm run check:corpus`), and the checks do catch mistakes.
import { describe, expect, it } from 'vitest';
import { annotationProblems, corpusProblems, readCorpus } from '../../suggest/corpus/corpus-checks.mjs';

const TEXT = 'Headline\n"We will win," the minister said.';
const sound = {
  ...{ id: 'n999', title: 'Headline', origin: 'original', split: 'train' },
  attributions: [{ content: { start: 9, end: 23, text: '"We will win,"' }, source: { start: 24, end: 36, text: 'the minister' }, cue: { start: 37, end: 41, text: 'said' }, type: 'direct-quote' }],
};

describe('the attribution corpus', () => {
  it('has articles in both splits, and no problems', () => {
    const articles = readCorpus();
    expect(articles.some((a) => a.annotation?.split === 'train')).toBe(true);
    expect(articles.some((a) => a.annotation?.split === 'test')).toBe(true);
    expect(corpusProblems()).toEqual([]);
  });

  it('catches offsets that do not cut out the text, unknown types and a wrong title', () => {
    expect(annotationProblems('n999', sound, TEXT)).toEqual([]);
    const shifted = { ...sound, attributions: [{ ...sound.attributions[0]!, cue: { start: 36, end: 40, text: 'said' } }] };
    expect(annotationProblems('n999', shifted, TEXT)).toEqual(['n999: attribution 1 cue: span: offsets 36-40 cut out " sai", not "said"']);
    const unattributed = { ...sound, title: 'Other', attributions: [{ ...sound.attributions[0]!, type: 'unattributed' }] };
    expect(annotationProblems('n999', unattributed, TEXT)).toHaveLength(2);
  });
});
