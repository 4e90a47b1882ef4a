// The claim suggester the app and the CLI use: in a worker thread. (Kept apart from
// attribution-detector.ts because the "?nodeWorker" import is resolved by the build.)
/// <reference types="electron-vite/node" />
import createSuggestWorker from './suggest-worker?nodeWorker';
import { workerDetector, type AttributionDetector } from './attribution-detector';

export function createWorkerAttributionDetector(): AttributionDetector {
  return workerDetector(createSuggestWorker);
}
