// Electron is mocked once, here, for every Node test: importing the real package would try to
// download its binary. The fakes record what the shell asks of them so tests can check it.
import { vi } from 'vitest';

vi.mock('electron', () => {
  class FakeWebContents {
    readonly handlers = new Map<string, (...args: unknown[]) => unknown>();
    windowOpenHandler: ((details: unknown) => unknown) | null = null;
    on(event: string, handler: (...args: unknown[]) => unknown) {
      this.handlers.set(event, handler);
      return this;
    }
    setWindowOpenHandler(handler: (details: unknown) => unknown) {
      this.windowOpenHandler = handler;
    }
    send = vi.fn();
  }
  class FakeBrowserWindow {
    static created: FakeBrowserWindow[] = [];
    readonly webContents = new FakeWebContents();
    readonly loadURL = vi.fn(async () => undefined);
    constructor(readonly options: Record<string, unknown>) {
      FakeBrowserWindow.created.push(this);
    }
    once() {
      return this;
    }
    on() {
      return this;
    }
    show() {}
  }
  const ipcMain = { handlers: new Map<string, unknown>(), handle: vi.fn((channel: string, fn: unknown) => ipcMain.handlers.set(channel, fn)) };
  return {
    app: { enableSandbox: vi.fn(), requestSingleInstanceLock: vi.fn(() => true), on: vi.fn(), whenReady: vi.fn(() => new Promise(() => undefined)), getPath: vi.fn(() => '/tmp/corroborate-user-data'), quit: vi.fn(), exit: vi.fn() },
    BrowserWindow: FakeBrowserWindow,
    ipcMain,
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    session: { defaultSession: {} },
    dialog: { showOpenDialog: vi.fn(), showSaveDialog: vi.fn(), showErrorBox: vi.fn() },
    Menu: { buildFromTemplate: vi.fn((t: unknown) => t), setApplicationMenu: vi.fn() },
    contextBridge: { exposeInMainWorld: vi.fn() },
    ipcRenderer: { invoke: vi.fn(), on: vi.fn(), removeListener: vi.fn() },
    shell: { openExternal: vi.fn() },
  };
});
