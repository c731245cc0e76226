import type { WebPreferences } from 'electron';

/**
 * The web preferences of every window the app opens, in one constant so a
 * plain-Node unit test can check it (this file imports Electron's types only).
 * The renderer is a sandboxed web page: no Node, no Electron, its own isolated
 * world for the preload, and nothing that loosens the web's own security.
 */
export const SECURE_WEB_PREFERENCES = Object.freeze({
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webviewTag: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  enableBlinkFeatures: '',
  // Middle-click must not open anything new (window.open is denied anyway).
  disableBlinkFeatures: 'Auxclick',
  navigateOnDragDrop: false,
  safeDialogs: true,
  enableWebSQL: false,
  plugins: false,
  // Post texts are public and often written in a hurry with no one to proofread:
  // the spellchecker earns its place. Windows and macOS use the system's own
  // dictionaries; on Linux Electron fetches a Hunspell dictionary once.
  spellcheck: true,
} as const satisfies WebPreferences);

/**
 * The hidden window that turns an export's HTML into a PDF: the secure
 * options, and no script at all (the document is static HTML and CSS).
 */
export const PDF_WEB_PREFERENCES = Object.freeze({
  ...SECURE_WEB_PREFERENCES,
  javascript: false,
  spellcheck: false,
  // An in-memory session of its own: nothing the PDF page does touches the app's storage.
  partition: 'pregonero-pdf',
} as const satisfies WebPreferences);
