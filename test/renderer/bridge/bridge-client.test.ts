import { describe, expect, it } from 'vitest';
import { BridgeClient, takeWebToken, type Transport } from '../../../renderer/bridge/bridge-client';

const transport = (reply: unknown): Transport => ({
  kind: 'web',
  send: async () => (reply instanceof Error ? Promise.reject(reply) : reply),
  onMenuCommand: () => () => undefined,
});

describe('bridge client', () => {
  it('passes through a result that matches the contract', async () => {
    const client = new BridgeClient(transport({ ok: true, value: { done: true } }));
    expect(await client.call('documents:delete', { documentId: '6b0c1b8e-4d44-4f4a-9a55-1a2b3c4d5e6f' })).toEqual({ ok: true, value: { done: true } });
  });

  it('turns a malformed answer into an error result instead of trusting it', async () => {
    const client = new BridgeClient(transport({ ok: true, value: { done: 'yes' } }));
    const result = await client.call('documents:delete', { documentId: '6b0c1b8e-4d44-4f4a-9a55-1a2b3c4d5e6f' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/Unexpected answer on documents:delete/);
  });

  it('turns a transport failure into an error result that says the core was not reached', async () => {
    const client = new BridgeClient(transport(new Error('connection refused')));
    const result = await client.call('library:get', {});
    expect(result).toEqual({ ok: false, error: { code: 'unreachable', message: "Corroborate's core cannot be reached (connection refused)." } });
  });
});

describe('web token', () => {
  it('takes the token from the URL fragment, keeps it for reloads and clears the address bar', () => {
    window.history.replaceState(null, '', '/#token=0123456789abcdef0123456789abcdef');
    expect(takeWebToken(window.location, window.sessionStorage, window.history)).toBe('0123456789abcdef0123456789abcdef');
    expect(window.location.hash).toBe('');
    expect(takeWebToken(window.location, window.sessionStorage, window.history)).toBe('0123456789abcdef0123456789abcdef');
  });

  it('ignores a fragment that is not a token', () => {
    window.sessionStorage.clear();
    window.history.replaceState(null, '', '/#token=<script>');
    expect(takeWebToken(window.location, window.sessionStorage, window.history)).toBeNull();
  });
});
