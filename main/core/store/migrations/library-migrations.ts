// Migrations of library.json. Each has a test that loads a frozen file of the old version
// (test/fixtures/store/library-v<n>.json).
import { defaultTaxonomy } from '@shared/domain/taxonomy';
import { LIBRARY_SCHEMA_VERSION } from '@shared/domain/library';
import { assertContiguous, type Migration } from './migrate';

type Json = Record<string, unknown>;

/**
 * v1 -> v2: taxonomy entries gain a shortcut key (the defaults' keys for default ids, none for
 * the user's own), and index entries gain the file stamp that start-up compares (unknown after
 * the migration, so the index is checked against every file once).
 */
const addShortcutKeysAndFileStamps: Migration = {
  from: 1,
  describe: 'shortcut keys for taxonomy entries; file stamps in the document index',
  migrate(data) {
    const defaults = defaultTaxonomy();
    const defaultKey = (list: keyof typeof defaults, id: unknown) => defaults[list].find((e) => e.id === id)?.key ?? '';
    const taxonomy = (data.taxonomy ?? {}) as Record<string, Json[]>;
    const withKeys = (list: keyof typeof defaults) => (taxonomy[list] ?? []).map((e) => ({ ...e, key: defaultKey(list, e.id) }));
    return {
      ...data,
      taxonomy: { ...taxonomy, statuses: withKeys('statuses'), attributionTypes: withKeys('attributionTypes'), sourceKinds: withKeys('sourceKinds') },
      documents: ((data.documents ?? []) as Json[]).map((d) => ({ ...d, file: { size: -1, mtimeMs: -1 } })),
    };
  },
};

/** v2 -> v3: saved sets (named filters over claims) live in library.json; a v2 library has none. */
const addSavedSets: Migration = {
  from: 2,
  describe: 'saved sets',
  migrate: (data) => ({ ...data, sets: [] }),
};

/** v3 -> v4: the settings name who publishes the library's ClaimReviews; a v3 library names no one. */
const addReviewer: Migration = {
  from: 3,
  describe: 'the ClaimReview publisher in the settings',
  migrate: (data) => ({ ...data, settings: { ...((data.settings ?? {}) as Json), reviewer: { name: '', url: '', reviewUrl: '' } } }),
};

export const LIBRARY_MIGRATIONS: readonly Migration[] = [addShortcutKeysAndFileStamps, addSavedSets, addReviewer];
assertContiguous(LIBRARY_MIGRATIONS, LIBRARY_SCHEMA_VERSION);
