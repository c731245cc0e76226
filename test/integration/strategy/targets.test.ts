import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Input } from '../../../shared/ipc/contract';
import { AppError } from '../../../shared/ipc/errors';
import { openTestApp, type TestApp } from '../../support/context';

let app: TestApp;
let now = new Date('2027-01-01T10:00:00+01:00');
beforeEach(async () => {
  now = new Date('2027-01-01T10:00:00+01:00');
  app = await openTestApp({ clock: () => now });
  await app.call('settings.save', { timeZone: 'Europe/Madrid' });
});
afterEach(() => app.close());

const save = (d: Input<'accounts.save'>) => app.call('accounts.save', d);
const target = (kind: Input<'targets.save'>['kind'], value: number, dueOn = '2027-06-30') => app.call('targets.save', { kind, value, dueOn });
const current = async () => Object.fromEntries((await app.call('targets.list', {})).map((t) => [t.kind, t.current]));

/** Finish a presence audit with every item answered "yes". */
async function finishAudit() {
  const presence = (await app.call('audits.templates', {})).find((t) => t.builtin === 'presence')!;
  const run = await app.call('audits.start', { templateId: presence.id, scope: 'presence' });
  await app.call('audits.answer', { runId: run.id, answers: run.items.map((i) => ({ itemKey: i.key, value: 'yes' as const })) });
  await app.call('audits.finish', { runId: run.id });
}

describe('strategy targets', () => {
  it('computes every kind from the inventory, at the edges of each rule', async () => {
    // Closed and deleted accounts are not official profiles: they never count.
    await save({ network: 'x', handle: 'cerrada', status: 'closed', ownerName: 'Ana', ownerTrainedOn: '2026-01-01', twoFactor: 'yes' });
    const gone = await save({ network: 'x', handle: 'borrada', twoFactor: 'yes' });
    await app.call('accounts.delete', { id: gone.id, version: gone.version });
    // With nothing to count, nothing is missing.
    for (const kind of ['max_profiles', 'trained_owners_pct', 'channels_with_promises_pct', 'two_factor_pct', 'branding_fresh_pct'] as const) await target(kind, 100);
    expect(await current()).toEqual({ max_profiles: 0, trained_owners_pct: 100, channels_with_promises_pct: 100, two_factor_pct: 100, branding_fresh_pct: 100 });

    // Trained: a named owner with a training date. A date without an owner is nobody trained.
    // Channels (channel or both) need hours and a response time; a medium is not asked.
    // Branding on 2026-01-01 is exactly 12 months before today (2027-01-01): still fresh; the day before is not.
    await save({ network: 'facebook', handle: 'a', ownerName: 'Ana', ownerTrainedOn: '2026-03-01', role: 'channel', serviceHours: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '09:00', to: '14:00' }], responseTargetHours: 24, twoFactor: 'yes', brandingCheckedOn: '2026-01-01' });
    await save({ network: 'facebook', handle: 'b', ownerName: 'Luis', role: 'channel', serviceHours: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '09:00', to: '14:00' }], twoFactor: 'no', brandingCheckedOn: '2025-12-31' });
    await save({ network: 'facebook', handle: 'c', ownerTrainedOn: '2026-03-01', role: 'both', responseTargetHours: 1, twoFactor: 'unknown' });
    await save({ network: 'facebook', handle: 'd', ownerName: 'Eva', ownerTrainedOn: '2026-05-05', role: 'medium', status: 'to_close', brandingCheckedOn: '2026-12-31' });
    expect(await current()).toEqual({ max_profiles: 4, trained_owners_pct: 50, channels_with_promises_pct: 33, two_factor_pct: 25, branding_fresh_pct: 50 });

    // At most 100 with 4: met. At most 3: not, and with no earlier point to measure a pace from, not on track either.
    const max = (await app.call('targets.list', {})).find((t) => t.kind === 'max_profiles')!;
    expect([max.current, max.onTrack]).toEqual([4, true]);
    const three = await app.call('targets.save', { id: max.id, version: max.version, kind: 'max_profiles', value: 3, dueOn: '2027-06-30' });
    expect([three.current, three.onTrack]).toEqual([4, false]);
    // At most 4 with 4 is met, even the day after it was due; at most 3 the day after is not.
    const four = await app.call('targets.save', { id: max.id, version: three.version, kind: 'max_profiles', value: 4, dueOn: '2026-12-31' });
    expect(four.onTrack).toBe(true);
    const late = await app.call('targets.save', { id: max.id, version: four.version, kind: 'max_profiles', value: 3, dueOn: '2026-12-31' });
    expect(late.onTrack).toBe(false);
  });

  it('records a point at each audit finish and the first save of each month, and projects the pace', async () => {
    now = new Date('2026-11-02T09:00:00+01:00');
    const saved = new Map<string, { id: number; version: number }>();
    for (const h of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j']) {
      const { id, version } = await save({ network: 'instagram', handle: h });
      saved.set(h, { id, version });
    }
    const close = (h: string) => save({ ...saved.get(h)!, network: 'instagram', handle: h, status: 'closed' });
    const t = await target('max_profiles', 4, '2027-02-28');
    expect(t.history).toEqual([{ on: '2026-11-02', value: 10 }]);

    // More saves in November add nothing; an audit finish does, even on a day that already has one.
    now = new Date('2026-11-20T12:00:00+01:00');
    await save({ network: 'instagram', handle: 'k', status: 'closed' });
    expect((await app.call('targets.list', {}))[0]!.history).toEqual([{ on: '2026-11-02', value: 10 }]);
    await close('b');
    await finishAudit();
    expect((await app.call('targets.list', {}))[0]!.history).toEqual([
      { on: '2026-11-02', value: 10 },
      { on: '2026-11-20', value: 9 },
    ]);

    // 23:30 on 30 November in Madrid is already 1 December: December's first save.
    now = new Date('2026-11-30T23:30:00Z');
    await close('c');
    const dec = (await app.call('targets.list', {}))[0]!;
    expect(dec.history).toEqual([
      { on: '2026-11-02', value: 10 },
      { on: '2026-11-20', value: 9 },
      { on: '2026-12-01', value: 8 },
    ]);
    // 10 to 8 in 29 days; 89 days left to the end of February at that pace reaches 8 - 2*89/29 ≈ 1.9: on track.
    expect([dec.current, dec.onTrack]).toEqual([8, true]);
    // Due sooner, by 10 December: 8 - 2*9/29 ≈ 7.4, not 4.
    const sooner = await app.call('targets.save', { id: dec.id, version: dec.version, kind: 'max_profiles', value: 4, dueOn: '2026-12-10' });
    expect(sooner.onTrack).toBe(false);
  });

  it('refuses a percentage over 100 and a stale delete; a deleted target leaves the list until restored', async () => {
    const refused = await app.invoke('targets.save', { kind: 'two_factor_pct', value: 101, dueOn: '2027-06-30' });
    expect(refused).toEqual({ ok: false, error: { code: 'validation', params: { issues: [{ path: 'value', code: 'strategy.errors.percentRange' }] } } });
    const t = await app.call('targets.save', { kind: 'two_factor_pct', value: 100, dueOn: '2027-06-30', note: 'Plan de seguridad' });
    expect(t).toMatchObject({ kind: 'two_factor_pct', value: 100, dueOn: '2027-06-30', note: 'Plan de seguridad', version: 0 });
    const edited = await app.call('targets.save', { id: t.id, version: t.version, kind: 'two_factor_pct', value: 90, dueOn: '2027-06-30' });
    await expect(app.call('targets.delete', { id: t.id, version: t.version })).rejects.toEqual(new AppError('conflict', { id: t.id, version: 1 }));
    await app.call('targets.delete', { id: edited.id, version: edited.version });
    expect(await app.call('targets.list', {})).toEqual([]);
    const back = await app.call('targets.restore', { id: t.id });
    expect((await app.call('targets.list', {})).map((x) => [x.id, x.value, x.version])).toEqual([[t.id, 90, back.version]]);
    expect(await app.invoke('targets.restore', { id: 999 })).toEqual({ ok: false, error: { code: 'not_found', params: { id: 999 } } });
  });
});
