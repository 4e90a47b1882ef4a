// The tagger's features for each token: the word, its lemma, part of speech and shape, its
// neighbours, whether it is inside a quotation, cue-lexicon hits, the distance to the sentence's
// cue, and the role the rules gave it (content, source or cue of a proposal).
import type { CueLexicon } from './lexicon/lexicon';
import type { Proposal, RuleInput } from './rules';
import { type KernelText, type KernelWeights, TaggerKernel } from './tagger-kernel';
import { type Token, lowerBound } from './tokenize';

export type Role = 'C' | 'S' | 'Q';

function shape(text: string): string {
  const first = text.charAt(0);
  const upper = first.toUpperCase();
  const lower = first.toLowerCase();
  if (upper === lower) return first >= '0' && first <= '9' ? 'd' : text;
  if (first === lower) return 'x';
  if (text.length > 1 && text === text.toUpperCase()) return 'XX';
  return text.length > 1 ? 'Xx' : 'X';
}

/** The rules' roles as the tagger's features name them: none, then B- and I- of content, source and cue. */
const ROLE_NAMES = ['', 'BC', 'IC', 'BS', 'IS', 'BQ', 'IQ'] as const;
/** each role's first index in ROLE_NAMES (its B-; the I- follows it) */
const ROLE_BEGINS: Record<Role, number> = { C: 1, S: 3, Q: 5 };

/** For each token, the role the proposals give it (an index into ROLE_NAMES, 0 for none), marking each span's first token with B-. */
function ruleRoles(tokens: readonly Token[], proposals: readonly Proposal[]): Uint8Array {
  const roles = new Uint8Array(tokens.length);
  const mark = (span: [number, number] | null, role: Role) => {
    if (span === null) return;
    const begins = ROLE_BEGINS[role];
    let first = true;
    for (let index = lowerBound(tokens, span[0]); index < tokens.length && tokens[index]!.start < span[1]; index += 1) {
      if (roles[index] === 0 || role !== 'C') roles[index] = first ? begins : begins + 1;
      first = false;
    }
  };
  for (const proposal of proposals) {
    mark(proposal.content, 'C');
    mark(proposal.source, 'S');
    mark(proposal.cue, 'Q');
  }
  return roles;
}

/** The lexicon classes as the tagger's features name them; the first four come from a cue lemma. */
const CLASS_NAMES = ['', 'speech', 'statement', 'belief', 'anonymous', 'document', 'organization', 'pronoun', 'that'] as const;
const FIRST_WORD_CLASS = 4;

/** A word's class when it is not a cue verb (an index into CLASS_NAMES), by its lower case. */
function wordClass(lower: string, lexicon: CueLexicon): number {
  if (lexicon.anonymousNouns.has(lower)) return 4;
  if (lexicon.documentNouns.has(lower)) return 5;
  if (lexicon.organizationNouns.has(lower) || lexicon.governmentNouns.has(lower)) return 6;
  if (lexicon.pronouns.has(lower)) return 7;
  if (lexicon.complementisers.has(lower)) return 8;
  return 0;
}

const wordClasses = new WeakMap<CueLexicon, Map<string, number>>();

/** Each token's lexicon class (an index into CLASS_NAMES): a cue verb's kind, or its word's class, remembered by word. */
function lexiconClasses(tokens: readonly Token[], lexicon: CueLexicon, cueLemmas: readonly (string | null)[]): Uint8Array {
  let known = wordClasses.get(lexicon);
  if (known === undefined) {
    known = new Map();
    wordClasses.set(lexicon, known);
  }
  const classes = new Uint8Array(tokens.length);
  for (let index = 0; index < tokens.length; index += 1) {
    const lemma = cueLemmas[index];
    if (lemma !== null && lemma !== undefined) {
      classes[index] = lexicon.speechVerbs.has(lemma) ? 1 : lexicon.statementVerbs.has(lemma) ? 2 : 3;
      continue;
    }
    const lower = tokens[index]!.lower;
    let value = known.get(lower);
    if (value === undefined) {
      value = wordClass(lower, lexicon);
      if (known.size > 200_000) known.clear();
      known.set(lower, value);
    }
    classes[index] = value;
  }
  return classes;
}

const bucket = (distance: number) => (distance === 0 ? '0' : distance < 0 ? (distance > -3 ? `${distance}` : distance > -8 ? '-m' : '-f') : distance < 3 ? `+${distance}` : distance < 8 ? '+m' : '+f');

/** Buckets the hashed features fall into (2^16): the tagger's weight table has one row per bucket, small enough to stay in the processor's cache. */
export const FEATURE_BUCKETS = 1 << 16;
/** How many features each token has. */
export const FEATURES_PER_TOKEN = 22;

const hashes = new Map<string, number>();

/** FNV-1a hash of a string (32 bits, as a signed integer), remembered: words repeat, and a map lookup is cheaper than hashing again. */
function hash(text: string): number {
  const known = hashes.get(text);
  if (known !== undefined) return known;
  let value = 0x811c9dc5;
  for (let at = 0; at < text.length; at += 1) value = Math.imul(value ^ text.charCodeAt(at), 0x01000193);
  if (hashes.size > 200_000) hashes.clear();
  hashes.set(text, value | 0);
  return value | 0;
}

/** Each template's seed for bucketOf. */
const TEMPLATE_SEEDS = Int32Array.from({ length: FEATURES_PER_TOKEN }, (_, template) => Math.imul(template + 1, 0x9e3779b1));

/** A feature's bucket from its template number and up to three hashed values (all 32-bit integer arithmetic). */
function bucketOf(template: number, a: number, b = 0, c = 0): number {
  let value = Math.imul(TEMPLATE_SEEDS[template]! ^ a, 0x85ebca6b);
  value = Math.imul(value ^ ((b + 0x165667b1) | 0), 0xc2b2ae35);
  value = Math.imul(value ^ ((c + 0x27d4eb2f) | 0), 0x85ebca6b);
  value ^= value >>> 15;
  return value & (FEATURE_BUCKETS - 1);
}

const NONE = hash('');
const SENTENCE_START = hash('<s>');
const SENTENCE_END = hash('</s>');
const NO_CUE = hash('none');

/**
 * The parts of speech wink's English model gives (universal tags, and SPACE), with the two sentence
 * ends as their first two: a token's tag, and its neighbours', as small numbers that index the
 * bucket tables below. A tag outside the list is read as X.
 */
const TAG_VALUES = ['<s>', '</s>', 'ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SPACE', 'SYM', 'VERB', 'X'] as const;
const TAG_COUNT = TAG_VALUES.length;
const TAG_IDS = new Map<string, number>(TAG_VALUES.map((tag, id) => [tag, id]));
const UNKNOWN_TAG = TAG_IDS.get('X')!;
const [START_TAG, END_TAG] = [0, 1];
const TAG_HASHES = Int32Array.from(TAG_VALUES, (tag, id) => (id === START_TAG ? SENTENCE_START : id === END_TAG ? SENTENCE_END : hash(tag)));
/** a class's neighbour value: the classes, then the two sentence ends */
const CLASS_COUNT = CLASS_NAMES.length;
const [START_CLASS, END_CLASS] = [CLASS_COUNT, CLASS_COUNT + 1];
const CLASS_HASHES = Int32Array.from({ length: CLASS_COUNT + 2 }, (_, id) => (id === START_CLASS ? SENTENCE_START : id === END_CLASS ? SENTENCE_END : hash(CLASS_NAMES[id]!)));
/** distances -8 to 8 (farther ones share the ends' buckets), then "no cue in the sentence" */
const DISTANCE_COUNT = 18;
const NO_CUE_DISTANCE = 17;
const DISTANCE_HASHES = Int32Array.from({ length: DISTANCE_COUNT }, (_, id) => (id === NO_CUE_DISTANCE ? NO_CUE : hash(bucket(id - 8))));
const distanceId = (distance: number) => Math.max(-8, Math.min(8, distance)) + 8;
const ROLE_HASHES = Int32Array.from(ROLE_NAMES, hash);

/** A template's buckets for every combination of up to three small-number values, computed once: a table look-up per feature instead of hashing. */
function bucketTable(template: number, hashesA: Int32Array, hashesB?: Int32Array, hashesC?: Int32Array): Int32Array {
  const [sizeB, sizeC] = [hashesB?.length ?? 1, hashesC?.length ?? 1];
  const table = new Int32Array(hashesA.length * sizeB * sizeC);
  for (let a = 0; a < hashesA.length; a += 1) {
    for (let b = 0; b < sizeB; b += 1) {
      for (let c = 0; c < sizeC; c += 1) table[(a * sizeB + b) * sizeC + c] = bucketOf(template, hashesA[a]!, hashesB?.[b] ?? 0, hashesC?.[c] ?? 0);
    }
  }
  return table;
}

const QUOTED_VALUES = Int32Array.of(0, 1);
/** the features that take only a few values, bucketed once */
const BIAS_BUCKET = bucketOf(0, NONE);
const TAG_BUCKETS = bucketTable(3, TAG_HASHES);
const PREVIOUS_TAG_BUCKETS = bucketTable(8, TAG_HASHES);
const NEXT_TAG_BUCKETS = bucketTable(9, TAG_HASHES);
const TAG_TRIGRAM_BUCKETS = bucketTable(10, TAG_HASHES, TAG_HASHES, TAG_HASHES);
const QUOTED_BUCKETS = bucketTable(11, QUOTED_VALUES);
const QUOTED_TAG_BUCKETS = bucketTable(12, QUOTED_VALUES, TAG_HASHES);
const CLASS_BUCKETS = bucketTable(13, CLASS_HASHES);
const PREVIOUS_CLASS_BUCKETS = bucketTable(14, CLASS_HASHES);
const NEXT_CLASS_BUCKETS = bucketTable(15, CLASS_HASHES);
const DISTANCE_BUCKETS = bucketTable(16, DISTANCE_HASHES);
const DISTANCE_TAG_BUCKETS = bucketTable(17, DISTANCE_HASHES, TAG_HASHES);
const ROLE_BUCKETS = bucketTable(18, ROLE_HASHES);
const ROLE_TAG_BUCKETS = bucketTable(19, ROLE_HASHES, TAG_HASHES);
const ROLE_DISTANCE_BUCKETS = bucketTable(20, ROLE_HASHES, DISTANCE_HASHES);
const PLACE_BUCKETS = bucketTable(21, Int32Array.of(0, 1, 2));
const NO_PREVIOUS_WORD_BUCKET = bucketOf(6, SENTENCE_START);
const NO_NEXT_WORD_BUCKET = bucketOf(7, SENTENCE_END);

/** Of a written word: its buckets as the token's word, shape and suffix, and as its neighbours' previous and next word. */
interface WordBuckets {
  word: number;
  shape: number;
  suffix: number;
  asPrevious: number;
  asNext: number;
}

const wordBucketCache = new Map<string, WordBuckets>();

/** The buckets of a written word, remembered by the word. */
function wordBuckets(text: string): WordBuckets {
  let known = wordBucketCache.get(text);
  if (known === undefined) {
    const lower = text.toLowerCase();
    const word = hash(lower);
    known = { word: bucketOf(1, word), shape: bucketOf(4, hash(shape(text))), suffix: bucketOf(5, hash(lower.slice(-3))), asPrevious: bucketOf(6, word), asNext: bucketOf(7, word) };
    if (wordBucketCache.size > 200_000) wordBucketCache.clear();
    wordBucketCache.set(text, known);
  }
  return known;
}

const lemmaBucketCache = new Map<string, number>();

/** The bucket of a lemma (the word's own lower case when it has no other), remembered. */
function lemmaBucket(lemma: string): number {
  let known = lemmaBucketCache.get(lemma);
  if (known === undefined) {
    known = bucketOf(2, hash(lemma));
    if (lemmaBucketCache.size > 200_000) lemmaBucketCache.clear();
    lemmaBucketCache.set(lemma, known);
  }
  return known;
}

/** For each token, its distance to the nearest cue of its sentence as a distance value (an index into DISTANCE_HASHES). */
function cueDistances(input: RuleInput, classes: Uint8Array): Uint8Array {
  const { tokens, sentences } = input;
  const distances = new Uint8Array(tokens.length).fill(NO_CUE_DISTANCE);
  const cues: number[] = [];
  for (const sentence of sentences) {
    cues.length = 0;
    for (let index = sentence.first; index <= sentence.last; index += 1) {
      const kind = classes[index]!;
      if ((kind > 0 && kind < FIRST_WORD_CLASS) || (tokens[index]!.lower === 'according' && index + 1 < tokens.length && tokens[index + 1]!.lower === 'to')) cues.push(index);
    }
    if (cues.length === 0) continue;
    let nearest = 0;
    for (let index = sentence.first; index <= sentence.last; index += 1) {
      // the first of equally near cues, as a scan of all of them would find
      while (nearest + 1 < cues.length && Math.abs(cues[nearest + 1]! - index) < Math.abs(cues[nearest]! - index)) nearest += 1;
      distances[index] = distanceId(index - cues[nearest]!);
    }
  }
  return distances;
}

/** The kernel that computes the features (and the tagger's scores) from each token's values, made on first use. */
let kernel: TaggerKernel | null = null;
/** The models' weights given to the kernel: a new kernel gets them too. */
const registeredWeights: KernelWeights[] = [];
/** A kernel whose memory a long text has grown past this is let go (WebAssembly memory never shrinks): about 200,000 tokens. */
const LARGE_KERNEL_BYTES = 32 * 1024 * 1024;

export function featureKernel(): TaggerKernel {
  if (kernel !== null) return kernel;
  kernel = new TaggerKernel({
    tagCount: TAG_COUNT,
    distanceCount: DISTANCE_COUNT,
    startTag: START_TAG,
    endTag: END_TAG,
    startClass: START_CLASS,
    endClass: END_CLASS,
    bias: BIAS_BUCKET,
    noPreviousWord: NO_PREVIOUS_WORD_BUCKET,
    noNextWord: NO_NEXT_WORD_BUCKET,
    tagTable: TAG_BUCKETS,
    previousTagTable: PREVIOUS_TAG_BUCKETS,
    nextTagTable: NEXT_TAG_BUCKETS,
    trigramTable: TAG_TRIGRAM_BUCKETS,
    quotedTable: QUOTED_BUCKETS,
    quotedTagTable: QUOTED_TAG_BUCKETS,
    classTable: CLASS_BUCKETS,
    previousClassTable: PREVIOUS_CLASS_BUCKETS,
    nextClassTable: NEXT_CLASS_BUCKETS,
    distanceTable: DISTANCE_BUCKETS,
    distanceTagTable: DISTANCE_TAG_BUCKETS,
    roleTable: ROLE_BUCKETS,
    roleTagTable: ROLE_TAG_BUCKETS,
    roleDistanceTable: ROLE_DISTANCE_BUCKETS,
    placeTable: PLACE_BUCKETS,
  });
  for (const weights of registeredWeights) kernel.register(weights);
  return kernel;
}

/** Copies a model's weights into the kernel (and into any kernel made later). */
export function registerWeights(weights: KernelWeights): void {
  registeredWeights.push(weights);
  featureKernel().register(weights);
}

/** Lets the kernel go when a long text has grown its memory past `limit`: the next text gets a fresh one, and the process its memory back. */
export function releaseLargeKernel(limit = LARGE_KERNEL_BYTES): void {
  if (kernel !== null && kernel.memoryBytes > limit) kernel = null;
}

/**
 * Each token's values in the kernel's memory, from which tagger-kernel.wat makes its
 * FEATURES_PER_TOKEN features: bias; word, lemma, part of speech, shape and suffix; the neighbours'
 * words, parts of speech and lexicon classes; quotation; distance to the sentence's cue; the rules'
 * role for the token; place in the sentence. Each feature is bucketOf(template, its values), looked
 * up in a bucket table or a word's remembered buckets. Tokens not in `include` are left out.
 */
export function tokenInputs(input: RuleInput, proposals: readonly Proposal[], include?: Uint8Array): KernelText {
  const { tokens, sentences, quotes, lexicon } = input;
  const count = tokens.length;
  const text = featureKernel().newText(count);
  text.role.set(ruleRoles(tokens, proposals));
  const classes = lexiconClasses(tokens, lexicon, input.cueLemmas);
  text.wordClass.set(classes);
  for (const quote of quotes) for (let index = lowerBound(tokens, quote.start); index < count && tokens[index]!.start < quote.end; index += 1) text.quoted[index] = 1;
  text.distance.set(cueDistances(input, classes));
  if (include === undefined) text.include.fill(1);
  else text.include.set(include);
  for (const sentence of sentences) {
    text.edge[sentence.first] = 1;
    text.edge[sentence.last]! |= 2;
  }
  for (let index = 0; index < count; index += 1) {
    const token = tokens[index]!;
    const word = wordBuckets(token.text);
    text.word[index] = word.word;
    text.shape[index] = word.shape;
    text.suffix[index] = word.suffix;
    text.previous[index] = word.asPrevious;
    text.next[index] = word.asNext;
    text.tag[index] = TAG_IDS.get(token.pos) ?? UNKNOWN_TAG;
    if (text.include[index] !== 0) text.lemma[index] = lemmaBucket(token.lemma);
  }
  return text;
}

/** Every token's features as buckets, FEATURES_PER_TOKEN per token in one flat array (zeros for a token not in `include`). */
export function tokenFeatures(input: RuleInput, proposals: readonly Proposal[], include?: Uint8Array): Uint32Array {
  return featureKernel().features(tokenInputs(input, proposals, include));
}
