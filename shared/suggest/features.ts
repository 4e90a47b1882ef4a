// The tagger's features for each token: the word, its lemma, part of speech and shape, its
// neighbours, whether it is inside a quotation, cue-lexicon hits, the distance to the sentence's
// cue, and the role the rules gave it (content, source or cue of a proposal).
import type { CueLexicon } from './lexicon/lexicon';
import type { Proposal, RuleInput } from './rules';
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

/** Of a written word: the hashes of its lower case, its shape and its last three letters. */
interface WordHashes {
  word: number;
  shape: number;
  suffix: number;
}

const wordHashCache = new Map<string, WordHashes>();

/** The hashes of a written word, remembered by the word (one lookup per token instead of three). */
function wordHashes(text: string): WordHashes {
  let known = wordHashCache.get(text);
  if (known === undefined) {
    const lower = text.toLowerCase();
    known = { word: hash(lower), shape: hash(shape(text)), suffix: hash(lower.slice(-3)) };
    if (wordHashCache.size > 200_000) wordHashCache.clear();
    wordHashCache.set(text, known);
  }
  return known;
}

const NONE = hash('');
const SENTENCE_START = hash('<s>');
const SENTENCE_END = hash('</s>');
const NO_CUE = hash('none');
/** the features that take only a few values, bucketed once: the bias, quotation, place in the sentence */
const BIAS_BUCKET = bucketOf(0, NONE);
const QUOTED_BUCKETS = [bucketOf(11, 0), bucketOf(11, 1)];
const PLACE_BUCKETS = [bucketOf(21, 0), bucketOf(21, 1), bucketOf(21, 2)];
const ROLE_HASHES = Int32Array.from(ROLE_NAMES, hash);
const CLASS_HASHES = Int32Array.from(CLASS_NAMES, hash);

/** The hash of each distance's bucket, for distances -8 to 8 (farther ones share the ends' buckets). */
const DISTANCE_HASHES = Int32Array.from({ length: 17 }, (_, at) => hash(bucket(at - 8)));
const distanceHash = (distance: number) => DISTANCE_HASHES[Math.max(-8, Math.min(8, distance)) + 8]!;

/** For each token, the hash of its distance to the nearest cue of its sentence (bucketed), or of "none". */
function cueDistanceHashes(input: RuleInput, classes: Uint8Array): Int32Array {
  const { tokens, sentences } = input;
  const distances = new Int32Array(tokens.length).fill(NO_CUE);
  const cues: number[] = [];
  for (const sentence of sentences) {
    cues.length = 0;
    for (let index = sentence.first; index <= sentence.last; index += 1) {
      const kind = classes[index]!;
      if ((kind > 0 && kind < FIRST_WORD_CLASS) || (tokens[index]!.lower === 'according' && tokens[index + 1]?.lower === 'to')) cues.push(index);
    }
    if (cues.length === 0) continue;
    let nearest = 0;
    for (let index = sentence.first; index <= sentence.last; index += 1) {
      // the first of equally near cues, as a scan of all of them would find
      while (nearest + 1 < cues.length && Math.abs(cues[nearest + 1]! - index) < Math.abs(cues[nearest]! - index)) nearest += 1;
      distances[index] = distanceHash(index - cues[nearest]!);
    }
  }
  return distances;
}

/**
 * Every token's features as buckets, FEATURES_PER_TOKEN per token in one flat array: word, lemma,
 * part of speech, shape and suffix; neighbours' words, parts of speech and lexicon classes; quotation;
 * distance to the sentence's cue; the rules' role for the token; place in the sentence.
 */
export function tokenFeatures(input: RuleInput, proposals: readonly Proposal[], include?: Uint8Array): Uint32Array {
  const { tokens, sentences, quotes, lexicon } = input;
  const count = tokens.length;
  const roles = ruleRoles(tokens, proposals);
  const classes = lexiconClasses(tokens, lexicon, input.cueLemmas);
  const inQuote = new Uint8Array(count);
  for (const quote of quotes) for (let index = lowerBound(tokens, quote.start); index < count && tokens[index]!.start < quote.end; index += 1) inQuote[index] = 1;
  const distances = cueDistanceHashes(input, classes);
  const written: WordHashes[] = new Array<WordHashes>(count);
  const words = new Int32Array(count);
  const tags = new Int32Array(count);
  const classHashes = new Int32Array(count);
  for (let index = 0; index < count; index += 1) {
    const token = tokens[index]!;
    written[index] = wordHashes(token.text);
    words[index] = written[index]!.word;
    tags[index] = hash(token.pos);
    classHashes[index] = CLASS_HASHES[classes[index]!]!;
  }
  const features = new Uint32Array(count * FEATURES_PER_TOKEN);
  for (let index = 0; index < count; index += 1) {
    if (include !== undefined && include[index] === 0) continue;
    const token = tokens[index]!;
    const sentence = sentences[token.sentence]!;
    const hasPrevious = index > sentence.first;
    const hasNext = index < sentence.last;
    const word = words[index]!;
    const previousWord = hasPrevious ? words[index - 1]! : SENTENCE_START;
    const nextWord = hasNext ? words[index + 1]! : SENTENCE_END;
    const previousTag = hasPrevious ? tags[index - 1]! : SENTENCE_START;
    const nextTag = hasNext ? tags[index + 1]! : SENTENCE_END;
    const tag = tags[index]!;
    const role = ROLE_HASHES[roles[index]!]!;
    const distance = distances[index]!;
    const quoted = inQuote[index]!;
    const base = index * FEATURES_PER_TOKEN;
    features[base + 0] = BIAS_BUCKET;
    features[base + 1] = bucketOf(1, word);
    features[base + 2] = bucketOf(2, token.lemma === token.lower ? word : hash(token.lemma));
    features[base + 3] = bucketOf(3, tag);
    features[base + 4] = bucketOf(4, written[index]!.shape);
    features[base + 5] = bucketOf(5, written[index]!.suffix);
    features[base + 6] = bucketOf(6, previousWord);
    features[base + 7] = bucketOf(7, nextWord);
    features[base + 8] = bucketOf(8, previousTag);
    features[base + 9] = bucketOf(9, nextTag);
    features[base + 10] = bucketOf(10, previousTag, tag, nextTag);
    features[base + 11] = QUOTED_BUCKETS[quoted]!;
    features[base + 12] = bucketOf(12, quoted, tag);
    features[base + 13] = bucketOf(13, classHashes[index]!);
    features[base + 14] = bucketOf(14, hasPrevious ? classHashes[index - 1]! : SENTENCE_START);
    features[base + 15] = bucketOf(15, hasNext ? classHashes[index + 1]! : SENTENCE_END);
    features[base + 16] = bucketOf(16, distance);
    features[base + 17] = bucketOf(17, distance, tag);
    features[base + 18] = bucketOf(18, role);
    features[base + 19] = bucketOf(19, role, tag);
    features[base + 20] = bucketOf(20, role, distance);
    features[base + 21] = PLACE_BUCKETS[index === sentence.first ? 1 : index === sentence.last ? 2 : 0]!;
  }
  return features;
}
