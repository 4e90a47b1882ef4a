// The names of every bridge channel, with no runtime dependency, so the sandboxed preload can
// allow-list them without bundling zod. The contract (contract.ts) must cover exactly these.

/** Channels served by the core, over Electron IPC and over the web bridge alike. */
export const CORE_CHANNELS = [
  'library:get',
  'documents:get',
  'documents:import',
  'documents:importPaste',
  'documents:updateMeta',
  'documents:openSample',
  'documents:delete',
  'trash:list',
  'trash:restore',
  'trash:empty',
  'backups:list',
  'backups:restore',
  'backups:restoreDocument',
  'notices:dismiss',
  'claims:create',
  'claims:update',
  'claims:delete',
  'claims:put',
  'claims:createMany',
  'claims:deleteMany',
  'claims:putMany',
  'documents:correctText',
  'documents:replaceText',
  'documents:previewReplaceText',
  'documents:restoreText',
  'suggestions:list',
  'suggestions:reject',
  'suggestions:restore',
  'sources:create',
  'sources:createMany',
  'sources:takeBack',
  'sources:putBack',
  'sources:update',
  'sources:merge',
  'sources:unmerge',
  'sources:delete',
  'sources:restore',
  'sources:stats',
  'taxonomy:update',
  'settings:update',
  'tags:list',
  'tags:rename',
  'tags:delete',
  'tags:restore',
  'annotations:import',
  'exports:start',
  'exports:job',
  'exports:cancel',
  'exports:take',
  'claims:query',
  'claims:facets',
  'claims:charts',
  'claims:bulkEdit',
  'claims:bulkUndo',
  'sets:create',
  'sets:update',
  'sets:delete',
  'sets:restore',
  'sets:counts',
  'documents:search',
] as const;

/** Channels only the desktop shell serves: native dialogs and the system browser. */
export const SHELL_CHANNELS = ['shell:importWithDialog', 'shell:exportWithDialog', 'shell:openExternal'] as const;

export type CoreChannel = (typeof CORE_CHANNELS)[number];
export type ShellChannel = (typeof SHELL_CHANNELS)[number];
export type Channel = CoreChannel | ShellChannel;

export const ALL_CHANNELS: readonly Channel[] = [...CORE_CHANNELS, ...SHELL_CHANNELS];

/** Events the desktop shell pushes to the renderer (menu commands). */
export const SHELL_EVENTS = ['menu:command'] as const;
export type ShellEvent = (typeof SHELL_EVENTS)[number];

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && (ALL_CHANNELS as readonly string[]).includes(value);
}

/** The one IPC channel the preload uses to carry bridge calls, and the one for shell events. */
export const IPC_INVOKE = 'corroborate:invoke';
export const IPC_EVENT = 'corroborate:event';
