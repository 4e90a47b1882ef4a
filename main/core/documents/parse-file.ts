// Chooses the importer for a file from its name and content, and runs it.
import { AppFailure } from '@shared/bridge/result';
import type { ImportFormat } from '@shared/domain/document';
import { parsePlainText } from '@shared/importers/plain-text';
import type { ParsedArticle } from '@shared/importers/parsed-article';
import { projectText } from '@shared/text/projection';
import { decodeText } from './decode-text';

const TEXT_EXTENSIONS = new Set(['', 'txt', 'text']);

function extensionOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot + 1).toLowerCase();
}

export interface ParsedFile extends ParsedArticle {
  format: ImportFormat;
}

/** Parses a file's bytes into an article; unsupported, empty or unreadable files are refused. */
export function parseFile(fileName: string, bytes: Uint8Array): ParsedFile {
  if (bytes.length === 0) throw new AppFailure('empty-file', `${fileName} is empty.`);
  const extension = extensionOf(fileName);
  if (!TEXT_EXTENSIONS.has(extension)) {
    throw new AppFailure('unsupported-file', `${fileName}: .${extension} files cannot be imported. Import plain text (.txt).`);
  }
  const parsed = parsePlainText(decodeText(bytes, fileName));
  if (projectText(parsed.content).trim() === '') throw new AppFailure('empty-file', `${fileName} holds no text.`);
  return { ...parsed, format: 'text' };
}
