// One handler per core channel of the bridge contract, each a thin call into the core.
import type { CoreHandlers } from '@shared/bridge/contract';
import type { Core } from './core';
import { updateSettings, updateTaxonomy } from './library/library-settings';

export function createCoreHandlers(core: Core): CoreHandlers {
  return {
    'library:get': async () => core.libraryView(),
    'documents:get': ({ documentId }) => core.store.getDocument(documentId),
    'documents:import': ({ fileName, dataBase64 }) => core.imports.importBytes(fileName, Buffer.from(dataBase64, 'base64')),
    'documents:importPaste': (pasted) => core.imports.importPasted(pasted),
    'documents:updateMeta': ({ documentId, changes }) => core.updateMeta(documentId, changes),
    'documents:openSample': () => core.openSample(),
    'documents:delete': async ({ documentId }) => {
      await core.store.trashDocument(documentId);
      return { done: true };
    },
    'trash:list': () => core.store.trash.list(),
    'trash:restore': ({ documentId }) => core.store.restoreFromTrash(documentId),
    'trash:empty': async () => ({ removed: await core.store.emptyTrash() }),
    'backups:list': async () => {
      await core.store.backupsSettled();
      return core.store.backups.list();
    },
    'backups:restore': ({ backupId }) => core.restoreBackup(backupId),
    'backups:restoreDocument': async ({ documentId }) => {
      const { backup, document } = await core.restoreDocument(documentId);
      return { backup, title: document.meta.title };
    },
    'notices:dismiss': async ({ id }) => {
      core.store.notices.dismiss(id);
      return { done: true };
    },
    'claims:create': (args) => core.claims.create(args),
    'claims:update': (args) => core.claims.update(args),
    'claims:delete': async (args) => {
      await core.claims.delete(args);
      return { done: true };
    },
    'claims:put': (args) => core.claims.put(args),
    'claims:createMany': async (args) => ({ claims: await core.claims.createMany(args) }),
    'claims:deleteMany': async (args) => ({ deleted: await core.claims.deleteMany(args) }),
    'claims:putMany': async (args) => ({ claims: await core.claims.putMany(args) }),
    'documents:correctText': (args) => core.texts.correct(args),
    'documents:previewReplaceText': (args) => core.texts.previewReplace(args),
    'documents:restoreText': (args) => core.texts.restore(args),
    'documents:replaceText': (args) => core.texts.replace(args),
    'suggestions:list': ({ documentId }) => core.suggestions.offer(documentId),
    'suggestions:reject': async ({ documentId, keys }) => ({ rejected: await core.suggestions.reject(documentId, keys) }),
    'suggestions:restore': async ({ documentId, keys }) => ({ rejected: await core.suggestions.restore(documentId, keys) }),
    'sources:create': (args) => core.claims.findOrCreateSource(args),
    'sources:createMany': async (args) => ({ sources: await core.claims.findOrCreateSources(args) }),
    'sources:takeBack': async ({ sourceIds }) => ({ sources: await core.createdSources.takeBack(sourceIds) }),
    'sources:putBack': async ({ sources }) => ({ sources: await core.createdSources.putBack(sources) }),
    'sources:update': ({ sourceId, changes }) => core.sources.update(sourceId, changes),
    'sources:merge': ({ fromId, intoId }) => core.sources.merge(fromId, intoId),
    'sources:unmerge': (merged) => core.sources.unmerge(merged),
    'sources:delete': ({ sourceId }) => core.sources.delete(sourceId),
    'sources:restore': (deleted) => core.sources.restore(deleted),
    'sources:stats': () => core.sources.stats(),
    'taxonomy:update': ({ taxonomy }) => updateTaxonomy(core.store, taxonomy),
    'settings:update': ({ changes }) => updateSettings(core.store, changes),
    'tags:list': () => core.tags.list(),
    'tags:rename': ({ from, to }) => core.tags.rename(from, to),
    'tags:delete': ({ tag }) => core.tags.delete(tag),
    'tags:restore': async ({ claims, sets }) => ({ claimsUpdated: await core.tags.restore(claims, sets) }),
    'annotations:import': ({ fileName, dataBase64, documentId }) => core.exchange.importAnnotations(fileName, Buffer.from(dataBase64, 'base64'), { documentId }),
    'exports:start': async ({ format, documentIds, claims }) => core.startExport(format, documentIds, await core.exportSelection(format, claims)),
    'exports:job': async ({ jobId }) => core.exportJobs.get(jobId),
    'exports:cancel': async ({ jobId }) => core.exportJobs.cancel(jobId),
    'exports:take': async ({ jobId }) => core.exportJobs.take(jobId),
    'claims:query': ({ filter, sort, offset, limit }) => core.claimQueries.query(filter, sort, offset, limit),
    'claims:facets': ({ filter }) => core.claimQueries.facets(filter),
    'claims:charts': ({ filter }) => core.claimQueries.charts(filter),
    'claims:bulkEdit': ({ target, change }) => core.bulkEdits.apply(target, change),
    'claims:bulkUndo': ({ bulkId }) => core.bulkEdits.undo(bulkId),
    'sets:create': ({ name, filter }) => core.sets.create(name, filter),
    'sets:update': ({ setId, name, filter }) => core.sets.update(setId, { name, filter }),
    'sets:delete': ({ setId }) => core.sets.delete(setId),
    'sets:restore': ({ set }) => core.sets.restore(set),
    'sets:counts': () => core.sets.counts(),
    'documents:search': ({ query }) => core.documentSearch.search(query),
  };
}
