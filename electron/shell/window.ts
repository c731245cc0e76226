import path from 'node:path';
import { app, nativeTheme, screen, type BrowserWindow } from 'electron';
import { APP_START_URL } from './policy';
import { SECURE_WEB_PREFERENCES } from './secure-options';
import { newSecureWindow } from './secure-window';
import { MIN_SIZE, readWindowState, restoreBounds, writeWindowState } from './window-state';

/**
 * The one app window: the secure preferences plus our preload, shown only
 * once painted, reopened where it was left (if that place is still on a screen).
 */
export function createMainWindow(stateDir: string): BrowserWindow {
  const workAreas = [screen.getPrimaryDisplay(), ...screen.getAllDisplays()].map((d) => d.workArea);
  const { bounds, maximized } = restoreBounds(readWindowState(stateDir), workAreas);
  const win = newSecureWindow(
    {
      ...bounds,
      minWidth: MIN_SIZE.width,
      minHeight: MIN_SIZE.height,
      show: false,
      title: 'Pregonero',
      // The page's --bg, so no white flash before the first paint.
      backgroundColor: nativeTheme.shouldUseDarkColors ? '#14171d' : '#f6f7f9',
    },
    {
      ...SECURE_WEB_PREFERENCES,
      preload: path.join(app.getAppPath(), 'out', 'electron', 'preload.cjs'),
      devTools: !app.isPackaged,
    },
  );

  win.once('ready-to-show', () => {
    if (maximized) win.maximize();
    win.show();
  });

  let timer: NodeJS.Timeout | undefined;
  const save = () => {
    if (win.isDestroyed() || win.isMinimized() || win.isFullScreen()) return;
    writeWindowState(stateDir, { bounds: win.getNormalBounds(), maximized: win.isMaximized() });
  };
  const saveSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(save, 500);
  };
  win.on('resize', saveSoon);
  win.on('move', saveSoon);
  win.on('maximize', saveSoon);
  win.on('unmaximize', saveSoon);
  win.on('close', () => {
    clearTimeout(timer);
    save();
  });

  void win.loadURL(APP_START_URL);
  return win;
}
