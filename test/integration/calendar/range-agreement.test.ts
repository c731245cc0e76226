import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedWeek } from '../../support/exports-fixtures';
import { openTestApp, type TestApp } from '../../support/context';
import { rangeEvents } from '../../../shared/features/calendar/rangeEvents';

let app: TestApp;
let seed: Awaited<ReturnType<typeof seedWeek>>;
/** Monday 23 to Sunday 29 November 2026 in Madrid, as office days and as the calendar's instants. */
const days = { from: '2026-11-23', to: '2026-11-29' };
const instants = { from: '2026-11-22T23:00:00.000Z', to: '2026-11-29T23:00:00.000Z' };

beforeEach(async () => {
  app = await openTestApp({ clock: () => new Date('2026-11-23T12:00:00.000Z') });
  seed = await seedWeek(app.ctx);
});
afterEach(() => app.close());

/** Each post of the calendar's week and of the plan, with the handles it goes out on. */
async function bothViews(filter: { accountIds?: number[] } = {}) {
  const calendar = rangeEvents(await app.call('posts.listRange', { ...instants, ...filter }));
  const plan = await app.call('exports.preview', { ...days, ...filter });
  return {
    calendar: calendar.filter((p) => p.status !== 'cancelled').map((p) => [p.title, p.targets.map((t) => t.handle)]),
    plan: plan.posts.map((p) => [p.title, p.accounts.map((a) => a.handle)]),
  };
}

describe('the posts of a range: one rule for the calendar and the plan a superior signs', () => {
  it('list the same posts with the same accounts, and leave out an account the office deleted', async () => {
    const before = await bothViews();
    expect(before.calendar).toEqual(before.plan);
    expect(before.plan).toEqual([
      ['Pleno ordinario de noviembre', ['aytocangas', '@aytocangas']],
      ['Mercado de artesanía 🎄 en la plaza', ['aytocangas', '@cangas_turismo']],
      ['Idea: vídeo del alumbrado', ['@cangas_turismo']],
      ['Corte de agua en Soto', ['@aytocangas']],
      ['Cortes de tráfico por la cabalgata', ['aytocangas', '@aytocangas']],
      ['Resumen; semana, con \\ barras', ['@aytocangas']],
    ]);

    const ig = await app.call('accounts.get', { id: seed.accounts.ig });
    await app.call('accounts.delete', { id: ig.id, version: ig.version });
    const after = await bothViews();
    expect(after.calendar).toEqual(after.plan);
    // The posts stay in the plan; nothing goes out on the deleted Instagram account.
    expect(after.plan).toEqual([
      ['Pleno ordinario de noviembre', ['aytocangas', '@aytocangas']],
      ['Mercado de artesanía 🎄 en la plaza', ['aytocangas']],
      ['Idea: vídeo del alumbrado', []],
      ['Corte de agua en Soto', ['@aytocangas']],
      ['Cortes de tráfico por la cabalgata', ['aytocangas', '@aytocangas']],
      ['Resumen; semana, con \\ barras', ['@aytocangas']],
    ]);

    // Filtered by the deleted account, neither view lists anything; by a live one, both list the same.
    expect(await bothViews({ accountIds: [seed.accounts.ig] })).toEqual({ calendar: [], plan: [] });
    const fb = await bothViews({ accountIds: [seed.accounts.fb] });
    expect(fb.calendar.map(([title]) => title)).toEqual(fb.plan.map(([title]) => title));
    expect(fb.plan.map(([title]) => title)).toEqual(['Pleno ordinario de noviembre', 'Mercado de artesanía 🎄 en la plaza', 'Cortes de tráfico por la cabalgata']);

    // Restoring the account brings it back to both.
    const deleted = await app.call('accounts.get', { id: seed.accounts.ig });
    await app.call('accounts.restore', { id: deleted.id });
    expect((await bothViews()).plan).toEqual(before.plan);
  });
});
