// One writer per library: a second process is refused with the name of the holder, and the first
// loses nothing; a lock left by a dead process is taken over.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { Core } from '../../../../main/core/core';
import { bundleChild } from '../../../helpers/bundle-child';
import { SEED_FILE } from '../../../helpers/fixtures';
import { useTempDirs } from '../../../helpers/temp-dir';

const tempDir = useTempDirs();
const WRITER = join(import.meta.dirname, 'children', 'store-writer.ts');

describe('library lock', () => {
  it('refuses a second writer, naming the process that holds the library; the first loses nothing', async () => {
    const library = tempDir();
    const setup = await Core.open(library);
    const documentId = (await setup.imports.importPath(SEED_FILE)).document.id;
    await setup.close();

    const holder = spawn(process.execPath, [await bundleChild(WRITER), 'hold', library, '25'], { stdio: ['pipe', 'pipe', 'inherit'] });
    const lines = createInterface({ input: holder.stdout })[Symbol.asyncIterator]();
    expect((await lines.next()).value).toBe('ready');

    const refused = Core.open(library);
    await expect(refused).rejects.toMatchObject({ code: 'locked' });
    await expect(refused).rejects.toThrow(new RegExp(`in use by holder process \\(process ${holder.pid} on .*\\)\\. Only one program may change a library at a time`));

    holder.stdin.write('go\n');
    const created: string[] = [];
    for (let line = await lines.next(); !line.done && line.value !== 'done'; line = await lines.next()) created.push(line.value.split(' ')[1]!);
    await new Promise((resolve) => holder.once('exit', resolve));
    expect(created).toHaveLength(25);

    const after = await Core.open(library);
    const ids = (await after.store.getDocument(documentId)).claims.map((c) => c.id);
    expect(ids.sort()).toEqual(created.sort());
    await after.close();
  });

  it('takes over a lock left by a process that no longer runs', async () => {
    const library = tempDir();
    await (await Core.open(library)).close();
    writeFileSync(join(library, 'library.lock'), JSON.stringify({ pid: 2 ** 22 + 12345, host: (await import('node:os')).hostname(), description: 'a crashed app', since: '2026-01-01' }));
    const core = await Core.open(library);
    await core.close();
  });

  it('refuses a lock held by this very process too (a second window on the same library)', async () => {
    const library = tempDir();
    const first = await Core.open(library, { lock: { description: 'the Corroborate desktop app' } });
    await expect(Core.open(library, { lock: { description: 'corroborate import' } })).rejects.toThrow(/in use by the Corroborate desktop app/);
    await first.close();
    await (await Core.open(library)).close();
  });
});
