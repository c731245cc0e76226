import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CSP, CSP_META } from '../../shared/security/csp';
import { tempDir } from '../support/context';
import { brokenSqlite } from './support/broken-sqlite';
import { boot } from './support/boot-shell';

/**
 * The built desktop main process (out/electron/main.cjs, made by the e2e
 * setup exactly as `npm run build:shell` makes it) booted in Node against a
 * stand-in `electron` module that records each call and throws where Electron
 * would (test/support/electron-stand-in). No Electron binary can run here;
 * this proves the shell's start-up around it.
 */
describe('desktop shell boot (built main.cjs, stand-in Electron)', () => {
  it('starts in Electron\'s order, in a data folder of its own when not packaged, and reaches nothing on the network', () => {
    const { appData, calls, names, status } = boot();
    expect(status).toBe(0);
    expect(names).not.toContain('network');
    expect(names).not.toContain('page.error');
    // Before 'ready': the dev data folder, then the scheme and the sandbox, then the lock (which lives in that folder).
    expect(names.slice(0, names.indexOf('ready'))).toEqual([
      'app.setPath',
      'protocol.registerSchemesAsPrivileged',
      'app.enableSandbox',
      'app.requestSingleInstanceLock',
      'app.on',
      'app.on',
      'app.on',
      'app.on',
    ]);
    const devData = path.join(appData, 'Pregonero-dev');
    expect(calls[0]).toEqual({ call: 'app.setPath', name: 'userData', value: devData });
    expect(calls.find((c) => c.call === 'app.requestSingleInstanceLock')).toEqual({ call: 'app.requestSingleInstanceLock', userData: devData });
    // After 'ready': the session is locked down before the page can be served, the IPC door opens before the window does.
    const after = names.slice(names.indexOf('ready'));
    const order = ['session.webRequest.onBeforeRequest', 'protocol.handle', 'ipcMain.handle', 'Menu.setApplicationMenu', 'new BrowserWindow', 'win.loadURL'];
    expect(order.map((n) => after.indexOf(n))).toEqual([...order.map((n) => after.indexOf(n))].sort((a, b) => a - b));
    expect(order.every((n) => after.includes(n))).toBe(true);
    expect(calls.find((c) => c.call === 'win.loadURL')).toEqual({ call: 'win.loadURL', url: 'app://pregonero/index.html' });
    // The page asked for app.info over the one channel and got the dev folder's file.
    expect(calls.find((c) => c.call === 'page.invoke')).toEqual({
      call: 'page.invoke',
      channel: 'app.info',
      result: {
        ok: true,
        value: { name: 'Pregonero', version: '0.1.0', schemaVersion: expect.any(Number), dataPath: path.join(devData, 'pregonero.sqlite'), locale: 'es', store: 'ready', engine: 'sqlite', offlineSince: null, snapshotAt: null },
      },
    });
    // Quitting closed the file cleanly: its write-ahead log is folded back in.
    expect(fs.readdirSync(devData).filter((f) => f.startsWith('pregonero.sqlite')).sort()).toEqual(['pregonero.sqlite']);
    expect(fs.existsSync(path.join(appData, 'Pregonero'))).toBe(false);
    expect(names.slice(-2)).toEqual(['app.quit', 'app.quit']);
  });

  it('sends frame-ancestors in the app:// header and keeps it out of the page\'s <meta> CSP', () => {
    const { calls } = boot();
    expect(calls.find((c) => c.call === 'page.loaded')).toEqual({ call: 'page.loaded', status: 200, csp: CSP, metaCsp: CSP_META });
    expect(CSP).toContain("frame-ancestors 'none'");
    expect(CSP_META).not.toContain('frame-ancestors');
  });

  it('uses the installed app\'s folder when packaged', () => {
    const { appData, calls, names, status } = boot({ packaged: true });
    expect(status).toBe(0);
    expect(names).not.toContain('app.setPath');
    expect(calls.find((c) => c.call === 'app.requestSingleInstanceLock')).toEqual({ call: 'app.requestSingleInstanceLock', userData: path.join(appData, 'Pregonero') });
    expect(fs.existsSync(path.join(appData, 'Pregonero', 'pregonero.sqlite'))).toBe(true);
    expect(fs.existsSync(path.join(appData, 'Pregonero-dev'))).toBe(false);
  });

  it('shows a translated error box and writes the log when the window cannot be created', () => {
    const { appData, calls, names, status } = boot({ packaged: true, fail: 'window' });
    expect(status).toBe(1);
    const log = path.join(appData, 'Pregonero', 'logs', 'pregonero.log');
    expect(calls.filter((c) => c.call === 'dialog.showErrorBox')).toEqual([
      {
        call: 'dialog.showErrorBox',
        title: 'Pregonero no ha podido arrancar',
        content: `Algo ha fallado al preparar la ventana. Tus datos no se han tocado. El error queda anotado en ${log}. Detalle: GPU process isn't usable. Goodbye.`,
      },
    ]);
    expect(names.at(-1)).toBe('app.exit');
    expect(calls.at(-1)).toEqual({ call: 'app.exit', code: 1 });
    const lines = fs.readFileSync(log, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z start_failed \{"detail":"GPU process isn't usable\. Goodbye\."\}$/);
  });

  it('tells a SQLite that cannot load apart from a damaged file, and never switches to another file', () => {
    const appData = tempDir();
    const dataDir = path.join(appData, 'Pregonero');
    fs.mkdirSync(dataDir, { recursive: true });
    const file = path.join(dataDir, 'pregonero.sqlite');
    fs.copyFileSync(path.resolve('node_modules/better-sqlite3/package.json'), file); // any bytes: they must stay as they are
    const before = fs.readFileSync(file);
    const { calls, status } = boot({
      packaged: true,
      appData,
      sqlite: brokenSqlite(),
      pageCalls: [
        ['app.info', {}],
        ['store.createNew', {}],
        ['store.openBackup', { name: 'pregonero-2026-11-30-manual.sqlite' }],
        ['accounts.list', {}],
      ],
    });
    expect(status).toBe(0);
    const answers = calls.filter((c) => c.call === 'page.invoke').map((c) => c.result);
    expect(answers).toEqual([
      { ok: true, value: { name: 'Pregonero', version: '0.1.0', schemaVersion: 0, dataPath: file, locale: 'es', store: 'sqlite_unavailable', engine: 'sqlite', offlineSince: null, snapshotAt: null } },
      { ok: false, error: { code: 'store_unavailable', params: { state: 'sqlite_unavailable' } } },
      { ok: false, error: { code: 'store_unavailable', params: { state: 'sqlite_unavailable' } } },
      { ok: false, error: { code: 'store_unavailable', params: { state: 'sqlite_unavailable' } } },
    ]);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.readdirSync(dataDir).sort()).toEqual(['pregonero.sqlite']);
  });

  it('seals the team server\'s password with the system keychain, keeps none without one, and opens it again on the next start', () => {
    const appData = tempDir();
    const dataDir = path.join(appData, 'Pregonero');
    // A local server's socket folder where no server runs (the boot test reaches no network): saved, then unreachable.
    const url = 'postgres://comunicacion@%2Fnonexistent%2Fpregonero-socket/pregonero';
    const save = ['team.save', { personName: 'Ana Ruiz', server: { url, password: 'Cl4ve-del-equipo' } }] as [string, unknown];
    const refused = boot({ packaged: true, appData, noKeychain: process.platform === 'linux', pageCalls: [save] });
    expect(refused.calls.filter((c) => c.call === 'page.invoke').map((c) => c.result)).toEqual([{ ok: false, error: { code: 'app.errors.noKeychain' } }]);
    expect(fs.existsSync(path.join(dataDir, 'team.json'))).toBe(false);

    const first = boot({ packaged: true, appData, pageCalls: [save, ['app.info', {}]] });
    expect(first.calls.filter((c) => c.call === 'network')).toEqual([]);
    expect(first.status).toBe(0);
    expect(first.calls.filter((c) => c.call === 'safeStorage.encryptString')).toEqual([{ call: 'safeStorage.encryptString', bytes: 16 }]);
    const [saved, info] = first.calls.filter((c) => c.call === 'page.invoke').map((c) => c.result);
    expect(saved).toEqual({ ok: true, value: { personName: 'Ana Ruiz', server: { url }, passwordKept: true, fixed: false } });
    expect(info).toMatchObject({ ok: true, value: { store: 'offline', engine: 'postgres', dataPath: url } });
    const file = fs.readFileSync(path.join(dataDir, 'team.json'), 'utf8');
    expect(file).not.toContain('Cl4ve-del-equipo');
    // Nothing went wrong enough to log; whatever is there, the password is not.
    const log = path.join(dataDir, 'logs', 'pregonero.log');
    expect(fs.existsSync(log) ? fs.readFileSync(log, 'utf8') : '').not.toContain('Cl4ve');

    // The next start opens the sealed password to connect.
    const second = boot({ packaged: true, appData, pageCalls: [['app.info', {}]] });
    expect(second.names).toContain('safeStorage.decryptString');
    expect(second.calls.find((c) => c.call === 'page.invoke')?.result).toMatchObject({ ok: true, value: { store: 'offline', engine: 'postgres' } });
  });
});
