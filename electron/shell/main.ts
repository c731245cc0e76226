import path from 'node:path';
import { app, dialog, ipcMain, session, type BrowserWindow, type IpcMainInvokeEvent, type Session, type WebContents } from 'electron';
import { fail, type Result } from '../../shared/ipc/result';
import type { Locale } from '../../shared/ipc/schemas';
import { AppContext } from '../context';
import { importPath } from '../features/media/upload';
import { createLogger } from '../log';
import { createRouter } from '../router';
import { useOwnDataFolderWhenUnpackaged } from './data-folder';
import { IPC_CHANNEL, IPC_UPLOAD } from './ipc-channel';
import { createIpcGate } from './ipc-gate';
import { attachContextMenu, installMenu } from './menu';
import { fill, menuText } from './menu-template';
import { ElectronPlatform, openExternalSafely } from './platform';
import {
  externalTarget,
  isDownloadAllowed,
  isNavigationAllowed,
  isPermissionGranted,
  isTrustedSender,
  localeFromSystem,
  navigationDecision,
  type SenderFacts,
} from './policy';
import { registerAppScheme, serveRenderer } from './protocol';
import { createMainWindow } from './window';

/**
 * The Electron main process: one window, one IPC channel into the shared
 * router, and every door a web page could use to escape (navigation, new
 * windows, webviews, permissions, remote requests) closed.
 */

useOwnDataFolderWhenUnpackaged();
// Before 'ready': app:// must be a standard, secure scheme for the page to get a real origin.
registerAppScheme();
app.enableSandbox();
// Windows groups the taskbar entry and the installer's shortcut by this id (electron-builder's appId).
if (process.platform === 'win32') app.setAppUserModelId('es.pregonero.desktop');

let mainWindow: BrowserWindow | null = null;
let locale: Locale = 'es';

/** Every session, the default one and the PDF window's: no permission, no remote request, no foreign download. */
function hardenSession(ses: Session): void {
  ses.setPermissionRequestHandler((_contents, permission, callback, details) => callback(isPermissionGranted(permission, details.requestingUrl)));
  ses.setPermissionCheckHandler((_contents, permission, requestingOrigin) => isPermissionGranted(permission, requestingOrigin));
  ses.setDevicePermissionHandler(() => false);
  ses.webRequest.onBeforeRequest({ urls: ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*', 'ftp://*/*'] }, (_details, callback) =>
    callback({ cancel: true }),
  );
  ses.on('will-download', (event, item) => {
    if (!isDownloadAllowed(item.getURL())) event.preventDefault();
  });
}

function openOutside(url: string): void {
  openExternalSafely(url).catch(() => undefined);
}

/** Every web contents: it stays in the app, opens no window, attaches no webview. */
function hardenContents(contents: WebContents): void {
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.on('will-navigate', (event, url) => {
    const decision = navigationDecision(url);
    if (decision === 'allow') return;
    event.preventDefault();
    // A link the user clicked in the app window opens in the browser; the PDF window never hands anything out.
    if (decision === 'external' && mainWindow && contents === mainWindow.webContents) openOutside(url);
  });
  // Frames inside the page (the app has none of its own) may not leave the app either.
  // The top frame is handled above, so a clicked external link still opens outside.
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame && !isNavigationAllowed(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isNavigationAllowed(url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    const target = externalTarget(url);
    if (target && mainWindow && contents === mainWindow.webContents) openOutside(target);
    return { action: 'deny' };
  });
}

function focusExisting(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

function senderFacts(event: IpcMainInvokeEvent): SenderFacts {
  const frame = event.senderFrame;
  return {
    hasFrame: frame !== null && !frame.isDestroyed(),
    isAppWindow: mainWindow !== null && !mainWindow.isDestroyed() && event.sender === mainWindow.webContents,
    isMainFrame: frame !== null && frame.parent === null,
    url: frame?.url ?? '',
  };
}

function setSpellCheckerLanguage(value: Locale): void {
  if (process.platform === 'darwin') return; // macOS picks the language itself.
  try {
    const wanted = value === 'es' ? ['es', 'es-ES'] : ['en-US', 'en-GB'];
    const available = session.defaultSession.availableSpellCheckerLanguages;
    const lang = wanted.find((l) => available.includes(l));
    if (lang) session.defaultSession.setSpellCheckerLanguages([lang]);
  } catch {
    // Spellchecking is a comfort, never a reason to fail.
  }
}

async function start(): Promise<void> {
  hardenSession(session.defaultSession);
  const dataDir = app.getPath('userData');
  const log = createLogger(dataDir);
  const systemLocale = localeFromSystem(app.getPreferredSystemLanguages());
  const platform = new ElectronPlatform(systemLocale, () => mainWindow);

  let ctx: AppContext;
  try {
    // A refused file (damaged, not SQLite, newer schema) is not an error here:
    // the context opens without a store and the renderer shows its recovery screen.
    ctx = await AppContext.open(dataDir, platform);
  } catch (e) {
    failStart('store_open_failed', e);
    return;
  }
  serveRenderer(path.join(app.getAppPath(), 'out', 'renderer'), ctx);

  const invoke = createRouter(ctx, { log });
  const menuDeps = {
    window: () => mainWindow,
    dataDir,
    dataFile: () => ctx.store.file,
    backupNow: async () => {
      const result = (await invoke('store.backup', {})) as Result<{ path: string }>;
      if (!result.ok) throw new Error(result.error.code);
      return result.value.path;
    },
  };
  const applyLocale = (value: Locale) => {
    locale = value;
    installMenu(value, menuDeps);
    setSpellCheckerLanguage(value);
  };

  const gate = createIpcGate(invoke, applyLocale, log);
  ipcMain.handle(IPC_CHANNEL, (event, channel: unknown, input: unknown) => gate.answer(senderFacts(event), channel, input));
  // Photos and videos arrive by path, read here: never as bytes in an IPC message.
  ipcMain.handle(IPC_UPLOAD, (event, file: unknown, name: unknown) =>
    isTrustedSender(senderFacts(event)) ? importPath(ctx, file, name, log) : Promise.resolve(fail({ code: 'unauthorized' })),
  );
  await gate.start(systemLocale);
  openWindow(dataDir);

  app.on('activate', () => {
    if (!mainWindow) openWindow(dataDir);
  });

  let closing = false;
  app.on('will-quit', (event) => {
    if (closing) return;
    closing = true;
    event.preventDefault();
    ctx.close().finally(() => app.quit());
  });
}

/**
 * A packaged app has no console: a failure while starting is written to
 * logs/pregonero.log and shown in a box, in the system's language, then the app quits.
 */
function failStart(event: 'store_open_failed' | 'start_failed', e: unknown): void {
  const dataDir = app.getPath('userData');
  const detail = (e instanceof Error ? e.message : String(e)).slice(0, 300);
  createLogger(dataDir)(event, { detail });
  const t = menuText(localeFromSystem(app.getPreferredSystemLanguages()));
  if (event === 'store_open_failed') dialog.showErrorBox(t.storeFailed, fill(t.storeFailedDetail, { path: dataDir, detail }));
  else dialog.showErrorBox(t.startFailed, fill(t.startFailedDetail, { log: path.join(dataDir, 'logs', 'pregonero.log'), detail }));
  app.exit(1);
}

function openWindow(dataDir: string): void {
  mainWindow = createMainWindow(dataDir);
  attachContextMenu(mainWindow.webContents, () => locale);
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

if (!app.requestSingleInstanceLock()) {
  // Two copies writing one SQLite file is safe for SQLite but confusing for people: keep one window.
  app.quit();
} else {
  app.on('second-instance', focusExisting);
  app.on('web-contents-created', (_event, contents) => hardenContents(contents));
  app.on('session-created', hardenSession);
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app
    .whenReady()
    .then(start)
    .catch((e: unknown) => failStart('start_failed', e));
}
