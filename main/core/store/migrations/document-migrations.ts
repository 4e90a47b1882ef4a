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

/** v2 -> v3: documents remember the claims the user deleted (so an older copy imported later stays out); none yet. */
const addDeletedClaims: Migration = {
  from: 2,
  describe: 'deleted claims',
  migrate: (data) => ({ ...data, deletedClaims: [] }),
};

export const DOCUMENT_MIGRATIONS: readonly Migration[] = [addRejectedSuggestions, addDeletedClaims];
assertContiguous(DOCUMENT_MIGRATIONS, DOCUMENT_SCHEMA_VERSION);
