// The worker thread that runs the claim suggester for workerDetector (attribution-detector.ts):
// one document's text at a time, or a warm-up on the bundled sample article.
import { parentPort } from 'node:worker_threads';
import { detectAttributions } from '@shared/suggest/detect-attributions';
import { projectText } from '@shared/text/projection';
import { sampleArticle } from '../samples/sample-article';
import type { DetectAnswer, DetectMessage } from './attribution-detector';

/** Runs of the sample article (about 570 words): 50 (0.4 s) bring the next call on another 10,000 words from 360 to 125 ms. */
const WARM_UP_RUNS = 50;

function answer(message: DetectMessage): DetectAnswer {
  try {
    if ('warm' in message) {
      const text = projectText(sampleArticle().content);
      for (let run = 0; run < WARM_UP_RUNS; run++) detectAttributions(text, { language: 'en' });
      return { id: message.id, ok: true, suggestions: [] };
    }
    return { id: message.id, ok: true, suggestions: detectAttributions(message.text, { language: message.language }) };
  } catch (error) {
    return { id: message.id, ok: false, message: (error as Error)?.message ?? String(error) };
  }
}

parentPort!.on('message', (message: DetectMessage) => parentPort!.postMessage(answer(message)));
