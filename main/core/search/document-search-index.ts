// The full-text index over documents (title, byline, outlet and the whole text), with MiniSearch:
// built on first use by reading every document, kept up to date as documents change, dropped and
// rebuilt after a restore. The library screen's search box uses it.
import MiniSearch from 'minisearch';
import { withoutArabicArticle } from '@shared/text/arabic-article';
import { foldAccents } from '@shared/text/fold-accents';
import type { StoredDocument } from '@shared/domain/document';
import { projectText } from '@shared/text/projection';
import type { LibraryStore } from '../store/library-store';

interface IndexedDocument {
  id: string;
  title: string;
  byline: string;
  outlet: string;
  text: string;
}

function indexed(doc: StoredDocument): IndexedDocument {
  return { id: doc.id, title: doc.meta.title, byline: doc.meta.byline, outlet: doc.meta.outlet, text: projectText(doc.content) };
}

export class DocumentSearchIndex {
  private index: MiniSearch<IndexedDocument> | null = null;
  private building: Promise<MiniSearch<IndexedDocument>> | null = null;
  private changedWhileBuilding: StoredDocument[] = [];

  constructor(private readonly store: LibraryStore) {
    store.onChange((change) => {
      if (change.kind === 'reloaded') {
        this.index = null;
        this.building = null;
      } else if (!this.index) {
        if (this.building && change.kind === 'document') this.changedWhileBuilding.push(change.document);
      } else {
        const id = change.kind === 'document' ? change.document.id : change.documentId;
        if (this.index.has(id)) this.index.discard(id);
        if (change.kind === 'document') this.index.add(indexed(change.document));
      }
    });
  }

  private ready(): Promise<MiniSearch<IndexedDocument>> {
    if (this.index) return Promise.resolve(this.index);
    this.building ??= (async () => {
      // without accents, as the claims' index: "cafe" finds "Café"
      const index = new MiniSearch<IndexedDocument>({ fields: ['title', 'byline', 'outlet', 'text'], storeFields: [], processTerm: (term) => withoutArabicArticle(foldAccents(term)), searchOptions: { boost: { title: 3, outlet: 2, byline: 2 } } });
      this.changedWhileBuilding = [];
      for (const summary of this.store.documentSummaries()) {
        const doc = await this.store.peekDocument(summary.id).catch(() => null);
        // one document at a time, yielding between them, so the core keeps answering while it builds
        if (doc) await index.addAllAsync([indexed(doc)]);
      }
      for (const doc of this.changedWhileBuilding) {
        if (index.has(doc.id)) index.discard(doc.id);
        index.add(indexed(doc));
      }
      this.index = index;
      return index;
    })();
    return this.building;
  }

  /** Builds the index now (the app does it in the background, after the claims' index). */
  async warm(): Promise<void> {
    await this.ready();
  }

  /** Documents containing every word (the last also as a prefix), most relevant first. */
  async search(query: string): Promise<string[]> {
    if (query.trim() === '') return [];
    const index = await this.ready();
    const present = new Set(this.store.documentSummaries().map((d) => d.id));
    return index
      .search(query, { combineWith: 'AND', prefix: (term, i, all) => i === all.length - 1 && term.length >= 2, fuzzy: (term) => (term.length >= 6 ? 0.2 : false) })
      .map((r) => String(r.id))
      .filter((id) => present.has(id));
  }
}
