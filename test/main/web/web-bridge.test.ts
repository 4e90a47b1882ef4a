import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Core } from '../../../main/core/core';
import { createCoreHandlers } from '../../../main/core/handlers';
import { startWebBridge, type WebBridge } from '../../../main/web/web-bridge';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function send(port: number, path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('web bridge', () => {
  let core: Core;
  let bridge: WebBridge;
  let rendererDir: string;

  beforeAll(async () => {
    const dir = tempDir();
    rendererDir = join(dir, 'renderer');
    mkdirSync(join(rendererDir, 'assets'), { recursive: true });
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>app</title>');
    writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(join(dir, 'secret.txt'), 'secret');
    core = await Core.open(join(dir, 'library'));
    bridge = await startWebBridge({ handlers: createCoreHandlers(core), rendererDir });
  });
  afterAll(async () => {
    await bridge.close();
    await core.close();
  });

  const rpc = (channel: string, body: unknown, headers: Record<string, string> = {}) =>
    send(bridge.port, `/rpc/${channel}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Corroborate-Token': bridge.token, Host: `127.0.0.1:${bridge.port}`, ...headers },
      body: JSON.stringify(body),
    });

  it('listens on 127.0.0.1 and hands out the token in the URL fragment', () => {
    expect(bridge.url).toBe(`http://127.0.0.1:${bridge.port}/#token=${bridge.token}`);
    expect(bridge.token).toMatch(/^[0-9a-f]{64}$/);
  });

  it('serves the renderer with a strict Content-Security-Policy', async () => {
    const page = await send(bridge.port, '/');
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>app</title>');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");
    expect(page.headers['access-control-allow-origin']).toBeUndefined();
    expect((await send(bridge.port, '/assets/app.js')).headers['content-type']).toMatch(/javascript/);
  });

  it('never serves a file outside the renderer folder', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/%00', '/%E0%A4%A']) {
      const reply = await send(bridge.port, path);
      expect(reply.status, path).toBe(404);
      expect(reply.body).not.toContain('secret');
    }
  });

  it('answers a call that carries the token', async () => {
    const reply = await rpc('library:get', {});
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true, value: { documents: [] } });
  });

  it('refuses a call with no token or a wrong one', async () => {
    // (the near miss changes the last character to one it is not)
    const nearMiss = `${bridge.token.slice(0, -1)}${bridge.token.endsWith('0') ? '1' : '0'}`;
    for (const token of [undefined, 'x', nearMiss]) {
      const headers: Record<string, string> = { 'Content-Type': 'application/json', Host: `127.0.0.1:${bridge.port}` };
      if (token) headers['X-Corroborate-Token'] = token;
      const reply = await send(bridge.port, '/rpc/library:get', { method: 'POST', headers, body: '{}' });
      expect(reply.status).toBe(401);
      expect(JSON.parse(reply.body).error.message).toMatch(/access token/);
    }
  });

  it('refuses a foreign Host header or Origin (DNS rebinding, other sites)', async () => {
    const foreignHost = await rpc('library:get', {}, { Host: 'attacker.example:80' });
    expect(foreignHost.status).toBe(403);
    expect(JSON.parse(foreignHost.body).error.message).toMatch(/Host .* is not allowed/);
    const foreignOrigin = await rpc('library:get', {}, { Origin: 'http://attacker.example' });
    expect(foreignOrigin.status).toBe(403);
    expect((await send(bridge.port, '/', { headers: { Host: 'attacker.example' } })).status).toBe(403);
  });

  it('gives bad calls a clear error: unknown channel, wrong type, malformed JSON, GET', async () => {
    expect(JSON.parse((await rpc('library:drop', {})).body).error.message).toMatch(/Unknown channel/);
    expect(JSON.parse((await rpc('documents:get', { documentId: 42 })).body).error.message).toMatch(/documentId/);
    const malformed = await send(bridge.port, '/rpc/library:get', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Corroborate-Token': bridge.token },
      body: '{"a":',
    });
    expect(malformed.status).toBe(400);
    expect((await send(bridge.port, '/rpc/library:get')).status).toBe(405);
  });
});
