// Starts the real desktop app with Playwright's Electron driver wherever an Electron binary exists.
// On machines without one (such as CI here, where the binary cannot be downloaded) it is skipped
// and says why.
import { _electron as electron, expect, test } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');

/** The Electron executable if it has been downloaded (npm start fetches it on first run), else null. */
function electronBinary(): string | null {
  const pathFile = join(ROOT, 'node_modules', 'electron', 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(ROOT, 'node_modules', 'electron', 'dist', readFileSync(pathFile, 'utf8'));
  return existsSync(binary) ? binary : null;
}

const binary = electronBinary();
const SKIP_REASON = 'no Electron binary on this machine (it is fetched on the first `npm start`)';
const title = 'the desktop app starts, shows the empty library and keeps the renderer sandboxed';

test(binary ? title : `${title} [skipped: ${SKIP_REASON}]`, async () => {
  if (binary === null) console.log(`Desktop smoke test skipped: ${SKIP_REASON}.`);
  test.skip(binary === null, SKIP_REASON);
  const library = mkdtempSync(join(tmpdir(), 'corroborate-electron-'));
  const app = await electron.launch({ executablePath: binary!, args: [ROOT, '--library', library], env: { ...process.env, ELECTRON_DISABLE_SECURITY_WARNINGS: 'false' } });
  try {
    const window = await app.firstWindow();
    await expect(window.getByRole('heading', { name: 'Your library is empty' })).toBeVisible();
    expect(window.url()).toBe('app://corroborate/index.html');
    expect(await window.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    expect(await window.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');
    await window.getByRole('button', { name: 'Open a sample article' }).click();
    await expect(window.getByRole('heading', { level: 1, name: /Ebola/ })).toBeVisible();
  } finally {
    await app.close();
    rmSync(library, { recursive: true, force: true });
  }
});
