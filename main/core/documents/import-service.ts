// Imports files into the library: parse, recognise a document already there by its content
// hash, store. A file that cannot be read creates nothing.
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { MAX_IMPORT_BYTES, type ImportOutcome } from '@shared/bridge/contract';
import { AppFailure } from '@shared/bridge/result';
import type { ImportFormat } from '@shared/domain/document';
import type { ParsedArticle } from '@shared/importers/parsed-article';
import type { LibraryStore } from '../store/library-store';
import { buildDocument } from './build-document';
import { contentHash } from './content-hash';
import type { FileParser } from './file-parser';
import type { PastedContent } from './parse-file';
import { projectText } from '@shared/text/projection';
import type { DocNode } from '@shared/domain/content';

/** A title for a pasted document: its first words. */
function firstWords(content: DocNode): string {
  const first = projectText(content).trim().split('\n')[0] ?? '';
  return first.length > 80 ? `${first.slice(0, 80).replace(/\s+\S*$/, '')}…` : first;
}

export class ImportService {
  constructor(
    private readonly store: LibraryStore,
    private readonly clock: () => string,
    private readonly parser: FileParser,
  ) {}

  /** Imports a file given as bytes (from the renderer's file picker, a drop, or the CLI). */
  async importBytes(fileName: string, bytes: Uint8Array): Promise<ImportOutcome> {
    if (bytes.length > MAX_IMPORT_BYTES) {
      throw new AppFailure('too-large', `${fileName} is larger than the ${MAX_IMPORT_BYTES / 1024 / 1024} MB import limit.`);
    }
    const parsed = await this.parser.parse({ kind: 'file', fileName, bytes });
    return this.importParsed(parsed, fileName, parsed.format);
  }

  /** Imports what was pasted from the clipboard as a new document. */
  async importPasted(pasted: PastedContent): Promise<ImportOutcome> {
    const label = `Pasted ${this.clock().slice(0, 16).replace('T', ' ')}`;
    const parsed = await this.parser.parse({ kind: 'paste', pasted, label });
    if (!parsed.meta.title) parsed.meta.title = firstWords(parsed.content);
    return this.importParsed(parsed, label, 'paste');
  }

  /** Imports a file from disk. */
  async importPath(path: string): Promise<ImportOutcome> {
    const name = basename(path);
    let size: number;
    try {
      const info = await stat(path);
      if (!info.isFile()) throw new AppFailure('unsupported-file', `${path} is not a file.`);
      size = info.size;
    } catch (error) {
      if (error instanceof AppFailure) throw error;
      throw new AppFailure('not-found', `${path} cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`);
    }
    if (size > MAX_IMPORT_BYTES) {
      throw new AppFailure('too-large', `${name} is larger than the ${MAX_IMPORT_BYTES / 1024 / 1024} MB import limit.`);
    }
    return this.importBytes(name, await readFile(path));
  }

  /** Stores a parsed article unless a document with the same text is already in the library. */
  async importParsed(parsed: ParsedArticle, fileName: string, format: ImportFormat): Promise<ImportOutcome> {
    const existing = this.store.findDocumentByHash(contentHash(parsed.content));
    if (existing) return { status: 'duplicate', document: existing };
    const doc = buildDocument(parsed, { fileName, format, at: this.clock() });
    const outcome: ImportOutcome = { status: 'imported', document: await this.store.addDocument(doc) };
    if (parsed.imagesLeftOut) outcome.imagesLeftOut = parsed.imagesLeftOut;
    return outcome;
  }
}
