// The few file-system calls the store makes, behind an interface, so tests can inject faults
// (a failing open, write, fsync or rename) without touching the real disk's behaviour.
import * as fsp from 'node:fs/promises';

export interface FileHandleLike {
  writeFile(data: string | Uint8Array): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

export interface FileStats {
  size: number;
  mtimeMs: number;
  ino: number;
  isFile(): boolean;
  isDirectory(): boolean;
}

export interface FileSystem {
  open(path: string, flags: string, mode?: number): Promise<FileHandleLike>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  readFile(path: string): Promise<Buffer>;
  readdir(path: string): Promise<string[]>;
  mkdir(path: string, options: { recursive: true; mode?: number }): Promise<unknown>;
  stat(path: string): Promise<FileStats>;
  chmod(path: string, mode: number): Promise<void>;
  rm(path: string, options: { recursive: boolean; force: boolean }): Promise<void>;
  copyFile(from: string, to: string): Promise<void>;
  link(existing: string, newPath: string): Promise<void>;
  utimes(path: string, atime: Date, mtime: Date): Promise<void>;
}

export const nodeFileSystem: FileSystem = {
  open: (path, flags, mode) => fsp.open(path, flags, mode),
  rename: (from, to) => fsp.rename(from, to),
  unlink: (path) => fsp.unlink(path),
  readFile: (path) => fsp.readFile(path),
  readdir: (path) => fsp.readdir(path),
  mkdir: (path, options) => fsp.mkdir(path, options),
  stat: (path) => fsp.stat(path),
  chmod: (path, mode) => fsp.chmod(path, mode),
  rm: (path, options) => fsp.rm(path, options),
  copyFile: (from, to) => fsp.copyFile(from, to),
  link: (existing, newPath) => fsp.link(existing, newPath),
  utimes: (path, atime, mtime) => fsp.utimes(path, atime, mtime),
};

/** The error code of a failed file-system call ('ENOENT', 'ENOSPC', ...). */
export function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | null)?.code;
}

/** True for the error a missing file gives. */
export function isNotFound(error: unknown): boolean {
  return errorCode(error) === 'ENOENT';
}

/** Runs `task` on every item with at most `limit` running at once; results keep their order. */
export async function mapLimited<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
