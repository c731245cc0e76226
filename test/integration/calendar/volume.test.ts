import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../../support/context';

/**
 * The size the issue asks the calendar to stay fast at: 50,000 posts over two
 * years for 600 accounts. Times are logged for the README's benchmark table;
 * the limits are generous so a busy shared machine does not fail the run.
 */
let app: TestApp;
const POSTS = 50_000;
const ACCOUNTS = 600;
const networks = ['facebook', 'instagram', 'x', 'youtube', 'tiktok', 'mastodon'];
const words = ['fiestas', 'pleno', 'camión', 'basura', 'biblioteca', 'mercado', 'obras', 'tráfico', 'cultura', 'deporte', 'juventud', 'mayores'];

beforeAll(async () => {
  app = await openTestApp();
  await app.call('settings.save', { timeZone: 'Europe/Madrid' });
  const raw = app.ctx.raw;
  const start = Date.UTC(2025, 0, 1);
  const span = 2 * 365 * 86_400_000;
  raw.transaction(() => {
    const acc = raw.prepare(`insert into accounts (network, handle, role, status, posts_per_week_target) values (?, ?, ?, ?, ?)`);
    for (let i = 0; i < ACCOUNTS; i++) acc.run(networks[i % networks.length], `cuenta${i}`, i % 10 === 0 ? 'channel' : 'medium', i % 7 === 0 ? 'dormant' : 'active', 1 + (i % 4));
    const post = raw.prepare(`insert into posts (title, body, scheduled_at, status, hashtags) values (?, ?, ?, ?, ?)`);
    const target = raw.prepare(`insert into post_targets (post_id, account_id) values (?, ?)`);
    const statuses = ['draft', 'in_review', 'approved', 'published', 'published', 'idea'];
    for (let i = 0; i < POSTS; i++) {
      const at = new Date(start + Math.floor((i / POSTS) * span) + (i % 13) * 3_600_000).toISOString();
      const w = words[i % words.length]!;
      const id = Number(post.run(`${w} ${i}`, `Aviso sobre ${w} y ${words[(i * 7) % words.length]} número ${i}`, at, statuses[i % statuses.length], JSON.stringify([w.normalize('NFD').replace(/\p{M}/gu, '')])).lastInsertRowid);
      target.run(id, 1 + (i % ACCOUNTS));
      if (i % 3 === 0) target.run(id, 1 + ((i * 31 + 7) % ACCOUNTS));
    }
  })();
}, 300_000);
afterAll(() => app?.close());

const time = async <T>(label: string, work: () => Promise<T>): Promise<T> => {
  await work(); // warm the statement cache and pages
  const t0 = performance.now();
  const out = await work();
  console.log(`${label}: ${(performance.now() - t0).toFixed(1)} ms`);
  return out;
};

describe(`calendar at ${POSTS} posts / ${ACCOUNTS} accounts`, () => {
  it('answers a month range, a 4-week cadence report and a search at that size', async () => {
    const month = await time('posts.listRange (month)', () => app.call('posts.listRange', { from: '2026-02-28T23:00:00Z', to: '2026-03-31T22:00:00Z' }));
    const inMarch = app.ctx.raw.prepare(`select count(*) from posts where scheduled_at >= '2026-02-28T23:00:00.000Z' and scheduled_at < '2026-03-31T22:00:00.000Z'`).pluck().get();
    expect(month.length).toBe(inMarch);
    expect(month.length).toBe(2120);
    expect(month.every((p) => p.targets.length >= 1)).toBe(true);
    const cadence = await time('cadence.report (4 weeks)', () => app.call('cadence.report', { from: '2026-03-01T23:00:00Z', to: '2026-03-29T22:00:00Z' }));
    expect(cadence.weeks).toHaveLength(4);
    expect(cadence.accounts.length).toBeGreaterThan(400);
    const hits = await time('posts.search ("camion")', () => app.call('posts.search', { q: 'camion' }));
    expect(hits).toHaveLength(50);
  }, 120_000);
});
