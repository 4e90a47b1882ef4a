// Correcting a document's details: a language is kept as its tag (a name typed becomes its code),
// and one the app does not know is refused with a message that says what to write, changing nothing.
import { describe, expect, it } from 'vitest';
import { AppFailure } from '@shared/bridge/result';
import { Core } from '../../../../main/core/core';
import { SEED_FILE } from '../../../helpers/fixtures';
import { useTempDirs } from '../../../helpers/temp-dir';

const tempDir = useTempDirs();

describe('updateMeta', () => {
  it("keeps a language as its tag, and refuses one it does not know", async () => {
    const core = await Core.open(tempDir(), { backupIntervalMs: 0 });
    const { document } = await core.imports.importPath(SEED_FILE);
    expect((await core.updateMeta(document.id, { language: 'English' })).language).toBe('en');
    expect((await core.updateMeta(document.id, { language: 'pt-br', outlet: 'Herald' })).language).toBe('pt-BR');
    const refused = await core.updateMeta(document.id, { language: 'Englsh', outlet: 'Other' }).then(() => null, (e: unknown) => e);
    expect(refused).toBeInstanceOf(AppFailure);
    expect(refused).toMatchObject({ code: 'invalid-argument', message: '“Englsh” is not a language this app knows: write its code (en, fr, ar, pt-BR) or its English name (English, French).' });
    expect((await core.store.getDocument(document.id)).meta).toMatchObject({ language: 'pt-BR', outlet: 'Herald' });
    await core.close();
  });
});
