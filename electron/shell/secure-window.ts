import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';
import type { PDF_WEB_PREFERENCES, SECURE_WEB_PREFERENCES } from './secure-options';

type Preferences = (typeof SECURE_WEB_PREFERENCES | typeof PDF_WEB_PREFERENCES) & { preload?: string; devTools?: boolean };

/**
 * The only place the app creates a window. It takes the checked preferences
 * from secure-options.ts and then states the isolation switches literally,
 * last, so no caller can loosen them by mistake (and static scanners such as
 * electronegativity can read them here).
 */
export function newSecureWindow(options: Omit<BrowserWindowConstructorOptions, 'webPreferences'>, preferences: Preferences): BrowserWindow {
  return new BrowserWindow({
    ...options,
    webPreferences: {
      ...preferences,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      // Middle-click must not open anything new (window.open is denied anyway).
      disableBlinkFeatures: 'Auxclick',
    },
  });
}
