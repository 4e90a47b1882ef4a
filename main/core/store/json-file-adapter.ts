// lowdb adapter for one JSON file, written durably (write-durable.ts) instead of through lowdb's
// default writer, which never fsyncs, reuses one temporary name and resets the mode to 0644.
import type { Adapter } from 'lowdb';
import { writeFileDurably } from './durable-write';
import { isNotFound, type FileSystem } from './file-system';

export class JsonFileAdapter<T> implements Adapter<T> {
  constructor(
    readonly path: string,
    private readonly fs: FileSystem,
  ) {}

  /** The file's raw bytes, or null when it does not exist. Parsing is the loader's job. */
  async readBytes(): Promise<Buffer | null> {
    try {
      return await this.fs.readFile(this.path);
    } catch (error) {
      if (isNotFound(error)) return null;
      throw error;
    }
  }

  async read(): Promise<T | null> {
    const bytes = await this.readBytes();
    return bytes === null ? null : (JSON.parse(bytes.toString('utf8')) as T);
  }

  async write(data: T): Promise<void> {
    await writeFileDurably(this.fs, this.path, `${JSON.stringify(data)}\n`);
  }
}
