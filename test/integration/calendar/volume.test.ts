import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../../support/context';
import { rowsOf, valueOf } from '../../support/sql';

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
  const start = Date.UTC(2025, 0, 1);
  const span = 2 * 365 * 86_400_000;
  // Many rows a statement, on either engine: the posts' ids come back by their unique titles.
  const insert = async (head: string, rows: unknown[][], tail = '') =>
    rowsOf<{ id: number; title: string }>(app, `${head} values ${rows.map((r) => `(${r.map(() => '?').join(', ')})`).join(', ')}${tail}`, ...rows.flat());
  const inBatches = async (rows: unknown[][], size: number, write: (batch: unknown[][]) => Promise<unknown>) => {
    for (let i = 0; i < rows.length; i += size) await write(rows.slice(i, i + size));
  };
  const accounts = Array.from({ length: ACCOUNTS }, (_, i) => [networks[i % networks.length], `cuenta${i}`, i % 10 === 0 ? 'channel' : 'medium', i % 7 === 0 ? 'dormant' : 'active', 1 + (i % 4)]);
  await inBatches(accounts, 500, (b) => insert('insert into accounts (network, handle, role, status, posts_per_week_target)', b));
  const statuses = ['draft', 'in_review', 'approved', 'published', 'published', 'idea'];
  const posts = Array.from({ length: POSTS }, (_, i) => {
    const at = new Date(start + Math.floor((i / POSTS) * span) + (i % 13) * 3_600_000).toISOString();
    const w = words[i % words.length]!;
    return [`${w} ${i}`, `Aviso sobre ${w} y ${words[(i * 7) % words.length]} número ${i}`, at, statuses[i % statuses.length], JSON.stringify([w.normalize('NFD').replace(/\p{M}/gu, '')])];
  });
  const idOf = new Map<string, number>();
  await inBatches(posts, 500, async (b) => {
    for (const r of await insert('insert into posts (title, body, scheduled_at, status, hashtags)', b, ' returning id, title')) idOf.set(r.title, r.id);
  });
  const targets: unknown[][] = [];
  posts.forEach(([title], i) => {
    const id = idOf.get(title as string)!;
    targets.push([id, 1 + (i % ACCOUNTS)]);
    if (i % 3 === 0) targets.push([id, 1 + ((i * 31 + 7) % ACCOUNTS)]);
  });
  await inBatches(targets, 1000, (b) => insert('insert into post_targets (post_id, account_id)', b));
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
    const inMarch = await valueOf(app, `select count(*) from posts where scheduled_at >= '2026-02-28T23:00:00.000Z' and scheduled_at < '2026-03-31T22:00:00.000Z'`);
    expect(month.posts.length).toBe(inMarch);
    expect(month.posts.length).toBe(2120);
    expect(month.posts.every((p) => p.accountIds.length >= 1)).toBe(true);
    // Each account once, however many posts name it.
    expect(new Set(month.accounts.map((a) => a.id)).size).toBe(month.accounts.length);
    expect(new Set(month.posts.flatMap((p) => p.accountIds))).toEqual(new Set(month.accounts.map((a) => a.id)));
    const cadence = await time('cadence.report (4 weeks)', () => app.call('cadence.report', { from: '2026-03-01T23:00:00Z', to: '2026-03-29T22:00:00Z' }));
    expect(cadence.weeks).toHaveLength(4);
    expect(cadence.accounts.length).toBeGreaterThan(400);
    const hits = await time('posts.search ("camion")', () => app.call('posts.search', { q: 'camion' }));
    expect(hits).toHaveLength(50);
  }, 120_000);
});
