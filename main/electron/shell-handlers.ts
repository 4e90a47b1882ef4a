// The desktop-only channels: native open and save dialogs around the core's import and export.
import type { BrowserWindow, Dialog, Shell } from 'electron';
import { safeLinkUrl } from '@shared/domain/safe-url';
import { writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ImportBatch, ShellHandlers } from '@shared/bridge/contract';
import { AppFailure } from '@shared/bridge/result';
import { EXPORT_FORMATS } from '@shared/formats/export-formats';
import type { Core } from '../core/core';
import { exportBytes } from '../core/exports/render-export';

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
    'shell:importWithDialog': async () => {
      const owner = window();
      const options = {
        title: 'Import articles',
        properties: ['openFile', 'multiSelections'] as Array<'openFile' | 'multiSelections'>,
        filters: [{ name: 'Articles', extensions: ['txt', 'text', 'md', 'markdown', 'html', 'htm', 'docx', 'pdf'] }, { name: 'All files', extensions: ['*'] }],
      };
      const picked = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
      const batch: ImportBatch = { imported: [], failed: [] };
      if (picked.canceled) return batch;
      for (const path of picked.filePaths) {
        try {
          batch.imported.push(await core.imports.importPath(path));
        } catch (error) {
          if (!(error instanceof AppFailure)) throw error;
          batch.failed.push({ fileName: basename(path), message: error.message });
        }
      }
      return batch;
    },
    'shell:exportWithDialog': async ({ format, documentIds }) => {
      const rendered = await core.renderExport(format, documentIds);
      const owner = window();
      const options = {
        title: 'Export claims',
        defaultPath: rendered.fileName,
        filters: [{ name: EXPORT_FORMATS[format].label, extensions: [EXPORT_FORMATS[format].extension] }],
      };
      const picked = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
      if (picked.canceled || !picked.filePath) return { path: null };
      try {
        await writeFile(picked.filePath, exportBytes(rendered), { mode: 0o600 });
      } catch (error) {
        throw new AppFailure('not-saved', `Could not write ${picked.filePath}: ${(error as Error).message}`);
      }
      return { path: picked.filePath };
    },
  };
}
