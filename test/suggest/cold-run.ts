// One fresh process's first detection, for `eval:suggest`'s cold figure: reads the text at the
// path given, imports the detector (wink's model and the tagger's weights load with it), then
// prints how long the first call took, in milliseconds: wall time, then (on Linux) the detecting
// thread's own CPU time and its time ready to run but waiting for a processor, which V8's compiler
// and garbage-collector threads share with it. evaluate.ts runs it as the app ships it (bundled
// into one file) and as the scripts load it (module by module, through tsx).
import { readFileSync } from 'node:fs';

/** This thread's CPU time and run-queue wait so far (ms), from Linux's schedstat; null elsewhere. */
function threadTimes(): [number, number] | null {
  try {
    const [cpu, waiting] = readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ').map(Number);
    return [cpu! / 1e6, waiting! / 1e6];
  } catch {
    return null;
  }
}

const text = readFileSync(process.argv[2]!, 'utf8');
const { detectAttributions } = await import('../../shared/suggest/detect-attributions');
const before = threadTimes();
const start = performance.now();
detectAttributions(text);
const wall = performance.now() - start;
const after = threadTimes();
console.log([wall, ...(before && after ? [after[0] - before[0], after[1] - before[1]] : [])].join(' '));
