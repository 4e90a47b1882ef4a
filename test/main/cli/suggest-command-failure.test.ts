// `corroborate suggest` when the detector fails on a file (here: no WebAssembly, as under node
// --jitless): the file's error is reported on standard error, the other files are still read, exit 1.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { SEED_FILE } from '../../helpers/fixtures';
import { runCli } from '../../helpers/run-cli';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();

vi.mock('@shared/suggest/detect-attributions', () => ({
  detectAttributions: vi.fn((text: string) => {
    if (text.includes('Rmelan')) throw new Error('The claim suggester needs WebAssembly, which this JavaScript engine does not offer (was it started with --jitless?).');
    return [];
  }),
}));

describe('corroborate suggest, when the detector fails', () => {
  it('reports the file and the reason, goes on with the next file and exits with 1', async () => {
    const other = join(tempDir(), 'other.txt');
    writeFileSync(other, 'The port will close on Monday, officials said.');
    const result = await runCli(['suggest', SEED_FILE, other]);
    expect(result.code).toBe(1);
    expect(result.err).toEqual([`corroborate suggest: ${SEED_FILE}: The claim suggester needs WebAssembly, which this JavaScript engine does not offer (was it started with --jitless?).`]);
    expect(result.out).toEqual([`${other}: no suggestions`]);
  });
});
