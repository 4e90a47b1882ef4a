// Assembles a stored document from what an importer found, filling metadata gaps sensibly.
import type { ImportFormat, StoredDocument } from '@shared/domain/document';
import { DOCUMENT_SCHEMA_VERSION } from '@shared/domain/document';
import { newId } from '@shared/domain/primitives';
import type { ParsedArticle } from '@shared/importers/parsed-article';
import { guessLanguage } from './guess-language';
import { projectText } from '@shared/text/projection';
import { contentHash } from './content-hash';

export interface DocumentOrigin {
  fileName: string;
  format: ImportFormat;
  at: string;
}

/** A title from a file name: "us-forces_attacked.txt" becomes "us forces attacked". */
export function titleFromFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  return base.replace(/\.[^.]{1,6}$/, '').replace(/[_-]+/g, ' ').trim() || 'Untitled';
}

export function buildDocument(parsed: ParsedArticle, origin: DocumentOrigin): StoredDocument {
  const { meta } = parsed;
  return {
    schemaVersion: DOCUMENT_SCHEMA_VERSION,
    id: newId(),
    meta: {
      title: meta.title?.trim() || titleFromFileName(origin.fileName),
      byline: meta.byline ?? '',
      outlet: meta.outlet ?? '',
      published: meta.published ?? '',
      url: meta.url ?? '',
      // a file that names no language gets the one its text reads as (shown, and correctable, in its details)
      language: meta.language || guessLanguage(projectText(parsed.content)),
      dir: meta.dir ?? 'ltr',
      credit: meta.credit ?? '',
      license: meta.license ?? '',
      importedFrom: { fileName: origin.fileName.slice(0, 1000), format: origin.format },
      contentHash: contentHash(parsed.content),
      importedAt: origin.at,
      updatedAt: origin.at,
    },
    content: parsed.content,
    claims: [],
    rejectedSuggestions: [],
    deletedClaims: [],
  };
}
