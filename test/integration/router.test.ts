import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelAliases, contract } from '../../shared/ipc/contract';
import { openTestApp, testStore, type TestApp } from '../support/context';

let app: TestApp;
beforeAll(async () => {
  app = await openTestApp();
});
afterAll(() => app.close());

describe('router', () => {
  it('answers app.info with the schema version and data path', async () => {
    const info = await app.call('app.info', {});
    expect(info).toMatchObject({ name: 'Pregonero', locale: 'es', store: 'ready' });
    expect(info.schemaVersion).toBeGreaterThan(0);
    const { database } = await testStore(app.dataDir);
    // The file in the data folder, or the team database's address, never with a password.
    if (database === undefined) expect(info.dataPath).toContain(app.dataDir);
    else expect(info.dataPath).toBe(Object.assign(new URL(database), { password: '' }).toString());
  });

  it('describes every channel with JSON Schemas generated from the contract', async () => {
    const channels = await app.call('app.channels', {});
    expect(channels.map((c) => c.name).sort()).toEqual(Object.keys(contract).sort());
    const save = channels.find((c) => c.name === 'settings.save')!;
    expect(save.input).toMatchObject({ type: 'object', additionalProperties: false });
    expect(Object.keys(save.input.properties as object)).toContain('timeZone');
  });

  it('answers the former hashtag set channel names for one release, as the channels they became', async () => {
    expect(channelAliases).toEqual({ 'hashtags.sets': 'hashtagSets.list', 'hashtags.saveSet': 'hashtagSets.save' });
    const saved = await app.invoke('hashtags.saveSet', { name: 'Fiestas', tags: ['SanRoque'] });
    expect(saved).toMatchObject({ ok: true, value: { name: 'Fiestas', tags: ['SanRoque'], version: 0 } });
    expect(await app.invoke('hashtags.sets', {})).toEqual(await app.invoke('hashtagSets.list', {}));
    expect(await app.call('hashtagSets.list', {})).toMatchObject([{ name: 'Fiestas', tags: ['SanRoque'] }]);
    // The old name validates exactly as the new one.
    expect(await app.invoke('hashtags.saveSet', { name: 'Fiestas', tags: ['SanRoque'], admin: true })).toMatchObject({ ok: false, error: { code: 'validation' } });
  });

  it('saves and reads settings', async () => {
    const saved = await app.call('settings.save', { officeName: 'Ayuntamiento de Alcañiz', timeZone: 'Europe/Madrid', weekStart: 'monday' });
    expect(saved.officeName).toBe('Ayuntamiento de Alcañiz');
    expect(await app.call('settings.get', {})).toEqual(saved);
  });

  it.each([
    ['unknown channel', 'nope.nothing', {}, 'unknown_channel'],
    ['wrong type', 'settings.save', { locale: 5 }, 'validation'],
    ['value outside the enum', 'settings.save', { locale: 'fr' }, 'validation'],
    ['extra key', 'settings.save', { officeName: 'x', admin: true }, 'validation'],
    ['unknown time zone', 'settings.save', { timeZone: 'Mars/Olympus' }, 'validation'],
    ['not an object', 'settings.save', 'hello', 'validation'],
    ['null', 'settings.get', null, 'validation'],
    ['prototype pollution', 'settings.save', JSON.parse('{"__proto__": {"polluted": true}}'), 'validation'],
    ['oversized', 'settings.save', { officeName: 'x'.repeat(1_100_000) }, 'payload_too_large'],
  ])('refuses %s with a typed error', async (_label, channel, input, code) => {
    const result = await app.invoke(channel, input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe(code);
      expect(JSON.stringify(result.error)).not.toMatch(/at .*\.ts|SELECT|Error:/);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses deep nesting without crashing', async () => {
    let deep: unknown = {};
    for (let i = 0; i < 10_000; i++) deep = { a: deep };
    const result = await app.invoke('settings.save', deep);
    expect(result).toMatchObject({ ok: false, error: { code: 'validation' } });
  });

  it('reports field paths for validation errors', async () => {
    const result = await app.invoke('settings.save', { dormantAfterDays: 1 });
    expect(result).toMatchObject({ ok: false, error: { code: 'validation', params: { issues: [{ path: 'dormantAfterDays', code: 'too_small' }] } } });
  });
});
