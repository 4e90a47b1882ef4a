// The export renderer the app and the CLI use: a pool of worker threads. (Kept apart from
// document-renderer.ts because the "?nodeWorker" import is resolved by the build.)
/// <reference types="electron-vite/node" />
import createExportWorker from './export-worker?nodeWorker';
import { workerRenderer, type DocumentRenderer } from './document-renderer';

export function createWorkerExportRenderer(): DocumentRenderer {
  return workerRenderer(createExportWorker);
}
