import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getSettings } from '../../../electron/features/settings/service';
import { openTestApp, type TestApp } from '../../support/context';
import { run } from '../../support/sql';

let app: TestApp;
beforeEach(async () => {
  app = await openTestApp();
});
afterEach(() => app.close());

describe('settings: every read answers what the database holds now', () => {
  it('sees a change written behind the app, a damaged value as its default, and a removed one as its default', async () => {
    const saved = await app.call('settings.save', { officeName: 'Ayuntamiento de Villanueva', timeZone: 'Atlantic/Canary', dormantAfterDays: 60 });
    expect(saved).toMatchObject({ officeName: 'Ayuntamiento de Villanueva', timeZone: 'Atlantic/Canary', dormantAfterDays: 60 });
    expect(await app.call('settings.get', {})).toEqual(saved);

    // As another instance on the same server would save it.
    await run(app, `update settings set value = ? where key = 'officeName'`, '"Ayto. de Villanueva"');
    expect(await app.call('settings.get', {})).toEqual({ ...saved, officeName: 'Ayto. de Villanueva' });

    await run(app, `update settings set value = ? where key = 'dormantAfterDays'`, '{not json');
    await run(app, `update settings set value = ? where key = 'timeZone'`, '"Europe/Nowhere"');
    const defaults = await app.call('settings.get', {});
    expect(defaults).toMatchObject({ officeName: 'Ayto. de Villanueva', dormantAfterDays: 90 });
    expect(defaults.timeZone).not.toBe('Europe/Nowhere');

    await run(app, `delete from settings where key = 'officeName'`);
    expect((await app.call('settings.get', {})).officeName).toBe('');
  });

  it('hands each caller its own copy: changing one answer changes no later read', async () => {
    await app.call('settings.save', { officeName: 'Ayuntamiento de Villanueva' });
    const first = await getSettings(app.ctx);
    first.officeName = 'cambiado en memoria';
    expect((await getSettings(app.ctx)).officeName).toBe('Ayuntamiento de Villanueva');
  });
});
