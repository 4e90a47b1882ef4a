// The Electron shell with electron mocked (test/setup/mock-electron.ts).
import { BrowserWindow } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { IPC_INVOKE } from '@shared/bridge/channels';
import { APP_URL, ELECTRON_CSP, respondToAppRequest } from '../../../main/electron/app-protocol';
import { handleInvoke, installGateway, isTrustedSender } from '../../../main/electron/gateway';
import { menuTemplate } from '../../../main/electron/menu';
import { hardenSession, hardenWebContents, isAllowedRequest } from '../../../main/electron/security';
import { createMainWindow, mainWindowOptions } from '../../../main/electron/window';
import type { CoreHandlers } from '@shared/bridge/contract';
import { useTempDirs } from '../../helpers/temp-dir';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const tempDir = useTempDirs();
const appFrame = { url: 'app://corroborate/index.html', parent: null } as never;

describe('the main window', () => {
  it('is sandboxed and context-isolated, with no Node, web security on and no webviews', () => {
    const prefs = mainWindowOptions('/app/preload.cjs').webPreferences!;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false, preload: '/app/preload.cjs' });
    expect(prefs.allowRunningInsecureContent).toBe(false);
  });

  it('loads the UI from app://, never file://', () => {
    const window = createMainWindow('/app/preload.cjs') as unknown as { loadURL: ReturnType<typeof vi.fn> };
    expect(window.loadURL).toHaveBeenCalledWith(APP_URL);
    expect(APP_URL.startsWith('app://')).toBe(true);
    expect((BrowserWindow as unknown as { created: unknown[] }).created.length).toBeGreaterThan(0);
  });
});

describe('navigation and permissions', () => {
  it('denies navigation, redirects, new windows and webviews', () => {
    const handlers = new Map<string, (event: { preventDefault: () => void }) => void>();
    let openHandler: ((details: unknown) => unknown) | null = null;
    hardenWebContents({
      on: (event: string, handler: (event: { preventDefault: () => void }) => void) => handlers.set(event, handler),
      setWindowOpenHandler: (h: (details: unknown) => unknown) => (openHandler = h),
    } as never);
    for (const event of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      const preventDefault = vi.fn();
      handlers.get(event)!({ preventDefault });
      expect(preventDefault, event).toHaveBeenCalled();
    }
    expect(openHandler!({ url: 'https://example.org' })).toEqual({ action: 'deny' });
  });

  it('denies every permission request and cancels requests outside app://', () => {
    let permissionHandler: ((c: unknown, p: string, cb: (granted: boolean) => void) => void) | null = null;
    let checkHandler: (() => boolean) | null = null;
    let requestFilter: ((details: { url: string }, cb: (r: { cancel: boolean }) => void) => void) | null = null;
    hardenSession({
      setPermissionRequestHandler: (h: typeof permissionHandler) => (permissionHandler = h),
      setPermissionCheckHandler: (h: typeof checkHandler) => (checkHandler = h),
      webRequest: { onBeforeRequest: (h: typeof requestFilter) => (requestFilter = h) },
    } as never);
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal']) {
      const callback = vi.fn();
      permissionHandler!(null, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
    }
    expect(checkHandler!()).toBe(false);
    const decide = (url: string) => {
      let cancel: boolean | undefined;
      requestFilter!({ url }, (r) => (cancel = r.cancel));
      return cancel;
    };
    expect(decide('app://corroborate/assets/index.js')).toBe(false);
    expect(decide('https://tracker.example/pixel.gif')).toBe(true);
    expect(decide('file:///etc/passwd')).toBe(true);
    expect(isAllowedRequest('app://other/x')).toBe(false);
  });
});

describe('the app:// protocol', () => {
  it('serves renderer files with the CSP, and nothing outside the folder or another host', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'renderer'));
    writeFileSync(join(dir, 'renderer', 'index.html'), '<title>ok</title>');
    writeFileSync(join(dir, 'secret.txt'), 'secret');
    const ok = await respondToAppRequest(join(dir, 'renderer'), 'app://corroborate/index.html');
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-security-policy')).toBe(ELECTRON_CSP);
    expect(ELECTRON_CSP).toContain("connect-src 'none'");
    expect((await respondToAppRequest(join(dir, 'renderer'), 'app://corroborate/..%2fsecret.txt')).status).toBe(404);
    expect((await respondToAppRequest(join(dir, 'renderer'), 'app://elsewhere/index.html')).status).toBe(404);
  });
});

describe('the IPC gateway', () => {
  const handlers = { 'library:get': vi.fn(async () => ({ documents: [] })) } as unknown as CoreHandlers;

  it('is the one ipcMain handler, on one channel', () => {
    const ipcMain = { handle: vi.fn() };
    installGateway(ipcMain as never, handlers);
    expect(ipcMain.handle).toHaveBeenCalledTimes(1);
    expect(ipcMain.handle.mock.calls[0]![0]).toBe(IPC_INVOKE);
  });

  it('accepts only the top frame of the app', () => {
    expect(isTrustedSender(appFrame)).toBe(true);
    expect(isTrustedSender({ url: 'https://evil.example/', parent: null } as never)).toBe(false);
    expect(isTrustedSender({ url: 'app://corroborate/index.html', parent: {} } as never)).toBe(false);
    expect(isTrustedSender(null)).toBe(false);
  });

  it('rejects a bad sender, an unknown channel and bad arguments without calling a handler', async () => {
    const rejected: string[] = [];
    const badSender = await handleInvoke(handlers, { senderFrame: { url: 'file:///tmp/x.html', parent: null } as never }, 'library:get', {}, { onRejectedSender: (u) => rejected.push(u) });
    expect(badSender).toMatchObject({ ok: false, error: { message: 'Calls are only accepted from the app window.' } });
    expect(rejected).toEqual(['file:///tmp/x.html']);
    expect(await handleInvoke(handlers, { senderFrame: appFrame }, 'fs:readFile', {})).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(await handleInvoke(handlers, { senderFrame: appFrame }, 'library:get', { path: '/etc' })).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(handlers['library:get']).not.toHaveBeenCalled();
    expect(await handleInvoke(handlers, { senderFrame: appFrame }, 'library:get', {})).toMatchObject({ ok: true });
  });
});

describe('the application menu', () => {
  it('has Import, Export and Quit in File, and Edit and View menus', () => {
    const sent: string[] = [];
    const template = menuTemplate('linux', (c) => sent.push(c));
    const file = template.find((m) => m.label === '&File')!.submenu as Array<{ label?: string; role?: string; click?: () => void }>;
    expect(file.map((i) => i.label ?? i.role)).toEqual(expect.arrayContaining(['Import…', 'Export', 'quit']));
    file.find((i) => i.label === 'Import…')!.click!();
    const exports = (file.find((i) => i.label === 'Export') as { submenu: Array<{ label: string; click: () => void }> }).submenu;
    expect(exports.map((i) => i.label)).toEqual(['CSV (spreadsheets, R, Python)…', 'W3C Web Annotation (JSON-LD)…', 'Report (Markdown)…', 'Report (HTML, printable)…', 'REFI-QDA project (NVivo, ATLAS.ti, MAXQDA)…', 'ClaimReview (schema.org JSON-LD)…', 'Library archive (zip; restores exactly)…']);
    exports.at(-1)!.click();
    expect(sent).toEqual(['import', 'export-archive']);
    expect(template.some((m) => m.role === 'editMenu')).toBe(true);
    expect(template.some((m) => m.label === '&View')).toBe(true);
    expect(menuTemplate('darwin', () => undefined)[0]).toEqual({ role: 'appMenu' });
  });
});

describe('files handed over by a second launch', () => {
  it('keeps existing files and skips flags, their values, folders and missing paths', async () => {
    const { filesToOpen } = await import('../../../main/electron/launch-files');
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), 'x');
    expect(filesToOpen(['/usr/bin/corroborate', '.', '--library', 'a.txt', 'a.txt', '--inspect', 'missing.txt', dir], dir)).toEqual([join(dir, 'a.txt')]);
  });
});
