// Arabic words are searched without their definite article, as search engines' light stemming
// does: "خبز" (bread) finds "الخبز" (the bread), "والخبز" (and the bread), "بالخبز" (with the bread)
// and "للخبز" (for the bread), and "الخبز" typed finds "خبز". The index keys words without it;
// the patterns that mark and test words in a text let it stand before them.

/** the article, after a one-letter conjunction or preposition or not, before a word of two letters or more */
const ARTICLE = /^(?:[\u0648\u0641\u0628\u0643\u0644]?\u0627\u0644|\u0644\u0644)(?=[\u0621-\u064A]{2})/u;

/** A search term (in lower case, accents folded) without an Arabic word's definite article. */
export function withoutArabicArticle(term: string): string {
  return term.replace(ARTICLE, '');
}

const ARABIC_LETTER = /^[\u0621-\u064A]/u;

/** A regular expression's source that matches the article an Arabic word may have before it (nothing for other words). */
export function arabicArticleSource(term: string): string {
  return ARABIC_LETTER.test(term) ? '(?:[\\u0648\\u0641\\u0628\\u0643\\u0644]?\\u0627\\u0644|\\u0644\\u0644)?' : '';
}
