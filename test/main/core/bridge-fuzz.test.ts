// Every channel is fuzzed (DESIGN.md section 9, promise 7): arbitrary arguments never crash the
// core, always come back as a Result, and a refused call changes nothing on disk.
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORE_CHANNELS } from '@shared/bridge/channels';
import { Core } from '../../../main/core/core';
import { dispatch } from '../../../main/core/dispatch';
import { createCoreHandlers } from '../../../main/core/handlers';
import { SEED_FILE } from '../../helpers/fixtures';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();

function filesOf(dir: string): string {
  const docs = readdirSync(join(dir, 'documents')).sort();
  return JSON.stringify([readFileSync(join(dir, 'library.json'), 'utf8'), docs.map((d) => readFileSync(join(dir, 'documents', d), 'utf8'))]);
}

describe('bridge fuzzing', () => {
  it('answers arbitrary arguments on every channel with a Result, changing nothing when it refuses', async () => {
    const dir = tempDir();
    const core = await Core.open(dir, { backupIntervalMs: 0, indexFlushDelayMs: 0 });
    const { document } = await core.imports.importPath(SEED_FILE);
    const handlers = createCoreHandlers(core);
    const unexpected: unknown[] = [];
    const documentId = fc.constantFrom(document.id, '6b0c1b8e-4d44-4f4a-9a55-1a2b3c4d5e6f', '../library', 42);
    const suggestionKeys = fc.array(fc.oneof(fc.constantFrom('0123456789abcdef', 'ffffffffffffffff'), fc.string()), { maxLength: 3 });
    const argsArb = fc.oneof(
      fc.anything(),
      fc.dictionary(fc.constantFrom('documentId', 'claimId', 'start', 'end', 'changes', 'format', 'documentIds', 'fileName', 'dataBase64', 'name', 'kind', 'id', 'backupId', 'keys'), fc.oneof(fc.anything(), documentId, fc.integer(), suggestionKeys)),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...CORE_CHANNELS), argsArb, async (channel, args) => {
        // the channels that restore or empty things are exercised by their own tests
        if (channel === 'backups:restore' || channel === 'trash:empty' || channel === 'documents:delete') return;
        await core.store.flush().catch(() => undefined);
        const before = filesOf(dir);
        const result = await dispatch(handlers, channel, args, { onInternalError: (e) => unexpected.push(e) });
        expect(typeof result.ok).toBe('boolean');
        if (!result.ok) {
          expect(result.error.message.length).toBeGreaterThan(0);
          await core.store.flush().catch(() => undefined);
          expect(filesOf(dir)).toBe(before);
        }
      }),
      { numRuns: 600 },
    );
    expect(unexpected).toEqual([]);
    await core.close();
  }, 120_000);
});
