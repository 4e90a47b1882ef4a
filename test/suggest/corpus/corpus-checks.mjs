// The corpus's checks, shared by place-spans.mjs (while writing annotations), check-corpus.mjs
// (`npm run check:corpus`) and the Vitest test: the shape GUIDE.md gives an .ann.json file, and
// every span's offsets cutting out exactly its text.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const CORPUS_DIR = join(import.meta.dirname, '../../fixtures/attribution-corpus/articles');
export const ORIGINS = ['original', 'wikinews', 'seed'];
export const SPLITS = ['train', 'test'];
export const TYPES = ['direct-quote', 'anonymous-source', 'data-or-document', 'official-statement', 'reporter-observation', 'indirect-quote', 'other'];

/** Throws, naming the span, when its offsets do not cut out its text. */
export function checkSpanOffsets(text, span, label) {
  if (!Number.isInteger(span.start) || !Number.isInteger(span.end) || span.start < 0 || span.end > text.length || span.start >= span.end) throw new Error(`${label}: offsets ${span.start}-${span.end} are not a span of the text`);
  if (text.slice(span.start, span.end) !== span.text) throw new Error(`${label}: offsets ${span.start}-${span.end} cut out ${JSON.stringify(text.slice(span.start, span.end))}, not ${JSON.stringify(span.text)}`);
}

function checkSpan(text, span, label, nullable) {
  if (span === null && nullable) return;
  if (span === null || typeof span !== 'object') throw new Error(`${label}: must be a span${nullable ? ' or null' : ''}`);
  const keys = Object.keys(span).sort().join(',');
  if (keys !== 'end,start,text') throw new Error(`${label}: a span has exactly start, end and text (has ${keys})`);
  if (typeof span.text !== 'string' || span.text.trim() !== span.text || span.text === '') throw new Error(`${label}: text must be non-empty, without white space at its ends`);
  checkSpanOffsets(text, span, label);
}

/** Every problem of one annotation file against GUIDE.md's shape and its text (empty when sound). */
export function annotationProblems(id, annotation, text) {
  const problems = [];
  const check = (label, test) => {
    try {
      test();
    } catch (error) {
      problems.push(`${id}: ${label ? `${label}: ` : ''}${error.message}`);
    }
  };
  const fail = (message) => {
    throw new Error(message);
  };
  check('', () => annotation.id === id || fail(`id is ${JSON.stringify(annotation.id)}, not the file's name`));
  check('', () => annotation.title === text.split('\n')[0] || fail(`title is not the text's first line`));
  check('', () => ORIGINS.includes(annotation.origin) || fail(`origin must be one of ${ORIGINS.join(', ')}`));
  check('', () => SPLITS.includes(annotation.split) || fail(`split must be one of ${SPLITS.join(', ')}`));
  check('', () => annotation.origin !== 'wikinews' || /^https:\/\/en\.wikinews\.org\//.test(annotation.url ?? '') || fail('a Wikinews article names its url'));
  if (!Array.isArray(annotation.attributions)) return [...problems, `${id}: attributions must be a list`];
  annotation.attributions.forEach((attribution, index) => {
    const label = `attribution ${index + 1}`;
    check(label, () => TYPES.includes(attribution.type) || fail(`type ${JSON.stringify(attribution.type)} is not one of ${TYPES.join(', ')}`));
    check(`${label} content`, () => checkSpan(text, attribution.content, 'span', false));
    check(`${label} source`, () => checkSpan(text, attribution.source, 'span', true));
    check(`${label} cue`, () => checkSpan(text, attribution.cue, 'span', true));
  });
  return problems;
}

/** The corpus's articles: id, text and parsed annotation (null with a problem when it does not parse). */
export function readCorpus(dir = CORPUS_DIR) {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.ann.json'))
    .sort()
    .map((name) => {
      const id = name.replace(/\.ann\.json$/, '');
      const text = readFileSync(join(dir, `${id}.txt`), 'utf8');
      try {
        return { id, text, annotation: JSON.parse(readFileSync(join(dir, name), 'utf8')) };
      } catch (error) {
        return { id, text, annotation: null, problem: `${id}: ${error.message}` };
      }
    });
}

/** Every problem in the corpus (empty when sound). */
export function corpusProblems(dir = CORPUS_DIR) {
  return readCorpus(dir).flatMap((article) => (article.annotation === null ? [article.problem] : annotationProblems(article.id, article.annotation, article.text)));
}
