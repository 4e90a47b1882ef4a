// The web bridge (DESIGN.md section 5): a node:http server on 127.0.0.1 that serves the built
// renderer and POST /rpc/<channel> to the core's handlers. Every call needs the per-run token
// (handed to the browser in the URL fragment) and a loopback Host header; there is no CORS.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fail, type Result } from '@shared/bridge/result';
import { dispatch } from '../core/dispatch';
import type { CoreHandlers } from '@shared/bridge/contract';
import { SECURITY_HEADERS } from './security-headers';
import { findStaticFile } from '../core/static-files';

export const TOKEN_HEADER = 'x-corroborate-token';
const MAX_BODY_BYTES = 80 * 1024 * 1024;

export interface WebBridgeOptions {
  handlers: CoreHandlers;
  rendererDir: string;
  port?: number;
  /** Fixed token (tests); a random one is made otherwise. */
  token?: string;
  onInternalError?: (error: unknown, channel: string) => void;
}

export interface WebBridge {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

function send(res: ServerResponse, status: number, body: string | Buffer, mediaType: string): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': mediaType, 'Content-Length': Buffer.byteLength(body) });
  res.end(body);
}

function sendResult(res: ServerResponse, status: number, result: Result<unknown>): void {
  send(res, status, JSON.stringify(result), 'application/json; charset=utf-8');
}

function tokenMatches(given: string | string[] | undefined, token: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

async function readBody(req: IncomingMessage): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

export async function startWebBridge(options: WebBridgeOptions): Promise<WebBridge> {
  const token = options.token ?? randomBytes(32).toString('hex');
  let port = 0;
  const allowedHosts = () => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);

  const handleRpc = async (req: IncomingMessage, res: ServerResponse, rawChannel: string) => {
    let channel: string;
    try {
      channel = decodeURIComponent(rawChannel);
    } catch {
      return sendResult(res, 404, fail('invalid-argument', 'Malformed channel name.'));
    }
    if (!tokenMatches(req.headers[TOKEN_HEADER], token)) {
      return sendResult(res, 401, fail('invalid-argument', 'Missing or wrong access token: open the URL that "corroborate serve" printed.'));
    }
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedHosts().has(origin.replace(/^http:\/\//, ''))) {
      return sendResult(res, 403, fail('invalid-argument', `Requests from ${origin} are not allowed.`));
    }
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
      return sendResult(res, 415, fail('invalid-argument', 'The request body must be application/json.'));
    }
    const body = await readBody(req);
    if (body === null) return sendResult(res, 413, fail('too-large', 'The request is too large.'));
    let args: unknown;
    try {
      args = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
    } catch {
      return sendResult(res, 400, fail('invalid-argument', 'The request body is not valid JSON.'));
    }
    const result = await dispatch(options.handlers, channel, args, { onInternalError: options.onInternalError });
    return sendResult(res, 200, result);
  };

  const server = createServer((req, res) => {
    const host = req.headers.host ?? '';
    if (!allowedHosts().has(host)) {
      return sendResult(res, 403, fail('invalid-argument', `Host ${JSON.stringify(host).slice(0, 80)} is not allowed; use 127.0.0.1.`));
    }
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (path.startsWith('/rpc/')) {
      if (req.method !== 'POST') return sendResult(res, 405, fail('invalid-argument', 'Use POST for /rpc calls.'));
      return void handleRpc(req, res, path.slice('/rpc/'.length)).catch((error) => {
        options.onInternalError?.(error, path);
        if (!res.headersSent) sendResult(res, 500, fail('internal', 'The server failed to answer.'));
      });
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendResult(res, 405, fail('invalid-argument', 'Method not allowed.'));
    void findStaticFile(options.rendererDir, path).then((file) =>
      file ? send(res, 200, file.body, file.mediaType) : send(res, 404, 'Not found', 'text/plain; charset=utf-8'),
    );
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/#token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
