// The command line's output on the process's streams. A reader that stops reading early
// (`corroborate suggest FILE --json | head`) closes the pipe: the output then ends quietly and the
// command still finishes what it was doing (an import half done is not cut off), instead of the
// process dying on an unhandled EPIPE.
import type { Writable } from 'node:stream';

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

/** Lines to `stdout` and `stderr`; lines to `stdout` are dropped once its reader has gone. */
export function streamIo(stdout: Writable, stderr: Writable): Io {
  let readerGone = false;
  stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') readerGone = true;
    else stderr.write(`corroborate: cannot write the output: ${error.message}\n`);
  });
  return {
    out: (line) => {
      if (!readerGone) stdout.write(`${line}\n`);
    },
    err: (line) => stderr.write(`${line}\n`),
  };
}
