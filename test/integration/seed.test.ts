import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { contract } from '../../shared/ipc/contract';
import { openTestApp, tempDir, testStore } from '../support/context';
import { rowsOf } from '../support/sql';
import { generate, seedFolder } from '../fixtures/seed';

const anchor = new Date('2026-11-23T10:00:00Z');
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

describe('seed data', () => {
  it('is the same plan for the same seed and a different one for another', () => {
    expect(JSON.stringify(generate('demo', 7, anchor))).toBe(JSON.stringify(generate('demo', 7, anchor)));
    expect(JSON.stringify(generate('demo', 8, anchor))).not.toBe(JSON.stringify(generate('demo', 7, anchor)));
  });

  it('demo is a small Spanish town hall: ~25 accounts, 3 months of posts, a campaign, festivities, an incident, two audits', () => {
    const plan = generate('demo', 1, anchor);
    expect(plan.accounts).toHaveLength(25);
    expect(plan.accounts.map((a) => a.department)).toEqual(expect.arrayContaining(['Alcaldía', 'Cultura', 'Policía Local', 'Servicios Sociales']));
    const days = plan.posts.flatMap((p) => (p.scheduledAt ? [p.scheduledAt.slice(0, 10)] : [])).sort();
    const spanDays = (Date.parse(days.at(-1) as string) - Date.parse(days[0] as string)) / 86_400_000;
    expect(spanDays).toBeGreaterThan(80);
    expect(spanDays).toBeLessThan(100);
    expect(plan.campaigns.length).toBeGreaterThanOrEqual(1);
    expect(plan.specialDays.some((d) => /San Roque/.test(d.name))).toBe(true);
    expect(plan.incidents).toHaveLength(1);
    expect(plan.auditRuns).toHaveLength(2);
    expect(plan.auditRuns.every((at, i) => at < anchor.toISOString() && (i === 0 || at > plan.auditRuns[i - 1]!))).toBe(true);
    const text = plan.posts.map((p) => p.title + p.body).join(' ');
    expect(text).toMatch(/[áéíóúñ]/);
    expect(text).toMatch(/\p{Extended_Pictographic}/u);
    // Every post reaches at least one account that publishes.
    expect(plan.posts.every((p) => p.targets.length > 0)).toBe(true);
  });

  it('city is 600 accounts across 30 departments and 50,000 posts over 3 years', () => {
    const plan = generate('city', 1, anchor);
    expect(plan.accounts).toHaveLength(600);
    expect(new Set(plan.accounts.map((a) => a.department)).size).toBe(30);
    expect(new Set(plan.accounts.map((a) => `${a.network}:${a.handle.toLowerCase()}`)).size).toBe(600);
    expect(plan.posts).toHaveLength(50_000);
    const first = Date.parse(plan.posts[0]?.scheduledAt ?? '');
    const last = Date.parse(plan.posts.at(-1)?.scheduledAt ?? '');
    expect((last - first) / (365 * 86_400_000)).toBeGreaterThan(2.9);
  });

  it('writes the whole demo through the router, with the audit history in the past', async () => {
    const dir = tempDir('pregonero-seed-');
    dirs.push(dir);
    const lines: string[] = [];
    const { report } = await seedFolder(dir, { scale: 'demo', seed: 1, anchor, log: (l) => lines.push(l), ...(await testStore(dir)) });
    const app = await openTestApp({ dataDir: dir, clock: () => anchor });
    expect((await app.call('settings.get', {})).officeName).toBe('Ayuntamiento de Villavieja del Río');
    expect((await app.call('accounts.list', {})).total).toBe(25);
    const runs = await rowsOf<{ startedAt: string; finishedAt: string }>(app, 'select started_at as "startedAt", finished_at as "finishedAt" from audit_runs order by started_at');
    expect(runs).toHaveLength(2);
    expect(runs.every((r) => r.finishedAt > r.startedAt && r.finishedAt < anchor.toISOString())).toBe(true);
    await app.ctx.close();
    // Every feature is merged: every step runs and writes, none is skipped or refused.
    for (const step of report) expect(Object.hasOwn(contract, step.channel)).toBe(true);
    expect(report.filter((r) => r.note)).toEqual([]);
    expect(report.every((r) => r.written > 0)).toBe(true);
    expect(lines.length).toBe(report.length);
  }, 120_000);
});
