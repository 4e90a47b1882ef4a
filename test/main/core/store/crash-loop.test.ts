// SIGKILL at random moments, 200 times: every acknowledged write survives (DESIGN.md 9.2).
// `npm run stress:store` runs the same loop for longer.
import { describe, expect, it } from 'vitest';
import { runCrashLoop } from '../../../helpers/crash-loop';
import { useTempDirs } from '../../../helpers/temp-dir';

const tempDir = useTempDirs();

/** 200 in the suite; `npm run stress:store` sets CRASH_LOOP_ITERATIONS for a longer run. */
const ITERATIONS = Number(process.env.CRASH_LOOP_ITERATIONS ?? 200);

describe('crash loop', () => {
  it(`keeps every acknowledged write through ${ITERATIONS} kills of the writing process`, async () => {
    const result = await runCrashLoop({ library: tempDir(), iterations: ITERATIONS });
    expect(result.kills).toBe(ITERATIONS);
    // The loop is only meaningful if the writer got work acknowledged between kills.
    expect(result.acknowledged).toBeGreaterThan(ITERATIONS * 2);
  }, ITERATIONS * 2_000);
});
