// Arabic words without their definite article, for the search index and its patterns.
import { describe, expect, it } from 'vitest';
import { arabicArticleSource, withoutArabicArticle } from '@shared/text/arabic-article';

describe('the Arabic definite article', () => {
  it('comes off a word, after a one-letter conjunction or preposition too, and leaves two letters at least', () => {
    expect(['الخبز', 'والخبز', 'فالخبز', 'بالخبز', 'كالخبز', 'للخبز', 'خبز'].map(withoutArabicArticle)).toEqual(Array(7).fill('خبز'));
    // "ال" before a single letter is no article of a word; other scripts are left alone
    expect(withoutArabicArticle('الا')).toBe('الا');
    expect(withoutArabicArticle('allegation')).toBe('allegation');
  });

  it('may stand before an Arabic word in a pattern, and not before other words', () => {
    const pattern = new RegExp(`^${arabicArticleSource('خبز')}خبز$`, 'u');
    expect(['الخبز', 'والخبز', 'خبز'].every((word) => pattern.test(word))).toBe(true);
    expect(arabicArticleSource('bread')).toBe('');
  });
});
