import { describe, expect, it } from 'vitest';
import { Core } from '../../../main/core/core';
import { dispatch } from '../../../main/core/dispatch';
import { createCoreHandlers } from '../../../main/core/handlers';
import { SEED_FILE } from '../../helpers/fixtures';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();

async function openSeedCore() {
  const core = await Core.open(tempDir());
  const { document } = await core.imports.importPath(SEED_FILE);
  return { core, handlers: createCoreHandlers(core), documentId: document.id };
}

describe('bridge dispatch', () => {
  it('runs a valid call and returns its value', async () => {
    const { core, handlers, documentId } = await openSeedCore();
    const result = await dispatch(handlers, 'claims:create', { documentId, start: 4, end: 33 });
    expect(result).toMatchObject({ ok: true, value: { target: { exact: 'US occupation forces in Syria' } } });
    await core.close();
  });

  it('refuses an unknown channel, bad argument types and extra fields, changing nothing', async () => {
    const { core, handlers, documentId } = await openSeedCore();
    const before = JSON.stringify(await core.store.getDocument(documentId));
    const cases: Array<[unknown, unknown, RegExp]> = [
      ['claims:explode', {}, /Unknown channel/],
      ['claims:create', { documentId, start: '4', end: 28 }, /start: .*expected number/i],
      ['claims:create', { documentId, start: 4, end: 28, extra: true }, /Unrecognized key/i],
      ['claims:create', { documentId: '../../etc/passwd', start: 4, end: 28 }, /documentId: must be a UUID/],
      ['claims:create', { documentId, start: 4, end: 1e9 }, /outside the document text/],
      ['claims:create', null, /Invalid arguments/],
      ['claims:update', { documentId, claimId: '6b0c1b8e-4d44-4f4a-9a55-1a2b3c4d5e6f', changes: {} }, /no claim/],
      ['documents:get', { documentId: '6b0c1b8e-4d44-4f4a-9a55-1a2b3c4d5e6f' }, /no document/],
      ['documents:import', { fileName: 'x.txt', dataBase64: 'not base64!' }, /must be base64/],
    ];
    for (const [channel, args, message] of cases) {
      const result = await dispatch(handlers, channel, args);
      expect(result.ok, String(channel)).toBe(false);
      if (!result.ok) expect(result.error.message).toMatch(message);
    }
    expect(JSON.stringify(await core.store.getDocument(documentId))).toBe(before);
    await core.close();
  });

  it('turns an unexpected error into an internal error value and reports it', async () => {
    const seen: string[] = [];
    const result = await dispatch({ 'library:get': async () => Promise.reject(new Error('boom')) }, 'library:get', {}, { onInternalError: (_e, c) => seen.push(c) });
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: 'Something went wrong in library:get: boom.' } });
    expect(seen).toEqual(['library:get']);
  });
});
