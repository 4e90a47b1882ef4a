// `npm run check:corpus`: checks every .ann.json of the attribution corpus against GUIDE.md's shape
// and its offsets; prints each problem and exits 1 when there is any.
import { corpusProblems, readCorpus } from './corpus-checks.mjs';

const problems = corpusProblems();
for (const problem of problems) console.error(problem);
const articles = readCorpus();
const attributions = articles.reduce((sum, article) => sum + (article.annotation?.attributions?.length ?? 0), 0);
console.log(`${articles.length} articles, ${attributions} attributions: ${problems.length === 0 ? 'sound' : `${problems.length} problems`}`);
process.exitCode = problems.length === 0 ? 0 : 1;
