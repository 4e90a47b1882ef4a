// A private temporary file that a streamed export writes a part into while it writes the rest,
// then reads back once (the JSON-LD's list of documents, the .qdpx's sources): the export holds
// one document at a time in memory, never all of them.
import { createReadStream } from 'node:fs';
import { mkdtemp, open, rm, type FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export class SpoolFile {
  private constructor(
    private readonly folder: string,
    private readonly handle: FileHandle,
  ) {}

  static async create(): Promise<SpoolFile> {
    const folder = await mkdtemp(join(tmpdir(), 'corroborate-export-'));
    return new SpoolFile(folder, await open(join(folder, 'spool'), 'w', 0o600));
  }

  async write(text: string): Promise<void> {
    await this.handle.write(text);
  }

  /** What was written, in chunks; writing ends here. */
  async *read(): AsyncGenerator<string> {
    await this.handle.close();
    for await (const chunk of createReadStream(join(this.folder, 'spool'), { encoding: 'utf8' })) yield chunk as string;
  }

  /** Removes the file, whether or not it was read. */
  async dispose(): Promise<void> {
    await this.handle.close().catch(() => undefined);
    await rm(this.folder, { recursive: true, force: true });
  }
}
