// Where the library lives: --library DIR, else $CORROBORATE_LIBRARY, else a "library" folder in
// the desktop app's user-data folder (the same place Electron's app.getPath('userData') gives).
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export const APP_NAME = 'Corroborate';

/** The desktop app's user-data folder, computed as Electron does, for use without Electron. */
export function defaultUserDataDir(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): string {
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_NAME);
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_NAME);
}

export function resolveLibraryDir(flag: string | undefined, userDataDir: string, env: NodeJS.ProcessEnv = process.env): string {
  if (flag) return resolve(flag);
  if (env.CORROBORATE_LIBRARY) return resolve(env.CORROBORATE_LIBRARY);
  return join(userDataDir, 'library');
}
