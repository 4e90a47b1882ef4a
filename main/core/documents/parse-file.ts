// Reads a file into an article: picks the reader for its format, runs it, and checks the result
// against the document schema. A file that cannot be read gives a clear message.
import { AppFailure } from '@shared/bridge/result';
import { DocContentSchema } from '@shared/domain/content';
import type { ImportFormat } from '@shared/domain/document';
import { withHeadlineAsTitle } from '@shared/importers/headline';
import { withLongParagraphsSplit } from '@shared/importers/long-paragraphs';
import { parsePlainText } from '@shared/importers/plain-text';
import type { ParsedArticle } from '@shared/importers/parsed-article';
import { projectText } from '@shared/text/projection';
import { decodeText } from './decode-text';
import { detectFormat } from './detect-format';

export interface ParsedFile extends ParsedArticle {
  format: ImportFormat;
}

/** What the clipboard held, for a pasted document. */
export interface PastedContent {
  html?: string | undefined;
  text?: string | undefined;
}

function checked(parsed: ParsedArticle, format: ImportFormat, fileName: string): ParsedFile {
  const content = DocContentSchema.safeParse(parsed.content);
  if (!content.success) throw new Error(`the ${format} reader produced content outside the schema for ${fileName}`);
  if (projectText(content.data).trim() === '') throw new AppFailure('empty-file', `${fileName} holds no text to import.`);
  // a paragraph too long for the browser to lay out is split at sentence ends (offsets kept)
  return { ...parsed, content: withLongParagraphsSplit(content.data), format };
}

/**
 * Parses a file's bytes into an article; unsupported, damaged or empty files are refused. Each
 * format's reader (and its libraries) is loaded only when a file of that format comes.
 */
export async function parseFile(fileName: string, bytes: Uint8Array): Promise<ParsedFile> {
  if (bytes.length === 0) throw new AppFailure('empty-file', `${fileName} is empty.`);
  const kind = detectFormat(fileName, bytes);
  switch (kind) {
    case 'pdf':
      return checked(await (await import('./formats/pdf')).parsePdf(bytes, fileName), 'pdf', fileName);
    case 'docx':
      return checked(await (await import('./formats/docx')).parseDocx(bytes, fileName), 'docx', fileName);
    case 'html':
      return checked((await import('./formats/html')).parseWebPage(decodeText(bytes, fileName).text), 'html', fileName);
    case 'markdown':
      return checked((await import('./formats/markdown')).parseMarkdown(decodeText(bytes, fileName).text), 'markdown', fileName);
    case 'text':
      return checked(parsePlainText(decodeText(bytes, fileName).text), 'text', fileName);
  }
}

/** Parses pasted clipboard content: HTML when there is some, else plain text. */
export async function parsePasted(pasted: PastedContent, label: string): Promise<ParsedFile> {
  if (pasted.html && pasted.html.trim() !== '') {
    const { parseHtmlFragment } = await import('./formats/html');
    // a pasted page has no <title>: a first heading or headline is the title, as in plain text
    const parsed = checked(withHeadlineAsTitle(parseHtmlFragment(pasted.html)), 'paste', label);
    if (projectText(parsed.content).trim() !== '') return parsed;
  }
  if (pasted.text && pasted.text.trim() !== '') return checked(parsePlainText(pasted.text), 'paste', label);
  throw new AppFailure('empty-file', 'The clipboard holds no text to import.');
}
