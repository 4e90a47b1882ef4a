// `npm run train:suggest`: trains the suggester's tagger on the corpus's train articles and writes
// shared/suggest/model/english-tagger.json. `--without-dev` holds the dev slice out (for tuning).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { trainModel } from './train-model';

const MODEL_FILE = join(import.meta.dirname, '../../shared/suggest/model/english-tagger.json');

const started = performance.now();
const split = process.argv.includes('--without-dev') ? 'train-without-dev' : 'train';
const { model, sequences, tokens } = trainModel(split, (line) => console.error(line));
const json = JSON.stringify(model);
writeFileSync(MODEL_FILE, `${json}\n`);
console.log(JSON.stringify({ split, sequences, tokens, buckets: model.buckets.length, bytes: json.length + 1, seconds: Math.round((performance.now() - started) / 100) / 10 }));
