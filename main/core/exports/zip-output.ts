// The bytes of a yazl zip as it writes them, for the streamed zip exports (.qdpx, the library
// archive): the zip is ended here, and an error while it writes (a document that cannot be read,
// a cancelled export) ends the stream with that error.
import type { Readable } from 'node:stream';
import type yazl from 'yazl';

export async function* zipChunks(zip: yazl.ZipFile): AsyncGenerator<Uint8Array> {
  const failed = new Promise<never>((_, reject) => zip.on('error', reject));
  failed.catch(() => undefined); // raced below; an error after the last chunk is nobody's
  zip.end();
  const chunks = (zip.outputStream as Readable)[Symbol.asyncIterator]();
  for (;;) {
    const next = await Promise.race([chunks.next(), failed]);
    if (next.done) return;
    yield next.value as Uint8Array;
  }
}
