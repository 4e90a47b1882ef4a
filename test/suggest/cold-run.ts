// One fresh process's first detection, for `eval:suggest`'s cold figure: reads the text at the
// path given, imports the detector (wink's model and the tagger's weights load with it), then
// prints how long the first call took, in milliseconds. evaluate.ts runs it as the app ships it
// (bundled into one file) and as the scripts load it (module by module, through tsx).
import { readFileSync } from 'node:fs';

const text = readFileSync(process.argv[2]!, 'utf8');
const { detectAttributions } = await import('../../shared/suggest/detect-attributions');
const start = performance.now();
detectAttributions(text);
console.log(performance.now() - start);
