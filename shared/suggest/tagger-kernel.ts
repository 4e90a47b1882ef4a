// The tagger's inner loops, run as WebAssembly (tagger-kernel.wat): each token's feature buckets,
// its label scores and each paragraph's best labels. A fresh process runs them at full speed from
// the first call, where the same loops in JavaScript run interpreted until V8's optimising compiler
// reaches them (that compiler then also takes processor time from the detection). features.ts
// fills a text's per-token values into the kernel's memory; tagger.ts hands it a model's weights.
import { TAGGER_KERNEL_WASM } from './tagger-kernel-wasm';

/** Per token, the 32-bit values (buckets) the features take from the token's words. */
const WORD_ARRAYS = ['word', 'shape', 'suffix', 'previous', 'next', 'lemma'] as const;
/** Per token, the small numbers the other features are looked up by (edge: 1 first of its sentence, 2 last). */
const BYTE_ARRAYS = ['tag', 'wordClass', 'role', 'distance', 'quoted', 'edge', 'include'] as const;
/** The counts and single buckets the templates read. */
const VALUES = ['tagCount', 'distanceCount', 'startTag', 'endTag', 'startClass', 'endClass', 'bias', 'noPreviousWord', 'noNextWord'] as const;
/** The bucket tables. */
const TABLES = ['tagTable', 'previousTagTable', 'nextTagTable', 'trigramTable', 'quotedTable', 'quotedTagTable', 'classTable', 'previousClassTable', 'nextClassTable', 'distanceTable', 'distanceTagTable', 'roleTable', 'roleTagTable', 'roleDistanceTable', 'placeTable'] as const;
/** The memory directory's fields, in the order tagger-kernel.wat numbers them. */
const FIELDS = [...WORD_ARRAYS, ...BYTE_ARRAYS, ...VALUES, ...TABLES, 'scratch'] as const;
type Field = (typeof FIELDS)[number];
const fieldIndex = (field: Field) => FIELDS.indexOf(field);

/** What features.ts's templates look values up in: counts, single buckets and the bucket tables. */
export type FeatureSpace = Record<(typeof VALUES)[number], number> & Record<(typeof TABLES)[number], Int32Array>;

/** One text's per-token values, as views on the kernel's memory: valid until the kernel's next text. */
export type KernelText = { readonly tokens: number } & Record<(typeof WORD_ARRAYS)[number], Int32Array> & Record<(typeof BYTE_ARRAYS)[number], Uint8Array>;

/** A model's weights as the kernel reads them. */
export interface KernelWeights {
  /** each bucket's row in `features` (0: no weights) */
  rowOfBucket: Uint16Array;
  /** rows of LABEL_COUNT weights */
  features: Float32Array;
  /** from x to, and the start's */
  transitions: Float64Array;
  start: Float64Array;
  /** 1 at (from + 1) * LABEL_COUNT + to when `to` may follow `from` (-1: the start) */
  allowed: Uint8Array;
}

/** A text's label scores (LABEL_COUNT per token) and the best label of each token in the stretches tagged (0 elsewhere). */
export interface Tagging {
  scores: Float64Array;
  labels: Uint8Array;
}

/** The tokens first to last (inclusive) of one stretch tagged as a sequence (a paragraph). */
export interface Stretch {
  first: number;
  last: number;
}

const LABEL_COUNT = 7;
const FEATURES_PER_TOKEN = 22;
const PAGE_BYTES = 65_536;
const alignTo8 = (bytes: number) => (bytes + 7) & ~7;

/** The parts of the WebAssembly API used here (shared/ is type-checked without the DOM's and Node's declarations, which have it). */
interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object) => { readonly exports: unknown };
}
interface KernelExports {
  memory: WasmMemory;
  features(tokens: number, out: number): void;
  scores(tokens: number, rows: number, table: number, scores: number): void;
  viterbi(scores: number, first: number, last: number, allowed: number, transitions: number, start: number, best: number, back: number, labels: number): void;
}

const { WebAssembly: wasm, atob: fromBase64 } = globalThis as { WebAssembly?: WasmApi; atob?: (base64: string) => string };

/** Whether this JavaScript engine runs WebAssembly (not under node --jitless, for one). */
export const kernelAvailable = wasm !== undefined && fromBase64 !== undefined;

function instantiate(): KernelExports {
  if (wasm === undefined || fromBase64 === undefined) throw new Error('The claim suggester needs WebAssembly, which this JavaScript engine does not offer (was it started with --jitless?).');
  const module = new wasm.Module(Uint8Array.from(fromBase64(TAGGER_KERNEL_WASM), (character) => character.charCodeAt(0)));
  return new wasm.Instance(module).exports as KernelExports;
}

/** Where a registered model's weights are in memory. */
interface WeightBlock {
  rows: number;
  table: number;
  transitions: number;
  start: number;
  allowed: number;
}

/** The kernel: its memory holds the directory, the bucket tables, the registered models' weights, then one text at a time. */
export class TaggerKernel {
  private readonly exports = instantiate();
  private readonly blocks = new Map<KernelWeights, WeightBlock>();
  /** where the next weights or the text go */
  private end: number;
  /** the text the memory holds now, and where its outputs go */
  private text: { text: KernelText; output: number } | null = null;

  constructor(space: FeatureSpace) {
    let at = alignTo8(FIELDS.length * 4);
    const scratch = at;
    at += FEATURES_PER_TOKEN * 4;
    const placed = TABLES.map((table) => {
      const offset = at;
      at += space[table].byteLength;
      return offset;
    });
    const buffer = this.reserve(at);
    const directory = new Int32Array(buffer, 0, FIELDS.length);
    for (const field of VALUES) directory[fieldIndex(field)] = space[field];
    TABLES.forEach((table, index) => {
      directory[fieldIndex(table)] = placed[index]!;
      new Int32Array(buffer, placed[index]!, space[table].length).set(space[table]);
    });
    directory[fieldIndex('scratch')] = scratch;
    this.end = alignTo8(at);
  }

  /** How much memory the kernel holds (it grows with the longest text tagged, and never shrinks). */
  get memoryBytes(): number {
    return this.exports.memory.buffer.byteLength;
  }

  /** The memory's buffer, grown to at least `bytes` (growing replaces the buffer: views on the old one are emptied). */
  private reserve(bytes: number): ArrayBuffer {
    const memory = this.exports.memory;
    if (memory.buffer.byteLength < bytes) memory.grow(Math.ceil((bytes - memory.buffer.byteLength) / PAGE_BYTES));
    return memory.buffer;
  }

  /** Copies a model's weights into the kernel's memory, once (a text made before then is void). */
  register(weights: KernelWeights): void {
    if (this.blocks.has(weights)) return;
    const block: WeightBlock = { allowed: this.end, start: 0, transitions: 0, rows: 0, table: 0 };
    block.start = alignTo8(block.allowed + weights.allowed.byteLength);
    block.transitions = block.start + weights.start.byteLength;
    block.rows = block.transitions + weights.transitions.byteLength;
    block.table = alignTo8(block.rows + weights.rowOfBucket.byteLength);
    this.end = alignTo8(block.table + weights.features.byteLength);
    const buffer = this.reserve(this.end);
    new Uint8Array(buffer, block.allowed, weights.allowed.length).set(weights.allowed);
    new Float64Array(buffer, block.start, weights.start.length).set(weights.start);
    new Float64Array(buffer, block.transitions, weights.transitions.length).set(weights.transitions);
    new Uint16Array(buffer, block.rows, weights.rowOfBucket.length).set(weights.rowOfBucket);
    new Float32Array(buffer, block.table, weights.features.length).set(weights.features);
    this.blocks.set(weights, block);
    // the text region now starts after these weights
    this.text = null;
  }

  /** Room for a text of `tokens` tokens: its per-token arrays, zeroed, for the caller to fill. */
  newText(tokens: number): KernelText {
    let at = this.end;
    const offsets: Partial<Record<Field, number>> = {};
    for (const name of WORD_ARRAYS) {
      offsets[name] = at;
      at += tokens * 4;
    }
    for (const name of BYTE_ARRAYS) {
      offsets[name] = at;
      at += tokens;
    }
    const output = alignTo8(at);
    // the features (88 bytes a token), or the scores (56) with Viterbi's tables for a stretch as long as the text (63) and the labels (1)
    const buffer = this.reserve(output + tokens * Math.max(FEATURES_PER_TOKEN * 4, LABEL_COUNT * 8 * 2 + LABEL_COUNT + 1));
    new Uint8Array(buffer, this.end, output - this.end).fill(0);
    const directory = new Int32Array(buffer, 0, FIELDS.length);
    for (const [name, offset] of Object.entries(offsets)) directory[fieldIndex(name as Field)] = offset;
    const text: Record<string, unknown> = { tokens };
    for (const name of WORD_ARRAYS) text[name] = new Int32Array(buffer, offsets[name], tokens);
    for (const name of BYTE_ARRAYS) text[name] = new Uint8Array(buffer, offsets[name], tokens);
    this.text = { text: text as KernelText, output };
    return this.text.text;
  }

  private current(text: KernelText): { tokens: number; output: number } {
    if (this.text === null || this.text.text !== text) throw new Error('The tagger kernel was given a text it no longer holds.');
    return { tokens: text.tokens, output: this.text.output };
  }

  /** Every token's features (FEATURES_PER_TOKEN buckets a token; zeros for a token not included). */
  features(text: KernelText): Uint32Array {
    const { tokens, output } = this.current(text);
    this.exports.features(tokens, output);
    return new Uint32Array(this.exports.memory.buffer, output, tokens * FEATURES_PER_TOKEN).slice();
  }

  /** The included tokens' label scores under a registered model, and the best labels of each stretch. */
  tag(text: KernelText, weights: KernelWeights, stretches: readonly Stretch[]): Tagging {
    const { tokens, output } = this.current(text);
    const block = this.blocks.get(weights);
    if (block === undefined) throw new Error('The tagger kernel was given weights it does not hold.');
    const best = output + tokens * LABEL_COUNT * 8;
    const back = best + tokens * LABEL_COUNT * 8;
    const labels = back + tokens * LABEL_COUNT;
    this.exports.scores(tokens, block.rows, block.table, output);
    new Uint8Array(this.exports.memory.buffer, labels, tokens).fill(0);
    for (const { first, last } of stretches) this.exports.viterbi(output, first, last, block.allowed, block.transitions, block.start, best, back, labels);
    const buffer = this.exports.memory.buffer;
    // copies: the next text may grow the memory, which empties views on it
    return { scores: new Float64Array(buffer, output, tokens * LABEL_COUNT).slice(), labels: new Uint8Array(buffer, labels, tokens).slice() };
  }
}
