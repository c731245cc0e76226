import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addAccount } from '../../support/calendar';
import { openTestApp, type TestApp, testEngine } from '../../support/context';
import { latestSchemaVersion } from '../../../migrations/index';
import { rowsOf } from '../../support/sql';

/**
 * Settings → "Back up now" on the team's server: a copy of every table on
 * the server itself, listed by store.backups; bringing one back, or starting
 * an empty store, is the administrator's and is refused with what to do.
 */
describe.runIf(testEngine() === 'postgres')('backups on the team server', () => {
  let app: TestApp;
  beforeEach(async () => {
    app = await openTestApp();
  });
  afterEach(() => app.close());

  it('copies every table but the shared file parts with its rows into a schema of its own, lists it newest first, and keeps the live data as it was', async () => {
    const base = `pregonero_backup_${String(latestSchemaVersion()).padStart(4, '0')}_20261201100000`;
    await addAccount(app, { network: 'instagram', handle: 'cultura' });
    const first = await app.call('store.backup', {});
    expect(first.name).toBe(base);
    expect(first.createdAt).toBe('2026-12-01T10:00:00.000Z');
    expect(first.path).toBe(`${app.ctx.store.file} (${base})`);
    expect(first.bytes).toBeGreaterThan(8192);
    await addAccount(app, { network: 'x', handle: 'ayto' });
    // The same second again: a number, never one copy over the other.
    const second = await app.call('store.backup', {});
    expect(second.name).toBe(`${base}_2`);

    expect(await rowsOf(app, `select handle from ${base}.accounts order by handle`)).toEqual([{ handle: 'cultura' }]);
    expect(await rowsOf(app, `select handle from ${base}_2.accounts order by handle`)).toEqual([{ handle: 'ayto' }, { handle: 'cultura' }]);
    const tablesOf = async (schema: string) => (await rowsOf<{ name: string }>(app, 'select table_name as name from information_schema.tables where table_schema = ? order by table_name', schema)).map((t) => t.name);
    const live = await tablesOf('public');
    expect(live).toContain('media_parts');
    expect(await tablesOf(base)).toEqual(live.filter((t) => t !== 'media_parts'));

    expect((await app.call('store.backups', {})).map((b) => b.name)).toEqual([`${base}_2`, base]);
    expect((await app.call('accounts.list', {})).total).toBe(2);
  });

  it('refuses to bring back a copy or start anew on the server, saying who can, and changes nothing', async () => {
    await addAccount(app, { network: 'instagram', handle: 'cultura' });
    const copy = await app.call('store.backup', {});
    expect(await app.invoke('store.openBackup', { name: copy.name })).toEqual({ ok: false, error: { code: 'app.errors.serverCopies' } });
    expect(await app.invoke('store.createNew', {})).toEqual({ ok: false, error: { code: 'app.errors.serverCopies' } });
    expect(await app.call('app.info', {})).toMatchObject({ store: 'ready', engine: 'postgres' });
    expect((await app.call('accounts.list', {})).total).toBe(1);
  });
});
