// Types for corpus-checks.mjs (plain JavaScript so that place-spans.mjs runs in Node without a build).
export interface CorpusSpan {
  start: number;
  end: number;
  text: string;
}
export interface CorpusAttribution {
  content: CorpusSpan;
  source: CorpusSpan | null;
  cue: CorpusSpan | null;
  type: string;
}
export interface CorpusAnnotation {
  id: string;
  title: string;
  origin: 'original' | 'wikinews' | 'seed';
  split: 'train' | 'test';
  url?: string;
  attributions: CorpusAttribution[];
}
export interface CorpusArticle {
  id: string;
  text: string;
  annotation: CorpusAnnotation | null;
  problem?: string;
}
export const CORPUS_DIR: string;
export const ORIGINS: string[];
export const SPLITS: string[];
export const TYPES: string[];
export function checkSpanOffsets(text: string, span: CorpusSpan, label: string): void;
export function annotationProblems(id: string, annotation: unknown, text: string): string[];
export function readCorpus(dir?: string): CorpusArticle[];
export function corpusProblems(dir?: string): string[];
