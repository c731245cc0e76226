import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { startHarness, type Harness } from '../../electron/web/harness';
import { contract } from '../../shared/ipc/contract';
import { generate, writeWholePlan } from '../fixtures/seed';
import { openTestApp, tempDir, testStore, type TestApp } from '../support/context';
import { edgeSweep, fromSchema, inputsFor, type JsonSchema, repairWith } from '../support/fuzz-arbitraries';
import { badAnswer, FuzzPlatform, prototypePollution, storeProblems } from '../support/fuzz-check';

/**
 * The boundary never breaks: every channel of the contract, fed valid-ish and
 * hostile inputs, answers a Result with a known code (never `internal`,
 * never a throw), and the store stays sound. Deterministic by default; set
 * FC_SEED to explore other inputs, FC_RUNS to send more.
 */
const SEED = Number(process.env.FC_SEED ?? 20_261_123);
const TOTAL_RUNS = Math.max(1000, Number(process.env.FC_RUNS ?? 1000));
const HTTP_RUNS = 150;

const channels = Object.keys(contract).sort() as (keyof typeof contract)[];
const schemaOf = (name: keyof typeof contract): JsonSchema =>
  z.toJSONSchema(contract[name].input as z.ZodType, { io: 'input', unrepresentable: 'any' }) as JsonSchema;

const hash = (s: string): number => [...s].reduce((h, c) => (Math.imul(h, 31) + c.charCodeAt(0)) | 0, 7);

let app: TestApp;
beforeAll(async () => {
  const dataDir = tempDir('pregonero-fuzz-');
  app = await openTestApp({ dataDir, platform: new FuzzPlatform(dataDir), clock: () => new Date('2026-03-10T09:00:00Z') });
  // Real rows (the demo town hall, as far as the contract has channels for it), so generated ids hit something.
  await writeWholePlan(app.invoke, generate('demo', 1, new Date('2026-03-10T09:00:00Z')));
}, 60_000);
afterAll(() => app?.close());

describe('fuzzing the IPC boundary', () => {
  const perChannel = Math.max(20, Math.ceil(TOTAL_RUNS / channels.length));
  let sent = 0;
  const failures: string[] = [];
  /** Channels whose handler accepted at least one generated input: the fuzz reaches past validation. */
  const accepted = new Map<string, number>();

  it.each(channels)('%s answers every generated input with a typed Result', async (name) => {
    const repair = repairWith(contract[name].input);
    const arb = inputsFor(schemaOf(name), { nonJson: true, repair });
    // One field at a time, every edge value, from a valid example.
    const [example] = fc.sample(fromSchema(schemaOf(name)).map(repair), { seed: SEED + hash(name), numRuns: 1 });
    for (const input of edgeSweep(schemaOf(name), example)) {
      sent++;
      const problem = badAnswer(await app.invoke(name, input));
      if (problem) failures.push(`${name} (edge sweep ${JSON.stringify(input).slice(0, 120)}): ${problem}`);
    }
    expect(failures.filter((f) => f.startsWith(`${name} `))).toEqual([]);
    await fc.assert(
      fc.asyncProperty(arb, async (input) => {
        sent++;
        let answer: unknown;
        try {
          answer = await app.invoke(name, input);
        } catch (e) {
          failures.push(`${name}: threw ${(e as Error)?.message}`);
          throw new Error(`${name} threw ${(e as Error)?.message}`, { cause: e });
        }
        if ((answer as { ok?: boolean }).ok === true) accepted.set(name, (accepted.get(name) ?? 0) + 1);
        const problem = badAnswer(answer);
        if (problem) {
          failures.push(`${name}: ${problem}`);
          throw new Error(`${name}: ${problem}`);
        }
      }),
      { seed: SEED + hash(name), numRuns: perChannel, endOnFailure: true },
    );
  });

  it('sent at least 1,000 inputs and left the store sound and prototypes clean', async () => {
    expect(failures).toEqual([]);
    expect(sent).toBeGreaterThanOrEqual(1000);
    const reached = [...accepted.values()].reduce((a, b) => a + b, 0);
    console.info(`fuzz: ${sent} inputs over ${channels.length} channels; ${reached} accepted by handlers on ${accepted.size} channels (seed ${SEED})`);
    expect(accepted.size).toBeGreaterThan(channels.length / 3);
    // The fuzz may have switched files (store.createNew / openBackup): check whichever is current.
    expect(app.ctx.store.state).toBe('ready');
    expect(await storeProblems(app.ctx)).toEqual([]);
    expect(prototypePollution()).toEqual([]);
  });
});

describe('fuzzing through the harness HTTP', () => {
  let h: Harness;
  beforeAll(async () => {
    const dataDir = tempDir('pregonero-fuzz-http-');
    h = await startHarness({ port: 0, dataDir, checkOutputs: true, ...(await testStore(dataDir)) });
  });
  afterAll(() => h?.close());

  it('answers a sample of JSON inputs across all channels with typed Results', async () => {
    const arb = fc.constantFrom(...channels).chain((name) => inputsFor(schemaOf(name), { nonJson: false, repair: repairWith(contract[name].input) }).map((input) => [name, input] as const));
    const problems: string[] = [];
    await fc.assert(
      fc.asyncProperty(arb, async ([name, input]) => {
        const body = JSON.stringify(input ?? null) ?? 'null';
        const res = await fetch(`${h.url}/ipc/${encodeURIComponent(name)}`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${h.token}`, 'Content-Type': 'application/json' },
          body,
        });
        const json: unknown = await res.json();
        const problem = badAnswer(json) ?? (res.status >= 500 ? `HTTP ${res.status}` : null);
        if (problem) {
          problems.push(`${name}: ${problem}`);
          throw new Error(`${name} over HTTP: ${problem}`);
        }
      }),
      { seed: SEED, numRuns: HTTP_RUNS, endOnFailure: true },
    );
    expect(problems).toEqual([]);
    expect(h.ctx.store.state).toBe('ready');
    expect(await storeProblems(h.ctx)).toEqual([]);
  }, 60_000);
});
