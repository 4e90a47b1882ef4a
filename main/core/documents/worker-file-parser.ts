// The file parser the app and the CLI use: each import in its own worker thread. (Kept apart
// from file-parser.ts because the "?nodeWorker" import is resolved by the build.)
/// <reference types="electron-vite/node" />
import createParseWorker from './parse-worker?nodeWorker';
import { workerParser, type FileParser } from './file-parser';

export function createWorkerFileParser(): FileParser {
  return workerParser(createParseWorker);
}
