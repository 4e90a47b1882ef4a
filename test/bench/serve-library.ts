// Starts `corroborate serve` (the built command line) on a library for a benchmark in Chromium.
import { spawn } from 'node:child_process';
import { join } from 'node:path';

const ROOT = process.env.CORROBORATE_ROOT ?? join(import.meta.dirname, '..', '..');

export function serveLibrary(library: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, [join(ROOT, 'main', 'cli', 'bin.js'), 'serve', '--library', library, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let stdout = '';
    child.stdout.on('data', (d) => {
      stdout += d;
      const match = /Open (http:\/\/127\.0\.0\.1:\d+\/#token=[0-9a-f]+)/.exec(stdout);
      if (match) resolve({ url: match[1]!, stop: () => new Promise<void>((done) => (child.once('exit', () => done()), child.kill('SIGTERM'))) });
    });
    child.once('exit', (code) => reject(new Error(`corroborate serve exited with ${code}`)));
  });
}
