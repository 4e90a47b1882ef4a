// The desktop-only channels: native open and save dialogs around the core's import and export.
import type { BrowserWindow, Dialog } from 'electron';
import { writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ImportBatch, ShellHandlers } from '@shared/bridge/contract';
import { AppFailure } from '@shared/bridge/result';
import type { Core } from '../core/core';

export function createShellHandlers(core: Core, dialog: Dialog, window: () => BrowserWindow | null): ShellHandlers {
  return {
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
        filters: [format === 'csv' ? { name: 'CSV', extensions: ['csv'] } : { name: 'JSON-LD', extensions: ['jsonld', 'json'] }],
      };
      const picked = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
      if (picked.canceled || !picked.filePath) return { path: null };
      try {
        await writeFile(picked.filePath, rendered.content, { mode: 0o600 });
      } catch (error) {
        throw new AppFailure('not-saved', `Could not write ${picked.filePath}: ${(error as Error).message}`);
      }
      return { path: picked.filePath };
    },
  };
}
