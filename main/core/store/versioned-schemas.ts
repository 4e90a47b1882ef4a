// The schema, migrations and current version of each kind of file in the library.
import { DOCUMENT_SCHEMA_VERSION, StoredDocumentSchema, type StoredDocument } from '@shared/domain/document';
import { LIBRARY_SCHEMA_VERSION, LibraryFileSchema, type LibraryFile } from '@shared/domain/library';
import type { z } from 'zod';
import { DOCUMENT_MIGRATIONS } from './migrations/document-migrations';
import { LIBRARY_MIGRATIONS } from './migrations/library-migrations';
import type { VersionedSchema } from './read-json-file';

export const LIBRARY_FILE: VersionedSchema<LibraryFile> = {
  schema: LibraryFileSchema as z.ZodType<LibraryFile>,
  migrations: LIBRARY_MIGRATIONS,
  current: LIBRARY_SCHEMA_VERSION,
};

export const DOCUMENT_FILE: VersionedSchema<StoredDocument> = {
  schema: StoredDocumentSchema as z.ZodType<StoredDocument>,
  migrations: DOCUMENT_MIGRATIONS,
  current: DOCUMENT_SCHEMA_VERSION,
};
