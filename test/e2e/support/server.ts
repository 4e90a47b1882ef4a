// Starts `corroborate serve` (the built CLI) on a library folder and tells the test its URL; or,
// for a test that acts during an export, a server whose exports go at a set pace per document.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { bundleChild } from '../../helpers/bundle-child';

const BIN = join(import.meta.dirname, '..', '..', '..', 'main', 'cli', 'bin.js');

export interface RunningServer {
  url: string;
  origin: string;
  token: string;
  stop(): Promise<void>;
  /** Calls the core directly (for checks), as the browser does. */
  call<T = unknown>(channel: string, args: unknown): Promise<T>;
}

export interface ServerOptions {
  /** how much longer each document takes to export, in milliseconds */
  exportPaceMs?: number;
}

async function serverCommand(library: string, options: ServerOptions): Promise<string[]> {
  if (options.exportPaceMs === undefined) return [BIN, 'serve', '--library', library, '--port', '0'];
  return [await bundleChild(join(import.meta.dirname, 'paced-serve-child.ts')), library, String(options.exportPaceMs)];
}

export async function startServer(library: string, options: ServerOptions = {}): Promise<RunningServer> {
  const env = { ...process.env, CORROBORATE_ROOT: join(import.meta.dirname, '..', '..', '..') };
  const child: ChildProcess = spawn(process.execPath, await serverCommand(library, options), { stdio: ['ignore', 'pipe', 'pipe'], env });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  const url = await new Promise<string>((resolve, reject) => {
    let stdout = '';
    const timer = setTimeout(() => reject(new Error(`serve did not start: ${stdout} ${stderr}`)), 20_000);
    child.stdout!.on('data', (d) => {
      stdout += d;
      const match = /Open (http:\/\/127\.0\.0\.1:\d+\/#token=[0-9a-f]+)/.exec(stdout);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${stderr}`)));
  });
  const origin = new URL(url).origin;
  const token = /token=([0-9a-f]+)/.exec(url)![1]!;
  return {
    url,
    origin,
    token,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
    async call<T>(channel: string, args: unknown): Promise<T> {
      const response = await fetch(`${origin}/rpc/${channel}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Corroborate-Token': token },
        body: JSON.stringify(args),
      });
      const result = (await response.json()) as { ok: boolean; value?: T; error?: { message: string } };
      if (!result.ok) throw new Error(result.error?.message);
      return result.value as T;
    },
  };
}
