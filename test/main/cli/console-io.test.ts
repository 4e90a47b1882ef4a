// The command line's output when its reader goes away (`corroborate suggest FILE --json | head`):
// no crash, later lines dropped, errors still reported, and other write errors named on stderr.
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { streamIo } from '../../../main/cli/console-io';

/** A stream that takes `accepted` writes, then fails every write with `code`. */
function closingStream(accepted: number, code: string): { stream: Writable; written: string[] } {
  const written: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      if (written.length < accepted) {
        written.push(chunk.toString());
        done();
      } else done(Object.assign(new Error(`write ${code}`), { code }));
    },
  });
  return { stream, written };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('command line output', () => {
  it('drops the lines after its reader has gone, without crashing', async () => {
    const stdout = closingStream(1, 'EPIPE');
    const stderr = closingStream(100, 'EPIPE');
    const io = streamIo(stdout.stream, stderr.stream);
    io.out('first');
    io.out('second');
    await settle();
    for (let line = 0; line < 5; line += 1) io.out(`later ${line}`);
    io.err('still said');
    await settle();
    expect(stdout.written).toEqual(['first\n']);
    expect(stderr.written).toEqual(['still said\n']);
  });

  it('names any other write error on standard error', async () => {
    const stdout = closingStream(0, 'ENOSPC');
    const stderr = closingStream(100, 'EPIPE');
    streamIo(stdout.stream, stderr.stream).out('line');
    await settle();
    expect(stderr.written).toEqual(['corroborate: cannot write the output: write ENOSPC\n']);
  });
});
