// The desktop-only channels: native open and save dialogs around the core's import and export.
import type { BrowserWindow, Dialog, Shell } from 'electron';
import { safeLinkUrl } from '@shared/domain/safe-url';
import { basename } from 'node:path';
import type { ImportBatch, ShellHandlers } from '@shared/bridge/contract';
import { ANNOTATION_FILE_EXTENSIONS, isAnnotationFileName } from '@shared/formats/import-report';
import { AppFailure } from '@shared/bridge/result';
import { EXPORT_FORMATS } from '@shared/formats/export-formats';
import type { Core } from '../core/core';

/** Links open in the system browser only when they parse as https or mailto URLs. */
export function externalUrl(raw: string): string | null {
  const url = safeLinkUrl(raw);
  return url && /^(https:|mailto:)/.test(url) ? url : null;
}

export function createShellHandlers(core: Core, dialog: Dialog, window: () => BrowserWindow | null, shell: Pick<Shell, 'openExternal'>): ShellHandlers {
  return {
    'shell:openExternal': async ({ url }) => {
      const safe = externalUrl(url);
      if (!safe) throw new AppFailure('invalid-argument', `Only https and mailto links open in the browser; ${url.slice(0, 200)} is neither.`);
      await shell.openExternal(safe);
      return { done: true };
    },
    'shell:importWithDialog': async ({ documentId }) => {
      const owner = window();
      const options = {
        title: 'Import articles, annotation sets or a library archive',
        properties: ['openFile', 'multiSelections'] as Array<'openFile' | 'multiSelections'>,
        filters: [
          { name: 'Articles, annotation sets, archives', extensions: ['txt', 'text', 'md', 'markdown', 'html', 'htm', 'docx', 'pdf', ...ANNOTATION_FILE_EXTENSIONS] },
          { name: 'All files', extensions: ['*'] },
        ],
      };
      const picked = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
      const batch: ImportBatch = { imported: [], merged: [], failed: [] };
      if (picked.canceled) return batch;
      for (const path of picked.filePaths) {
        try {
          if (isAnnotationFileName(path)) batch.merged.push(await core.exchange.importPath(path, { documentId }));
          else batch.imported.push(await core.imports.importPath(path));
        } catch (error) {
          if (!(error instanceof AppFailure)) throw error;
          batch.failed.push({ fileName: basename(path), message: error.message });
        }
      }
      return batch;
    },
    'shell:exportWithDialog': async ({ format, documentIds, claims }) => {
      const selection = await core.exportSelection(format, claims);
      const owner = window();
      const options = {
        title: 'Export claims',
        defaultPath: core.exportFileName(format, documentIds, selection),
        filters: [{ name: EXPORT_FORMATS[format].label, extensions: [EXPORT_FORMATS[format].extension] }],
      };
      const picked = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
      if (picked.canceled || !picked.filePath) return null;
      return core.startExportToFile(format, documentIds, picked.filePath, selection);
    },
  };
}
