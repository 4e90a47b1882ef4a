// Parses HTML into a DOM (linkedom: a fast, small DOM for Node) for the article extractor and the
// converter. Only ever given HTML that has been through the sanitiser.
import { parseHTML } from 'linkedom';
import type { HtmlNode } from './html-to-content';

export interface ParsedPage {
  document: Document;
  body: HtmlNode;
}

/** A DOM of a sanitised HTML fragment or page body. */
export function parseSanitised(html: string): ParsedPage {
  const { document } = parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`);
  return { document: document as unknown as Document, body: document.body as unknown as HtmlNode };
}

/** The minimal DOM surface the rest of the importer uses (no DOM types in main/). */
export interface Document {
  body: HtmlNode & { textContent: string | null };
  querySelector(selector: string): (HtmlNode & { textContent: string | null }) | null;
}
