// What every importer produces: document content in the stored schema and the metadata it found.
import type { DocNode } from '../domain/content';
import type { DocumentMeta } from '../domain/document';

export type FoundMeta = Partial<
  Pick<DocumentMeta, 'title' | 'byline' | 'outlet' | 'published' | 'url' | 'language' | 'dir' | 'credit' | 'license'>
>;

export interface ParsedArticle {
  meta: FoundMeta;
  content: DocNode;
  /** how many images of the article were left out (a document keeps text only); absent when none */
  imagesLeftOut?: number;
}
