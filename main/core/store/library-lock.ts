// One writer per library (DESIGN.md section 9, promise 5): the process that writes holds
// library.lock, created exclusively, naming itself. A second writer is refused with the name of
// the holder; a lock left by a process that has died is taken over.
import { hostname } from 'node:os';
import { AppFailure } from '@shared/bridge/result';
import { errorCode, type FileSystem } from './file-system';

export interface LockOwner {
  /** what holds the library: 'desktop app', 'corroborate serve', 'corroborate import', ... */
  description: string;
}

interface LockFile {
  pid: number;
  host: string;
  description: string;
  since: string;
}

export interface LibraryLock {
  release(): Promise<void>;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errorCode(error) === 'EPERM';
  }
}

async function readHolder(fs: FileSystem, path: string): Promise<LockFile | null> {
  try {
    const parsed = JSON.parse((await fs.readFile(path)).toString('utf8')) as Partial<LockFile>;
    if (typeof parsed.pid !== 'number' || typeof parsed.host !== 'string') return null;
    return { pid: parsed.pid, host: parsed.host, description: String(parsed.description ?? 'another program'), since: String(parsed.since ?? '') };
  } catch {
    return null;
  }
}

async function createExclusively(fs: FileSystem, path: string, content: LockFile): Promise<boolean> {
  try {
    const handle = await fs.open(path, 'wx', 0o600);
    try {
      await handle.writeFile(JSON.stringify(content));
      await handle.sync();
    } finally {
      await handle.close();
    }
    return true;
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return false;
    throw error;
  }
}

/** Takes the lock of the library whose lock file is `path`, or throws a 'locked' AppFailure. */
export async function acquireLibraryLock(fs: FileSystem, path: string, owner: LockOwner, library: string): Promise<LibraryLock> {
  const mine: LockFile = { pid: process.pid, host: hostname(), description: owner.description, since: new Date().toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    if (await createExclusively(fs, path, mine)) {
      return {
        release: async () => {
          const holder = await readHolder(fs, path);
          if (holder?.pid === mine.pid && holder.host === mine.host) await fs.unlink(path).catch(() => undefined);
        },
      };
    }
    const holder = await readHolder(fs, path);
    if (holder === null && attempt === 0) {
      // Being written this instant, or left empty by a process killed while writing it: look again.
      await new Promise((resolve) => setTimeout(resolve, 150));
      continue;
    }
    const stale = holder === null || (holder.host === mine.host && !isAlive(holder.pid));
    if (!stale) {
      const who = holder ? `${holder.description} (process ${holder.pid} on ${holder.host}, since ${holder.since})` : 'another program';
      throw new AppFailure(
        'locked',
        `The library in ${library} is in use by ${who}. Only one program may change a library at a time: close it first.` +
          (holder && holder.host !== mine.host ? ' It runs on another computer; if it is no longer running, delete library.lock.' : ''),
      );
    }
    await fs.unlink(path).catch(() => undefined);
  }
  throw new AppFailure('locked', `Could not take the lock of the library in ${library}.`);
}
