// Guesses a text's language from its letters (franc-min: trigram profiles of 82 languages), for
// documents whose file names none: a plain-text, PDF or Word file, or a page without `lang`. The
// guess is a BCP 47 tag ("fr", "ar"; a three-letter code where the language has no two-letter
// one), or '' when the text is too short or the letters too mixed to tell.
import { francAll } from 'franc-min';
import { iso6393To1 } from 'iso-639-3/iso6393-to-1.js';

/**
 * franc names some languages by an individual language within a macrolanguage, which has no
 * two-letter code of its own; the macrolanguage's code is the one other tools use ("ar", "zh").
 */
const MACROLANGUAGE_CODES: Readonly<Record<string, string>> = {
  arb: 'ar',
  cmn: 'zh',
  pes: 'fa',
  zlm: 'ms',
  swh: 'sw',
  uzn: 'uz',
  azj: 'az',
  ckb: 'ku',
  npi: 'ne',
  pbu: 'ps',
  plt: 'mg',
  fuv: 'ff',
  qug: 'qu',
  zyb: 'za',
  koi: 'kv',
};

/** letters franc needs to tell languages apart reliably (a headline alone is too little) */
const MIN_LETTERS = 80;
/** the part of a long text read: enough for a sure guess, and quick on a book-length one */
const SAMPLE = 5000;
/** the runner-up's score, as a share of the best one's, above which the guess is too close to call */
const TOO_CLOSE = 0.98;

/** The text's language as a BCP 47 tag, or '' when it cannot tell. */
export function guessLanguage(text: string): string {
  const sample = text.slice(0, SAMPLE);
  if ((sample.match(/\p{L}/gu)?.length ?? 0) < MIN_LETTERS) return '';
  const [best, second] = francAll(sample, { minLength: MIN_LETTERS });
  if (best === undefined || best[0] === 'und') return '';
  if (second !== undefined && second[1] >= best[1] * TOO_CLOSE) return '';
  return MACROLANGUAGE_CODES[best[0]] ?? iso6393To1[best[0]] ?? best[0];
}
