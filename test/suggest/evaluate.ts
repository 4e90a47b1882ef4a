// `npm run eval:suggest`: scores the detector on the corpus's test articles (never trained on) and
// prints one JSON line: claim and source precision, recall and F1, by type, by fixture, speech-verb
// recall, direct-quote F1 and speed. `--split dev` scores the dev slice instead (for tuning);
// `--rules-only` leaves the tagger's proposals out, to measure what it adds.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { english } from '../../shared/suggest/lexicon/english';
import type { AttributionSuggestion } from '../../shared/suggest/suggestion';
import { type Article, type Split, articlesOf } from './corpus-splits';
import { type Counts, type ScoredAttribution, NO_COUNTS, addCounts, countMatches, figures, matchClaims } from './score';

const splitArgument = process.argv.indexOf('--split');
const split = (splitArgument === -1 ? 'test' : process.argv[splitArgument + 1]) as Split;
const articles = articlesOf(split);
const countWords = (text: string) => text.split(/\s+/).filter((w) => w !== '').length;
const words = articles.reduce((sum, a) => sum + countWords(a.text), 0);

// speed on 10,000 words of the split's articles, one text: cold is the first call in this process,
// after the module's import (load_ms: wink's model and the tagger's weights loaded), so it holds
// wink's first readDoc and every function's first, interpreted run;
// warm is the best and the median of nine calls after four more that warm it up. The CPU figures
// count all of the process's threads (V8 compiles and collects garbage on others), so they can
// exceed the wall time
const benchLines: string[] = [];
for (let count = 0, at = 0; count < 10000 && words > 0; at += 1) {
  const line = articles[at % articles.length]!.text.split('\n')[Math.floor(at / articles.length) % 8] ?? '';
  const lineWords = line.split(/\s+/).filter((w) => w !== '');
  benchLines.push(lineWords.slice(0, 10000 - count).join(' '));
  count += Math.min(lineWords.length, 10000 - count);
}
const benchText = benchLines.join('\n');
const loadStart = performance.now();
const { detectAttributions } = await import('../../shared/suggest/detect-attributions');
const loadMs = performance.now() - loadStart;
const combine = process.argv.includes('--rules-only') ? { keepUnconfirmedFrom: 0, addTaggerFrom: Infinity, taggerNeedsCue: true } : undefined;
const detect = (text: string) => detectAttributions(text, combine === undefined ? undefined : { combine });
// wall time, and this process's CPU time (which another program's load on the machine does not inflate)
const cpuTimes: number[] = [];
const timed = () => {
  const start = performance.now();
  const cpu = process.cpuUsage();
  detect(benchText);
  const used = process.cpuUsage(cpu);
  cpuTimes.push((used.user + used.system) / 1000);
  return performance.now() - start;
};
const coldMs = timed();
// V8 is still compiling the hot functions during the next calls (the second takes about half the
// first): four more calls warm it up, and the nine after them are the warm figures
const WARM_UP_CALLS = 4;
const warmUpRuns = Array.from({ length: WARM_UP_CALLS }, timed);
const warmRuns = Array.from({ length: 9 }, timed).sort((a, b) => a - b);
const warmCpu = cpuTimes.slice(1 + WARM_UP_CALLS).sort((a, b) => a - b);
const results = articles.map((article) => detect(article.text));
// one process's first call swings by a third with what else the machine does: the median of fifteen
// fresh processes is the steadier cold figure, taken on the detector as the app and the command
// line run it (bundled into one file, as electron-vite builds out/) and, beside it, as this
// script loads it (a module at a time, through tsx), alternately. The bundle keeps the source's
// syntax, as electron-vite's does: esbuild's "node20" target would turn every regular expression with
// \p{...} into a `new RegExp` call built at each use (14 in the detector)
const COLD_PROCESSES = 15;
const coldDirectory = join(process.cwd(), '.bench', 'eval');
mkdirSync(coldDirectory, { recursive: true });
const benchFile = join(coldDirectory, 'bench.txt');
writeFileSync(benchFile, benchText);
const coldRunner = fileURLToPath(new URL('./cold-run.ts', import.meta.url));
const bundledRunner = join(coldDirectory, 'cold-run.mjs');
buildSync({ entryPoints: [coldRunner], bundle: true, platform: 'node', format: 'esm', target: 'esnext', outfile: bundledRunner, external: ['wink-nlp', 'wink-eng-lite-web-model'], logLevel: 'warning' });
/** A fresh process's first call: wall ms, and (on Linux) the detecting thread's CPU ms and ms waiting for a processor. */
const firstCall = (args: string[]) => execFileSync(process.execPath, [...args, benchFile], { encoding: 'utf8' }).trim().split(' ').map(Number);
const coldCalls: number[][] = [];
const unbundledColdRuns: number[] = [];
for (let run = 0; run < COLD_PROCESSES; run += 1) {
  coldCalls.push(firstCall([bundledRunner]));
  unbundledColdRuns.push(firstCall([...process.execArgv, coldRunner])[0]!);
}
const ascending = (values: number[]) => [...values].sort((a, b) => a - b);
const median = (values: number[]) => (values.length === 0 ? null : ascending(values)[Math.floor(values.length / 2)]!);
const coldRuns = ascending(coldCalls.map(([wall]) => wall!));
unbundledColdRuns.sort((a, b) => a - b);
// on a machine with two processors V8's background compiler threads take one from the detecting
// thread for part of the first call: the wall time is its CPU time and that wait
const coldThreadCpu = median(coldCalls.flatMap((call) => (call.length === 3 ? [call[1]!] : [])));
const coldThreadWaiting = median(coldCalls.flatMap((call) => (call.length === 3 ? [call[2]!] : [])));

const predictedOf = (suggestions: AttributionSuggestion[]): ScoredAttribution[] => suggestions.map((s) => ({ content: s.content, source: s.source, type: s.attribution }));
const goldOf = (article: Article): ScoredAttribution[] => article.annotation.attributions.map((a) => ({ content: a.content, source: a.source, type: a.type }));

/** Whether a gold cue is a speech or writing verb ("said", "told", "wrote", "according to" is not). */
function isSpeechCue(cue: string | undefined): boolean {
  if (cue === undefined) return false;
  return cue
    .toLowerCase()
    .split(/\s+/)
    .some((word) => ['said', 'says', 'told', 'tells', 'wrote', 'writes', 'saying', 'telling', 'writing'].includes(word) || [word, word.replace(/(?:ed|d|s|ing)$/, ''), word.replace(/(?:ied)$/, 'y'), word.replace(/(?:ing)$/, 'e')].some((stem) => english.speechVerbs.has(stem)));
}

let total: Counts = NO_COUNTS;
const byType = new Map<string, Counts>();
const fixtures: Record<string, ReturnType<typeof figures>> = {};
let speechGold = 0;
let speechFound = 0;
articles.forEach((article, index) => {
  const predicted = predictedOf(results[index]!);
  const gold = goldOf(article);
  const counts = countMatches(article.text, predicted, gold);
  total = addCounts(total, counts);
  fixtures[article.id] = figures(counts);
  const types = new Set([...predicted.map((p) => p.type), ...gold.map((g) => g.type)]);
  for (const type of types) {
    const typed = countMatches(article.text, predicted.filter((p) => p.type === type), gold.filter((g) => g.type === type));
    byType.set(type, addCounts(byType.get(type) ?? NO_COUNTS, typed));
  }
  const matchedGold = new Set(matchClaims(article.text, predicted, gold).map(([, g]) => g));
  article.annotation.attributions.forEach((attribution, goldIndex) => {
    if (!isSpeechCue(attribution.cue?.text)) return;
    speechGold += 1;
    if (matchedGold.has(goldIndex)) speechFound += 1;
  });
});

const round = (value: number) => Math.round(value * 1000) / 1000;
const typeFigures = Object.fromEntries([...byType].sort(([a], [b]) => a.localeCompare(b)).map(([type, counts]) => [type, { ...figures(counts), gold: counts.gold, predicted: counts.predicted }]));
console.log(
  JSON.stringify({
    split,
    ...(combine === undefined ? {} : { rules_only: true }),
    articles: articles.length,
    words,
    gold: total.gold,
    predicted: total.predicted,
    ...figures(total),
    direct_quote_f1: typeFigures['direct-quote']?.claim_f1 ?? 0,
    speech_verb_recall: round(speechGold === 0 ? 0 : speechFound / speechGold),
    speech_verb_gold: speechGold,
    ms_per_10k_words: round(warmRuns[0]!),
    ms_per_10k_words_median: round(warmRuns[Math.floor(warmRuns.length / 2)]!),
    ms_per_10k_words_cold: round(coldMs),
    ms_per_10k_words_warming_up: warmUpRuns.map(round),
    ms_per_10k_words_cold_median: round(coldRuns[Math.floor(COLD_PROCESSES / 2)]!),
    ms_per_10k_words_cold_runs: coldRuns.map(round),
    ms_per_10k_words_cold_thread_cpu_median: coldThreadCpu === null ? null : round(coldThreadCpu),
    ms_per_10k_words_cold_waiting_for_cpu_median: coldThreadWaiting === null ? null : round(coldThreadWaiting),
    ms_per_10k_words_cold_median_unbundled: round(unbundledColdRuns[Math.floor(COLD_PROCESSES / 2)]!),
    ms_per_10k_words_cold_runs_unbundled: unbundledColdRuns.map(round),
    cpu_ms_per_10k_words: round(warmCpu[Math.floor(warmCpu.length / 2)]!),
    cpu_ms_per_10k_words_cold: round(cpuTimes[0]!),
    load_ms: round(loadMs),
    by_type: typeFigures,
    fixtures,
  }),
);
