// The tagger's features for each token: the word, its lemma, part of speech and shape, its
// neighbours, whether it is inside a quotation, cue-lexicon hits, the distance to the sentence's
// cue, and the role the rules gave it (content, source or cue of a proposal).
import type { CueLexicon } from './lexicon/lexicon';
import { type Proposal, type RuleInput, cueLemmaOf } from './rules';
import type { Token } from './tokenize';

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

/** For each token, the role the proposals give it ('' for none), marking each span's first token with B-. */
function ruleRoles(tokens: readonly Token[], proposals: readonly Proposal[]): string[] {
  const roles = new Array<string>(tokens.length).fill('');
  const mark = (span: [number, number] | null, role: Role) => {
    if (span === null) return;
    let first = true;
    for (let index = lowerBound(tokens, span[0]); index < tokens.length && tokens[index]!.start < span[1]; index += 1) {
      if (roles[index] === '' || role !== 'C') roles[index] = `${first ? 'B' : 'I'}${role}`;
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

export function lowerBound(tokens: readonly Token[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (tokens[middle]!.end <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

function lexiconClass(token: Token, lexicon: CueLexicon, previous: Token | undefined, next: Token | undefined): string {
  const lemma = cueLemmaOf(token, lexicon, previous, next);
  if (lemma !== null) return lexicon.speechVerbs.has(lemma) ? 'speech' : lexicon.statementVerbs.has(lemma) ? 'statement' : 'belief';
  if (lexicon.anonymousNouns.has(token.lower)) return 'anonymous';
  if (lexicon.documentNouns.has(token.lower)) return 'document';
  if (lexicon.organizationNouns.has(token.lower) || lexicon.governmentNouns.has(token.lower)) return 'organization';
  if (lexicon.pronouns.has(token.lower)) return 'pronoun';
  if (lexicon.complementisers.has(token.lower)) return 'that';
  return '';
}

const bucket = (distance: number) => (distance === 0 ? '0' : distance < 0 ? (distance > -3 ? `${distance}` : distance > -8 ? '-m' : '-f') : distance < 3 ? `+${distance}` : distance < 8 ? '+m' : '+f');

/** Buckets the hashed features fall into (2^16): the tagger's weight table has one row per bucket, small enough to stay in the processor's cache. */
export const FEATURE_BUCKETS = 1 << 16;
/** How many features each token has. */
export const FEATURES_PER_TOKEN = 22;

const hashes = new Map<string, number>();

/** FNV-1a hash of a string (32 bits), remembered: words repeat, and a map lookup is cheaper than hashing again. */
function hash(text: string): number {
  const known = hashes.get(text);
  if (known !== undefined) return known;
  let value = 0x811c9dc5;
  for (let at = 0; at < text.length; at += 1) value = Math.imul(value ^ text.charCodeAt(at), 0x01000193);
  if (hashes.size > 200_000) hashes.clear();
  hashes.set(text, value >>> 0);
  return value >>> 0;
}

/** A feature's bucket from its template number and up to three hashed values. */
function bucketOf(template: number, a: number, b = 0, c = 0): number {
  let value = Math.imul(template + 1, 0x9e3779b1);
  value = Math.imul(value ^ a, 0x85ebca6b);
  value = Math.imul(value ^ (b + 0x165667b1), 0xc2b2ae35);
  value = Math.imul(value ^ (c + 0x27d4eb2f), 0x85ebca6b);
  value ^= value >>> 15;
  return (value >>> 0) % FEATURE_BUCKETS;
}

const lexicalCache = new Map<string, [shape: number, suffix: number]>();

/** The hashes of a written word's shape and suffix, remembered by the word. */
function lexicalHashes(text: string, lower: string): [number, number] {
  const known = lexicalCache.get(text);
  if (known !== undefined) return known;
  const computed: [number, number] = [hash(shape(text)), hash(lower.slice(-3))];
  if (lexicalCache.size > 200_000) lexicalCache.clear();
  lexicalCache.set(text, computed);
  return computed;
}

const NONE = hash('');
const SENTENCE_START = hash('<s>');
const SENTENCE_END = hash('</s>');

/**
 * Every token's features as buckets, FEATURES_PER_TOKEN per token in one flat array: word, lemma,
 * part of speech, shape and suffix; neighbours' words, parts of speech and lexicon classes; quotation;
 * distance to the sentence's cue; the rules' role for the token; place in the sentence.
 */
export function tokenFeatures(input: RuleInput, proposals: readonly Proposal[], include?: Uint8Array): Uint32Array {
  const { tokens, sentences, quotes, lexicon } = input;
  const roles = ruleRoles(tokens, proposals);
  const classes = tokens.map((token, index) => lexiconClass(token, lexicon, tokens[index - 1], tokens[index + 1]));
  const inQuote = new Uint8Array(tokens.length);
  for (const quote of quotes) for (let index = lowerBound(tokens, quote.start); index < tokens.length && tokens[index]!.start < quote.end; index += 1) inQuote[index] = 1;
  const cueDistance = new Array<string>(tokens.length).fill('none');
  for (const sentence of sentences) {
    const cues: number[] = [];
    for (let index = sentence.first; index <= sentence.last; index += 1) if (classes[index] === 'speech' || classes[index] === 'statement' || classes[index] === 'belief' || (tokens[index]!.lower === 'according' && tokens[index + 1]?.lower === 'to')) cues.push(index);
    if (cues.length === 0) continue;
    for (let index = sentence.first; index <= sentence.last; index += 1) {
      const nearest = cues.reduce((best, cue) => (Math.abs(cue - index) < Math.abs(best - index) ? cue : best));
      cueDistance[index] = bucket(index - nearest);
    }
  }
  const words = tokens.map((t) => hash(t.lower));
  const lexical = tokens.map((t) => lexicalHashes(t.text, t.lower));
  const tags = tokens.map((t) => hash(t.pos));
  const classHashes = classes.map(hash);
  const roleHashes = roles.map(hash);
  const distances = cueDistance.map(hash);
  const features = new Uint32Array(tokens.length * FEATURES_PER_TOKEN);
  tokens.forEach((token, index) => {
    if (include !== undefined && include[index] === 0) return;
    const sentence = sentences[token.sentence]!;
    const hasPrevious = index > sentence.first;
    const hasNext = index < sentence.last;
    const previousWord = hasPrevious ? words[index - 1]! : SENTENCE_START;
    const nextWord = hasNext ? words[index + 1]! : SENTENCE_END;
    const previousTag = hasPrevious ? tags[index - 1]! : SENTENCE_START;
    const nextTag = hasNext ? tags[index + 1]! : SENTENCE_END;
    const tag = tags[index]!;
    const role = roleHashes[index]!;
    const distance = distances[index]!;
    const base = index * FEATURES_PER_TOKEN;
    features[base + 0] = bucketOf(0, NONE);
    features[base + 1] = bucketOf(1, words[index]!);
    features[base + 2] = bucketOf(2, hash(token.lemma));
    features[base + 3] = bucketOf(3, tag);
    features[base + 4] = bucketOf(4, lexical[index]![0]);
    features[base + 5] = bucketOf(5, lexical[index]![1]);
    features[base + 6] = bucketOf(6, previousWord);
    features[base + 7] = bucketOf(7, nextWord);
    features[base + 8] = bucketOf(8, previousTag);
    features[base + 9] = bucketOf(9, nextTag);
    features[base + 10] = bucketOf(10, previousTag, tag, nextTag);
    features[base + 11] = bucketOf(11, inQuote[index]!);
    features[base + 12] = bucketOf(12, inQuote[index]!, tag);
    features[base + 13] = bucketOf(13, classHashes[index]!);
    features[base + 14] = bucketOf(14, hasPrevious ? classHashes[index - 1]! : SENTENCE_START);
    features[base + 15] = bucketOf(15, hasNext ? classHashes[index + 1]! : SENTENCE_END);
    features[base + 16] = bucketOf(16, distance);
    features[base + 17] = bucketOf(17, distance, tag);
    features[base + 18] = bucketOf(18, role);
    features[base + 19] = bucketOf(19, role, tag);
    features[base + 20] = bucketOf(20, role, distance);
    features[base + 21] = bucketOf(21, index === sentence.first ? 1 : index === sentence.last ? 2 : 0);
  });
  return features;
}
