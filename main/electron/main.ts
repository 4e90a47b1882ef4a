// The desktop app's entry point: hardens Electron, takes the single-instance lock, opens the
// library through the core, and shows one window talking to it through the gateway.
import { app, dialog, ipcMain, Menu, session, shell, type BrowserWindow } from 'electron';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { IPC_EVENT } from '@shared/bridge/channels';
import type { MenuCommand } from '@shared/bridge/contract';
import { Core } from '../core/core';
import { createWorkerFileParser } from '../core/documents/worker-file-parser';
import { createWorkerExportRenderer } from '../core/exports/worker-export-renderer';
import { createWorkerAttributionDetector } from '../core/suggestions/worker-attribution-detector';
import { createCoreHandlers } from '../core/handlers';
import { resolveLibraryDir } from '../core/library-location';
import { handleAppProtocol, registerAppScheme } from './app-protocol';
import { installGateway } from './gateway';
import { filesToOpen } from './launch-files';
import { menuTemplate } from './menu';
import { hardenSession, hardenWebContents } from './security';
import { createShellHandlers } from './shell-handlers';
import { createMainWindow } from './window';

function libraryFlag(argv: readonly string[]): string | undefined {
  const { values } = parseArgs({ args: argv.slice(1), options: { library: { type: 'string' } }, strict: false, allowPositionals: true });
  return typeof values.library === 'string' ? values.library : undefined;
}

app.enableSandbox();
registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let mainWindow: BrowserWindow | null = null;
  let core: Core | null = null;

  // A second launch hands its arguments here and exits: focus the window, import named files.
  app.on('second-instance', (_event, argv, workingDirectory) => {
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
    void importLaunchFiles(filesToOpen(argv, workingDirectory));
  });

  async function importLaunchFiles(files: string[]): Promise<void> {
    if (!core || files.length === 0) return;
    for (const file of files) await core.imports.importPath(file).catch((error: unknown) => console.warn(`could not import ${file}:`, error));
    mainWindow?.webContents.send(IPC_EVENT, { type: 'menu:command', command: 'library-changed' });
  }

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));

  app.whenReady().then(async () => {
    const outDir = join(import.meta.dirname, '..');
    hardenSession(session.defaultSession);
    handleAppProtocol(join(outDir, 'renderer'));
    const libraryDir = resolveLibraryDir(libraryFlag(process.argv), app.getPath('userData'));
    const parser = createWorkerFileParser();
    try {
      core = await Core.open(libraryDir, { lock: { description: 'the Corroborate desktop app' }, parser, exportRenderer: createWorkerExportRenderer(), detector: createWorkerAttributionDetector() });
    } catch (error) {
      dialog.showErrorBox('Corroborate cannot open its library', `${libraryDir}\n\n${(error as Error).message}`);
      app.exit(1);
      return;
    }
    const openCore = core;
    installGateway(ipcMain, { ...createCoreHandlers(openCore), ...createShellHandlers(openCore, dialog, () => mainWindow, shell) }, {
      onInternalError: (error, channel) => console.error(`internal error in ${channel}`, error),
      onRejectedSender: (url) => console.warn(`rejected a bridge call from ${url}`),
    });
    const send = (command: MenuCommand) => mainWindow?.webContents.send(IPC_EVENT, { type: 'menu:command', command });
    Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(process.platform, send)));
    openWindow();
    await importLaunchFiles(filesToOpen(process.argv, process.cwd()));
    // ready a reader worker once the window is up, so the first import starts at once
    setTimeout(() => void parser.prewarm?.().catch(() => undefined), 2000).unref();
    core.warmInBackground(3000);
  });

  function openWindow(): void {
    const window = createMainWindow(join(import.meta.dirname, '..', 'preload', 'preload.cjs'));
    window.on('closed', () => (mainWindow = null));
    mainWindow = window;
  }

  // macOS keeps an app running with no window and reopens one from the dock.
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (!mainWindow && core) openWindow();
  });

  let closing = false;
  app.on('will-quit', (event) => {
    if (closing || !core) return;
    closing = true;
    event.preventDefault();
    void core.close().finally(() => app.quit());
  });
}
