// Decides what an imported set does to the library, before anything is written (DESIGN.md section
// 6): documents the library lacks are added; claims merge by id (new ones added, one changed on
// both sides keeps the later updatedAt and the other version goes to its history; one the user
// deleted comes back only if the file's version was changed after the deletion); sources and
// taxonomy entries are matched by id, then by name, and added when missing. Anything the library
// cannot take (a claim naming an unknown document, a claim that does not fit) fails the whole
// import with a message saying where, so nothing is half-imported.
import { AppFailure } from '@shared/bridge/result';
import type { Claim } from '@shared/domain/claim';
import { claimProblem } from '@shared/domain/claim-operations';
import type { StoredDocument } from '@shared/domain/document';
import type { LibraryFile } from '@shared/domain/library';
import { newId } from '@shared/domain/primitives';
import { findSourceByName, type Source } from '@shared/domain/source';
import { importRecordNote, sameImportRecord } from '@shared/domain/status-history';
import { DEFAULT_ATTRIBUTION, DEFAULT_STATUS } from '@shared/domain/taxonomy';
import { MAX_REPORT_ITEMS, type ImportItem, type ImportReport } from '@shared/formats/import-report';
import { projectText } from '@shared/text/projection';
import type { IncomingClaim, IncomingSet, IncomingSourceRef } from './incoming-set';
import { placeClaim, quoteOf } from './place-claim';
import { TaxonomyTerms } from './taxonomy-terms';

export interface MergeOptions {
  fileName: string;
  /** the document for claims whose target names no document of the library */
  documentId?: string | undefined;
  at: string;
}

export interface MergePlan {
  library: LibraryFile;
  newDocuments: StoredDocument[];
  /** per existing document: the claims to add or replace */
  upserts: Map<string, Claim[]>;
  report: ImportReport;
}

interface Target {
  doc: StoredDocument;
  text: string;
  claims: Map<string, Claim>;
  /** when the user deleted each claim they deleted from this document */
  deleted: Map<string, string>;
  isNew: boolean;
}

const normalizeIri = (iri: string) => iri.trim().replace(/#.*$/, '').replace(/\/+$/, '').toLowerCase();

/** The registry after the import, and how the file's source ids map onto it. */
class SourceRegistry {
  readonly sources: Source[];
  readonly added: string[] = [];
  /** the ids of every source in `sources` */
  readonly ids: Set<string>;
  private readonly idMap = new Map<string, string>();

  constructor(
    ours: readonly Source[],
    private readonly kindExists: (kind: string) => boolean,
    private readonly at: string,
  ) {
    this.sources = [...ours];
    this.ids = new Set(ours.map((s) => s.id));
  }

  private add(source: Source): void {
    this.sources.push(source);
    this.ids.add(source.id);
  }

  /** Takes the file's full registry entries: matched by id, else by name or alias, else added. */
  carry(source: Source): void {
    const match = this.ids.has(source.id) ? source : findSourceByName(this.sources, source.name);
    if (match) {
      this.idMap.set(source.id, match.id);
      return;
    }
    this.add({ ...source, kind: this.kindExists(source.kind) ? source.kind : 'other' });
    this.idMap.set(source.id, source.id);
    this.added.push(source.name);
  }

  resolve(ref: IncomingSourceRef): string {
    const mapped = ref.id ? (this.idMap.get(ref.id) ?? (this.ids.has(ref.id) ? ref.id : undefined)) : undefined;
    if (mapped) return mapped;
    const match = findSourceByName(this.sources, ref.name);
    if (match) return match.id;
    const source: Source = { id: ref.id ?? newId(), name: ref.name.trim().slice(0, 200), kind: ref.kind && this.kindExists(ref.kind) ? ref.kind : 'other', aliases: [], description: '', createdAt: this.at, updatedAt: this.at };
    this.add(source);
    if (ref.id) this.idMap.set(ref.id, source.id);
    this.added.push(source.name);
    return source.id;
  }
}

function describeVersion(claim: Claim, fileName: string, kept: 'file' | 'library'): string {
  const side = kept === 'file' ? 'this library' : fileName;
  const parts = [`status ${claim.status}`, `attribution ${claim.attribution}`];
  if (claim.tags.length > 0) parts.push(`tags ${claim.tags.join(', ')}`);
  if (claim.note !== '') parts.push(`note “${claim.note}”`);
  return importRecordNote(side, claim.updatedAt, parts);
}

/** A stored time as a report says it ("2026-12-04 16:20 UTC"). */
const whenOf = (at: string) => `${at.slice(0, 16).replace('T', ' ')} UTC`;

const sameClaim = (a: Claim, b: Claim) => JSON.stringify(a) === JSON.stringify(b);

export async function planMerge(library: LibraryFile, loadDocument: (id: string) => Promise<StoredDocument>, set: IncomingSet, options: MergeOptions): Promise<MergePlan> {
  // An archive restored into an empty library brings its taxonomy and settings as they were.
  const restoring = set.kind === 'archive' && library.documents.length === 0 && library.sources.length === 0;
  const terms = new TaxonomyTerms(restoring && set.taxonomy ? set.taxonomy : library.taxonomy, restoring ? null : set.taxonomy);
  const registry = new SourceRegistry(library.sources, (kind) => terms.has('sourceKinds', kind), options.at);
  for (const source of set.sources) registry.carry(source);

  const known = new Map(library.documents.map((d) => [d.id, d]));
  if (options.documentId !== undefined && !known.has(options.documentId)) {
    throw new AppFailure('not-found', `There is no document ${options.documentId} in this library to attach the annotations to.`);
  }
  const targets = new Map<string, Target>();
  const docIdMap = new Map<string, string>();
  const newDocuments: StoredDocument[] = [];
  const documentsAdded: ImportReport['documentsAdded'] = [];
  for (const doc of set.documents) {
    const same = known.get(doc.id) ?? library.documents.find((d) => d.contentHash === doc.meta.contentHash);
    if (same) {
      docIdMap.set(doc.id, same.id);
      continue;
    }
    const added = { ...doc, claims: [] };
    newDocuments.push(added);
    docIdMap.set(doc.id, doc.id);
    targets.set(doc.id, { doc: added, text: projectText(doc.content), claims: new Map(), deleted: new Map(), isNew: true });
    documentsAdded.push({ id: doc.id, title: doc.meta.title });
  }

  const byIri = new Map<string, string>();
  for (const summary of library.documents) byIri.set(`urn:uuid:${summary.id}`, summary.id);
  const urls = new Map<string, string>();
  const documentIdOf = (claim: IncomingClaim): string | null => {
    if (claim.documentId) {
      const mapped = docIdMap.get(claim.documentId) ?? (known.has(claim.documentId) ? claim.documentId : null);
      if (mapped) return mapped;
    }
    if (claim.documentIri) {
      const found = byIri.get(claim.documentIri.toLowerCase()) ?? urls.get(normalizeIri(claim.documentIri));
      if (found) return found;
    }
    return options.documentId ?? null;
  };
  if (set.claims.some((c) => c.documentIri)) {
    for (const summary of library.documents) {
      const url = (await loadDocument(summary.id)).meta.url;
      if (url !== '') urls.set(normalizeIri(url), summary.id);
    }
  }

  const placements = set.claims.map((claim) => ({ claim, documentId: documentIdOf(claim) }));
  const unplaced = placements.filter((p) => p.documentId === null);
  if (unplaced.length > 0) {
    const names = [...new Set(unplaced.map((p) => `“${p.claim.documentLabel}” (${p.claim.where})`))].slice(0, 3).join(', ');
    throw new AppFailure(
      'not-found',
      `${unplaced.length} of the ${set.claims.length} annotations name a document that is not in this library: ${names}. Import the article first, or attach them to a document: open it in the app and import again, or give --document ID on the command line.`,
    );
  }

  const report: ImportReport = { fileName: options.fileName, kind: set.kind, added: 0, updated: 0, unchanged: 0, skipped: 0, documentsAdded, sourcesAdded: [], termsAdded: [], items: [], itemsLeftOut: 0, ignored: set.ignored, claimChanges: [] };
  const note = (item: ImportItem) => (report.items.length < MAX_REPORT_ITEMS ? report.items.push(item) : report.itemsLeftOut++);
  const seen = new Set<string>();
  const keepOrphans = set.kind === 'corroborate' || set.kind === 'archive';
  // another tool's rows whose quote is not in the text wait for the others: kept as orphans (to
  // re-attach) in a document where some of the file's rows were placed, skipped where none was
  const placedIn = new Set<string>();
  const unplaceable: Array<{ incoming: IncomingClaim; documentId: string }> = [];

  const mergeOne = async (incoming: IncomingClaim, documentId: string, pass: 'first' | 'unplaceable'): Promise<void> => {
    let target = targets.get(documentId);
    if (!target) {
      const doc = await loadDocument(documentId);
      target = { doc, text: projectText(doc.content), claims: new Map(doc.claims.map((c) => [c.id, c])), deleted: new Map(doc.deletedClaims.map((d) => [d.id, d.at])), isNew: false };
      targets.set(documentId, target);
    }
    const item = { where: incoming.where, document: target.doc.meta.title, quote: quoteOf(incoming).slice(0, 200) };
    if (pass === 'first' && seen.has(incoming.id)) {
      report.skipped++;
      note({ ...item, outcome: 'skipped', reason: 'The same claim appears earlier in the file.' });
      return;
    }
    seen.add(incoming.id);
    const asOrphan = pass === 'unplaceable' && placedIn.has(documentId);
    const start = Math.max(0, incoming.target.start ?? 0);
    const placed = placeClaim(asOrphan ? { ...incoming, target: { ...incoming.target, start, end: start + incoming.target.exact.length } } : incoming, {
      text: target.text,
      at: options.at,
      keepOrphans: keepOrphans || asOrphan,
      sourceIds: (c) => [...new Set(c.sources.map((s) => registry.resolve(s)))].slice(0, 20),
      status: (c) => (c.status ? terms.resolve('statuses', c.status, options.fileName) : DEFAULT_STATUS),
      attribution: (c) => (c.attribution ? terms.resolve('attributionTypes', c.attribution, options.fileName) : DEFAULT_ATTRIBUTION),
      historyStatus: (id) => terms.resolve('statuses', { value: id, label: null }, options.fileName),
    });
    if ('skipped' in placed) {
      if (pass === 'first' && !keepOrphans && incoming.target.exact !== '') return void unplaceable.push({ incoming, documentId });
      report.skipped++;
      const why = pass === 'unplaceable' ? `${placed.skipped} No row of the file could be placed in this document: is it the article the file annotates?` : placed.skipped;
      note({ ...item, outcome: 'skipped', reason: why });
      return;
    }
    if (placed.claim.anchor !== 'orphan') placedIn.add(documentId);
    const problem = claimProblem(placed.claim, { text: target.text, taxonomy: terms.taxonomy, knownSourceIds: registry.ids });
    if (problem) throw new AppFailure('file-corrupt', `${incoming.where}: this claim does not fit its document: ${problem}.`);
    const ours = target.claims.get(placed.claim.id);
    const deletedAt = ours ? undefined : target.deleted.get(placed.claim.id);
    // a version with no date of its own (dated as imported now) is no later than the deletion
    const undated = incoming.updatedAt === null && incoming.createdAt === null;
    if (deletedAt !== undefined && (undated || placed.claim.updatedAt <= deletedAt)) {
      report.skipped++;
      note({ ...item, outcome: 'skipped', reason: `You deleted this claim here on ${whenOf(deletedAt)}; the file’s version is older, so it stays deleted.` });
    } else if (!ours) {
      target.claims.set(placed.claim.id, placed.claim);
      report.added++;
      if (deletedAt !== undefined) note({ ...item, outcome: 'added', reason: `You deleted this claim here on ${whenOf(deletedAt)}, but the file’s version was changed after that, so it is back.` });
      else if (placed.remark) note({ ...item, outcome: 'added', reason: placed.remark });
    } else if (sameClaim(ours, placed.claim)) {
      report.unchanged++;
    } else if (placed.claim.updatedAt > ours.updatedAt) {
      const history = [...placed.claim.statusHistory, { status: ours.status, at: ours.updatedAt, note: describeVersion(ours, options.fileName, 'file') }];
      target.claims.set(ours.id, { ...placed.claim, statusHistory: history.sort((a, b) => a.at.localeCompare(b.at)) });
      report.updated++;
      note({ ...item, outcome: 'updated', reason: 'The file’s version is newer; this library’s version is kept in the claim’s history.' });
    } else {
      const kept = { status: placed.claim.status, at: placed.claim.updatedAt, note: describeVersion(placed.claim, options.fileName, 'library') };
      // that version is already on record (imported before, under this file name or another)
      if (ours.statusHistory.some((h) => sameImportRecord(h, kept))) {
        report.unchanged++;
        return;
      }
      const history = [...ours.statusHistory, kept];
      target.claims.set(ours.id, { ...ours, statusHistory: history.sort((a, b) => a.at.localeCompare(b.at)) });
      report.skipped++;
      note({ ...item, outcome: 'skipped', reason: 'This library’s version is as new or newer; the file’s version is kept in the claim’s history.' });
    }
  };

  for (const { claim: incoming, documentId } of placements) await mergeOne(incoming, documentId!, 'first');
  for (const { incoming, documentId } of unplaceable) await mergeOne(incoming, documentId, 'unplaceable');

  const upserts = new Map<string, Claim[]>();
  for (const [id, target] of targets) {
    const claims = [...target.claims.values()];
    if (target.isNew) target.doc.claims = claims;
    else {
      const before = new Map(target.doc.claims.map((c) => [c.id, c]));
      const changed = claims.filter((c) => before.get(c.id) !== c);
      if (changed.length > 0) upserts.set(id, changed);
    }
  }
  report.sourcesAdded = registry.added;
  report.termsAdded = terms.added;
  const nextLibrary: LibraryFile = {
    ...library,
    taxonomy: terms.taxonomy,
    sources: registry.sources,
    settings: restoring && set.settings ? set.settings : library.settings,
    sets: [...library.sets, ...set.savedSets.filter((s) => !library.sets.some((own) => own.id === s.id))],
  };
  return { library: nextLibrary, newDocuments, upserts, report };
}
