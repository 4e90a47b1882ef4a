import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isTemporaryFile, writeFileDurably } from '../../../../main/core/store/durable-write';
import { nodeFileSystem, type FileSystem } from '../../../../main/core/store/file-system';
import { useTempDirs } from '../../../helpers/temp-dir';

const tempDir = useTempDirs();

describe('durable writes', () => {
  it('replaces a file whole, with mode 0600, leaving no temporary file', async () => {
    const dir = tempDir();
    const target = join(dir, 'a.json');
    writeFileSync(target, 'old', { mode: 0o644 });
    await writeFileDurably(nodeFileSystem, target, 'new');
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(statSync(target).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir)).toEqual(['a.json']);
  });

  it('fsyncs the data before the rename and the folder after it', async () => {
    const dir = tempDir();
    const calls: string[] = [];
    const traced: FileSystem = {
      ...nodeFileSystem,
      open: async (path, flags, mode) => {
        const handle = await nodeFileSystem.open(path, flags, mode);
        const name = path === dir ? 'folder' : 'temp';
        calls.push(`open ${name}`);
        return {
          writeFile: async (d) => (calls.push(`write ${name}`), handle.writeFile(d)),
          sync: async () => (calls.push(`fsync ${name}`), handle.sync()),
          close: () => handle.close(),
        };
      },
      rename: async (a, b) => (calls.push('rename'), nodeFileSystem.rename(a, b)),
    };
    await writeFileDurably(traced, join(dir, 'b.json'), '{}');
    expect(calls).toEqual(['open temp', 'write temp', 'fsync temp', 'rename', 'open folder', 'fsync folder']);
  });

  it('leaves the old file untouched and removes its temporary file when the write fails', async () => {
    const dir = tempDir();
    const target = join(dir, 'c.json');
    writeFileSync(target, 'kept');
    const failing: FileSystem = {
      ...nodeFileSystem,
      open: async (path, flags, mode) => {
        const handle = await nodeFileSystem.open(path, flags, mode);
        return { ...handle, writeFile: async () => Promise.reject(Object.assign(new Error('no space'), { code: 'ENOSPC' })), sync: () => handle.sync(), close: () => handle.close() };
      },
    };
    await expect(writeFileDurably(failing, target, 'lost')).rejects.toThrow('no space');
    expect(readFileSync(target, 'utf8')).toBe('kept');
    expect(readdirSync(dir)).toEqual(['c.json']);
  });

  it('recognises its own temporary files', () => {
    expect(isTemporaryFile('.library.json.123.abcdef.tmp')).toBe(true);
    expect(isTemporaryFile('library.json')).toBe(false);
  });
});
