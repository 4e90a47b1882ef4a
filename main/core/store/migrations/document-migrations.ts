// Migrations of documents/<id>.json. Each has a test that loads a frozen file of the old version
// (test/fixtures/store/library-v1/documents/).
import { DOCUMENT_SCHEMA_VERSION } from '@shared/domain/document';
import { assertContiguous, type Migration } from './migrate';

/** v1 -> v2: documents keep the suggestions the user rejected; none yet. */
const addRejectedSuggestions: Migration = {
  from: 1,
  describe: 'rejected suggestions',
  migrate: (data) => ({ ...data, rejectedSuggestions: [] }),
};

export const DOCUMENT_MIGRATIONS: readonly Migration[] = [addRejectedSuggestions];
assertContiguous(DOCUMENT_MIGRATIONS, DOCUMENT_SCHEMA_VERSION);
