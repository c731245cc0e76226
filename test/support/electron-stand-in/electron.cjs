'use strict';
/**
 * A stand-in for the `electron` module, for booting the built main process
 * (out/electron/main.cjs) in plain Node. It records every call the shell makes
 * (one JSON line each, in STANDIN_RECORD) and throws where Electron would:
 * privileged schemes, the sandbox switch and the data folder only before
 * 'ready'; protocol handlers, sessions, windows, screens and menus only after.
 * Once the window loads the app's page it plays the page: fetches index.html
 * through the registered app:// handler, calls the IPC channel (STANDIN_PAGE_CALLS,
 * a JSON list of [channel, input]) and quits.
 *
 * STANDIN_APPDATA   the system's app-data folder (userData defaults to <it>/Pregonero)
 * STANDIN_PACKAGED  "1" to boot as an installed app
 * STANDIN_FAIL      "window" to make creating the window throw, as a broken GPU stack does
 */
const { Buffer } = require('node:buffer');
const { EventEmitter } = require('node:events');
const fs = require('node:fs');
const path = require('node:path');

const env = process.env;
let ready = false;

function record(call, detail) {
  fs.appendFileSync(env.STANDIN_RECORD, `${JSON.stringify({ call, ...detail })}\n`);
}
function beforeReady(name) {
  if (ready) throw new Error(`${name} must be called before the app is ready`);
}
function afterReady(name) {
  if (!ready) throw new Error(`${name} cannot be used before the app is ready`);
}

const paths = {
  appData: env.STANDIN_APPDATA,
  userData: path.join(env.STANDIN_APPDATA, 'Pregonero'),
  documents: path.join(env.STANDIN_APPDATA, 'Documents'),
};
let lockTaken = false;

const app = new EventEmitter();
let readyResolve;
const readyPromise = new Promise((resolve) => (readyResolve = resolve));
Object.assign(app, {
  isPackaged: env.STANDIN_PACKAGED === '1',
  getAppPath: () => process.cwd(),
  getVersion: () => '0.1.0',
  getPath: (name) => {
    if (!(name in paths)) throw new Error(`Failed to get '${name}' path`);
    return paths[name];
  },
  setPath: (name, value) => {
    // Electron reads userData for the single-instance lock and the session: changing it later splits them.
    if (name === 'userData' && (ready || lockTaken)) throw new Error('userData must be set before ready and before requestSingleInstanceLock');
    record('app.setPath', { name, value });
    paths[name] = value;
  },
  getPreferredSystemLanguages: () => ['es-ES', 'en-US'],
  enableSandbox: () => {
    beforeReady('app.enableSandbox');
    record('app.enableSandbox');
  },
  setAppUserModelId: (id) => record('app.setAppUserModelId', { id }),
  requestSingleInstanceLock: () => {
    lockTaken = true;
    record('app.requestSingleInstanceLock', { userData: paths.userData });
    return true;
  },
  whenReady: () => readyPromise,
  isReady: () => ready,
  quit: () => {
    record('app.quit');
    const event = { defaultPrevented: false, preventDefault: () => (event.defaultPrevented = true) };
    app.emit('will-quit', event);
    if (!event.defaultPrevented) process.exit(0);
  },
  exit: (code = 0) => {
    record('app.exit', { code });
    process.exit(code);
  },
});
const originalOn = app.on.bind(app);
app.on = (name, listener) => {
  record('app.on', { name });
  return originalOn(name, listener);
};

const schemes = new Map();
const protocol = {
  registerSchemesAsPrivileged: (list) => {
    beforeReady('protocol.registerSchemesAsPrivileged');
    record('protocol.registerSchemesAsPrivileged', { schemes: list.map((s) => s.scheme) });
  },
  handle: (scheme, handler) => {
    afterReady('protocol.handle');
    record('protocol.handle', { scheme });
    schemes.set(scheme, handler);
  },
};

function makeSession(name) {
  const ses = new EventEmitter();
  Object.assign(ses, {
    setPermissionRequestHandler: () => record('session.setPermissionRequestHandler', { session: name }),
    setPermissionCheckHandler: () => record('session.setPermissionCheckHandler', { session: name }),
    setDevicePermissionHandler: () => record('session.setDevicePermissionHandler', { session: name }),
    webRequest: { onBeforeRequest: (filter) => record('session.webRequest.onBeforeRequest', { session: name, urls: filter.urls }) },
    availableSpellCheckerLanguages: ['en-US', 'es-ES'],
    setSpellCheckerLanguages: (langs) => record('session.setSpellCheckerLanguages', { langs }),
    addWordToSpellCheckerDictionary: () => true,
  });
  return ses;
}
let defaultSession;
const session = {
  get defaultSession() {
    afterReady('session.defaultSession');
    defaultSession ??= makeSession('default');
    return defaultSession;
  },
};

const handlers = new Map();
const ipcMain = {
  handle: (channel, handler) => {
    if (handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    record('ipcMain.handle', { channel });
    handlers.set(channel, handler);
  },
};

const dialog = {
  showErrorBox: (title, content) => record('dialog.showErrorBox', { title, content }),
  showMessageBox: async (...args) => {
    record('dialog.showMessageBox', { message: args.at(-1).message });
    return { response: 0 };
  },
  showSaveDialog: async () => ({ canceled: true }),
};

const Menu = {
  buildFromTemplate: (template) => ({ template, popup: () => undefined }),
  setApplicationMenu: (menu) => {
    afterReady('Menu.setApplicationMenu');
    record('Menu.setApplicationMenu', { labels: menu.template.map((m) => m.label ?? m.role) });
  },
};

const display = { workArea: { x: 0, y: 0, width: 1920, height: 1080 } };
const screen = {
  getPrimaryDisplay: () => {
    afterReady('screen');
    return display;
  },
  getAllDisplays: () => {
    afterReady('screen');
    return [display];
  },
};

const shell = {
  openExternal: async (url) => record('shell.openExternal', { url }),
  openPath: async (p) => {
    record('shell.openPath', { path: p });
    return '';
  },
};

async function playPage(win) {
  const handler = schemes.get('app');
  const page = await handler(new Request('app://pregonero/index.html'));
  const html = await page.text();
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html);
  record('page.loaded', { status: page.status, csp: page.headers.get('content-security-policy'), metaCsp: meta ? meta[1] : null });
  const event = {
    sender: win.webContents,
    senderFrame: { url: 'app://pregonero/index.html', parent: null, isDestroyed: () => false },
  };
  for (const [channel, input] of JSON.parse(env.STANDIN_PAGE_CALLS ?? '[["app.info",{}]]')) {
    const result = await handlers.get('pregonero:invoke')(event, channel, input);
    record('page.invoke', { channel, result });
  }
  app.quit();
}

class WebContents extends EventEmitter {
  constructor(win) {
    super();
    this.win = win;
    this.session = defaultSession;
  }
  setWindowOpenHandler() {
    record('webContents.setWindowOpenHandler');
  }
}

class BrowserWindow extends EventEmitter {
  constructor(options) {
    super();
    afterReady('new BrowserWindow');
    if (env.STANDIN_FAIL === 'window') throw new Error('GPU process isn\'t usable. Goodbye.');
    record('new BrowserWindow', { webPreferences: options.webPreferences });
    this.webContents = new WebContents(this);
    this.destroyed = false;
    app.emit('web-contents-created', {}, this.webContents);
  }
  loadURL(url) {
    record('win.loadURL', { url });
    if (url === 'app://pregonero/index.html') setImmediate(() => playPage(this).catch((e) => record('page.error', { message: String(e) })));
    return Promise.resolve();
  }
  isDestroyed() {
    return this.destroyed;
  }
  isMinimized() {
    return false;
  }
  isMaximized() {
    return false;
  }
  isFullScreen() {
    return false;
  }
  getNormalBounds() {
    return { x: 0, y: 0, width: 1280, height: 800 };
  }
  show() {}
  focus() {}
  restore() {}
  maximize() {}
  destroy() {
    this.destroyed = true;
  }
}

const nativeTheme = { shouldUseDarkColors: false };

// 'ready' comes after the main script has run to its end, as in Electron.
setImmediate(() => {
  ready = true;
  record('ready');
  app.emit('ready');
  readyResolve();
});

/**
 * The keychain: sealing is recorded and reversible only here (a marker and
 * the text reversed in base64), so a test can tell a sealed password from
 * one written in the clear. STANDIN_NO_KEYCHAIN=1 plays a Linux session
 * without a secret service (Electron's plain-text fallback).
 */
const SEALED = 'stand-in-sealed:';
const safeStorage = {
  isEncryptionAvailable: () => {
    afterReady('safeStorage.isEncryptionAvailable');
    return true;
  },
  getSelectedStorageBackend: () => (env.STANDIN_NO_KEYCHAIN === '1' ? 'basic_text' : 'gnome_libsecret'),
  encryptString: (text) => {
    record('safeStorage.encryptString', { bytes: Buffer.byteLength(text) });
    return Buffer.from(SEALED + Buffer.from([...text].reverse().join('')).toString('base64'));
  },
  decryptString: (buf) => {
    const s = buf.toString();
    if (!s.startsWith(SEALED)) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
    record('safeStorage.decryptString');
    return [...Buffer.from(s.slice(SEALED.length), 'base64').toString()].reverse().join('');
  },
};

module.exports = { app, protocol, session, ipcMain, dialog, Menu, screen, shell, BrowserWindow, nativeTheme, safeStorage };
