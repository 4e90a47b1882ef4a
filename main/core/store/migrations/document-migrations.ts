// Migrations of documents/<id>.json. None yet: documents are at their first version.
import { DOCUMENT_SCHEMA_VERSION } from '@shared/domain/document';
import { assertContiguous, type Migration } from './migrate';

export const DOCUMENT_MIGRATIONS: readonly Migration[] = [];
assertContiguous(DOCUMENT_MIGRATIONS, DOCUMENT_SCHEMA_VERSION);
