import { afterAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { tempDir } from '../support/context';
import { crashCycles } from '../support/crash';

const CYCLES = Number(process.env.CRASH_CYCLES ?? (process.env.CI ? 20 : 6));
const dataDir = tempDir('pregonero-crash-');
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe('crash safety', () => {
  it(`keeps every committed write and a sound file across ${CYCLES} SIGKILLs`, async () => {
    const run = await crashCycles(dataDir, CYCLES, Number(process.env.CRASH_SEED ?? 8));
    expect(run.problems).toEqual([]);
    expect(run.kills).toBe(CYCLES);
    // The children did write: a test that kills idle processes proves nothing.
    expect(run.writes).toBeGreaterThan(CYCLES);
  }, 240_000);
});
