// Read access to MiniSearch's postings, for scoring without its per-hit result objects (which
// cost 3-5 µs a posting: a common word in a quarter of 200,000 claims took 200 ms). These are
// MiniSearch 7.2.0's private fields, pinned exactly in package.json; MiniSearchPostings checks
// their shape and test/main/core/search/scored-search.test.ts fails if an upgrade changes them.
import type MiniSearch from 'minisearch';

/** For one term: field id → short document id → how often the term occurs in that field. */
export type TermPostings = ReadonlyMap<number, ReadonlyMap<number, number>>;

interface RadixTree {
  get(term: string): TermPostings | undefined;
  atPrefix(prefix: string): Iterable<[string, TermPostings]>;
  fuzzyGet(term: string, maxDistance: number): Map<string, [TermPostings, number]>;
}

/** What MiniSearch keeps (private fields read here only). */
interface Internals {
  _index: RadixTree;
  _documentCount: number;
  _nextId: number;
  _documentIds: Map<number, string>;
  _idToShortId: Map<string, number>;
  _fieldIds: Record<string, number>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
}

const isFunction = (value: unknown): boolean => typeof value === 'function';

/** Throws when `index` does not have the private fields this module reads (a MiniSearch upgrade). */
function checked(index: object): Internals {
  const internals = index as Partial<Internals>;
  const tree = internals._index as Partial<RadixTree> | undefined;
  const shapeOk =
    tree !== undefined &&
    isFunction(tree.get) &&
    isFunction(tree.atPrefix) &&
    isFunction(tree.fuzzyGet) &&
    typeof internals._documentCount === 'number' &&
    typeof internals._nextId === 'number' &&
    internals._documentIds instanceof Map &&
    internals._idToShortId instanceof Map &&
    internals._fieldLength instanceof Map &&
    Array.isArray(internals._avgFieldLength) &&
    typeof internals._fieldIds === 'object';
  if (!shapeOk) throw new Error('MiniSearch internals changed: update main/core/search/minisearch-postings.ts for this version');
  return internals as Internals;
}

/**
 * The postings of a MiniSearch index and the numbers BM25 needs. The terms are read live; each
 * document's field lengths are copied into a typed array (a Map lookup per posting cost more
 * than the rest of the scoring), so documents must be discarded through discard() here.
 */
export class MiniSearchPostings<T extends { id: string }> {
  private readonly m: Internals;
  /** fields per document in `lengths` */
  readonly fieldCount: number;
  /** each document's field lengths, at shortId * fieldCount + fieldId */
  lengths = new Uint32Array(0);
  /** 1 for a document in the index, 0 for one discarded (its postings are dropped later) */
  live = new Uint8Array(0);
  /** short ids below this are in `lengths` and `live` */
  private copied = 0;
  /** each indexed document by short id, as last added or kept */
  private readonly documents: (T | undefined)[] = [];

  constructor(readonly miniSearch: MiniSearch<T>) {
    this.m = checked(miniSearch);
    this.fieldCount = Object.keys(this.m._fieldIds).length;
  }

  /** Indexes documents. */
  add(documents: readonly T[]): void {
    this.miniSearch.addAll(documents);
    for (const document of documents) this.keep(document);
  }

  /** Indexes documents a chunk at a time, letting other work run in between. */
  async addAsync(documents: readonly T[], chunkSize: number): Promise<void> {
    await this.miniSearch.addAllAsync(documents, { chunkSize });
    for (const document of documents) this.keep(document);
  }

  /** Replaces the kept copy of an indexed document whose indexed fields did not change. */
  keep(document: T): void {
    const shortId = this.m._idToShortId.get(document.id);
    if (shortId !== undefined) this.documents[shortId] = document;
  }

  /** Removes a document (MiniSearch drops its postings lazily). */
  discard(id: string): void {
    const shortId = this.m._idToShortId.get(id);
    this.miniSearch.discard(id);
    if (shortId === undefined) return;
    this.documents[shortId] = undefined;
    if (shortId < this.copied) this.live[shortId] = 0;
  }

  has(id: string): boolean {
    return this.miniSearch.has(id);
  }

  /** An indexed document, as last added or kept. */
  document(shortId: number): T | undefined {
    return this.documents[shortId];
  }

  /** Copies the field lengths of documents added since the last call. */
  refresh(): void {
    const limit = this.m._nextId;
    if (limit <= this.copied) return;
    const fields = this.fieldCount;
    if (limit > this.live.length) {
      const capacity = Math.max(limit, Math.ceil(this.live.length * 1.5));
      const lengths = new Uint32Array(capacity * fields);
      lengths.set(this.lengths);
      const live = new Uint8Array(capacity);
      live.set(this.live);
      this.lengths = lengths;
      this.live = live;
    }
    for (let shortId = this.copied; shortId < limit; shortId++) {
      const lengths = this.m._fieldLength.get(shortId);
      if (!lengths) continue;
      this.live[shortId] = 1;
      for (let f = 0; f < fields; f++) this.lengths[shortId * fields + f] = lengths[f] ?? 0;
    }
    this.copied = limit;
  }

  /** documents indexed now */
  documentCount(): number {
    return this.m._documentCount;
  }

  /** one more than the largest short document id given out so far */
  idLimit(): number {
    return this.m._nextId;
  }

  fieldId(field: string): number {
    const id = this.m._fieldIds[field];
    if (id === undefined) throw new Error(`"${field}" is not an indexed field`);
    return id;
  }

  /** the average length, in terms, of a field */
  averageLength(fieldId: number): number {
    return this.m._avgFieldLength[fieldId] ?? 0;
  }

  exact(term: string): TermPostings | undefined {
    return this.m._index.get(term);
  }

  /** the indexed terms that start with `prefix`, itself included */
  withPrefix(prefix: string): Iterable<[string, TermPostings]> {
    return this.m._index.atPrefix(prefix);
  }

  /** the indexed terms within `maxDistance` edits of `term`, with their distance */
  fuzzy(term: string, maxDistance: number): Map<string, [TermPostings, number]> {
    return this.m._index.fuzzyGet(term, maxDistance);
  }
}
