import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createIpcGate } from '../../../electron/shell/ipc-gate';
import { APP_START_URL } from '../../../electron/shell/policy';
import type { Locale } from '../../../shared/ipc/schemas';
import { openTestApp, tempDir, type TestApp } from '../../support/context';

/** The desktop app's IPC handler, minus Electron, in front of the real router and a real SQLite file. */
const trusted = { hasFrame: true, isAppWindow: true, isMainFrame: true, url: APP_START_URL };

let app: TestApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

async function gateOn(test: TestApp) {
  const announced: Locale[] = [];
  let calls = 0;
  const counted: typeof test.invoke = (channel, input) => {
    calls += 1;
    return test.invoke(channel, input);
  };
  const gate = createIpcGate(counted, (l) => announced.push(l));
  await gate.start('en');
  return { gate, announced, calls: () => calls };
}

describe('desktop IPC gate', () => {
  it('answers our own page through the router', async () => {
    app = await openTestApp();
    const { gate } = await gateOn(app);
    const result = await gate.answer(trusted, 'app.info', {});
    expect(result).toMatchObject({ ok: true, value: { name: 'Pregonero' } });
  });

  it('refuses any other sender without reaching the router or the file', async () => {
    app = await openTestApp();
    const { gate, calls } = await gateOn(app);
    const before = calls();
    for (const sender of [
      { ...trusted, url: 'https://evil.example/' },
      { ...trusted, isMainFrame: false },
      { ...trusted, isAppWindow: false },
      { ...trusted, hasFrame: false },
    ]) {
      expect(await gate.answer(sender, 'settings.save', { officeName: 'Hackeado' })).toEqual({ ok: false, error: { code: 'unauthorized' } });
    }
    expect(calls()).toBe(before);
    expect((await app.call('settings.get', {})).officeName).toBe('');
  });

  it('keeps the router\'s typed errors for bad calls from our page', async () => {
    app = await openTestApp();
    const { gate } = await gateOn(app);
    expect(await gate.answer(trusted, 'nope.nothing', {})).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    expect(await gate.answer(trusted, 42, {})).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    expect(await gate.answer(trusted, 'settings.save', { locale: 'fr' })).toMatchObject({ ok: false, error: { code: 'validation' } });
  });

  it('announces the saved language at start and again when Settings changes it (the menu is rebuilt)', async () => {
    app = await openTestApp();
    const { gate, announced } = await gateOn(app);
    expect(announced).toEqual(['es']); // the test platform's default, saved in no setting yet
    await gate.answer(trusted, 'settings.save', { officeName: 'Prensa' });
    expect(announced).toEqual(['es']); // unchanged language: no rebuild
    await gate.answer(trusted, 'settings.save', { locale: 'en' });
    expect(announced).toEqual(['es', 'en']);
    expect(gate.locale).toBe('en');
  });

  it('starts with the system language when the data file was refused', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'pregonero.sqlite'), 'this is not a database, just words');
    app = await openTestApp({ dataDir: dir });
    expect(app.ctx.store.state).toBe('not_sqlite');
    const { gate, announced } = await gateOn(app);
    expect(await gate.answer(trusted, 'app.info', {})).toMatchObject({ ok: true, value: { store: 'not_sqlite' } });
    expect(announced).toEqual(['es']); // the platform's default, which the shell takes from the system languages
  });
});
