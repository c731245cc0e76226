import { describe, expect, it } from 'vitest';
import { PDF_WEB_PREFERENCES, SECURE_WEB_PREFERENCES } from './secure-options';

describe('secure window options', () => {
  it.each([
    ['contextIsolation', true],
    ['sandbox', true],
    ['nodeIntegration', false],
    ['nodeIntegrationInWorker', false],
    ['nodeIntegrationInSubFrames', false],
    ['webviewTag', false],
    ['webSecurity', true],
    ['allowRunningInsecureContent', false],
    ['experimentalFeatures', false],
    ['navigateOnDragDrop', false],
    ['enableWebSQL', false],
  ] as const)('%s is %s in the app window and in the PDF window', (key, value) => {
    expect(SECURE_WEB_PREFERENCES[key]).toBe(value);
    expect(PDF_WEB_PREFERENCES[key]).toBe(value);
  });

  it('enables no Blink feature and sets no preload (the window adds only ours)', () => {
    expect(SECURE_WEB_PREFERENCES.enableBlinkFeatures).toBe('');
    expect('preload' in SECURE_WEB_PREFERENCES).toBe(false);
    expect(SECURE_WEB_PREFERENCES.disableBlinkFeatures).toBe('Auxclick');
  });

  it('prints PDFs with script off, in a session of its own that is not kept on disk', () => {
    expect(PDF_WEB_PREFERENCES.javascript).toBe(false);
    expect(PDF_WEB_PREFERENCES.partition).not.toMatch(/^persist:/);
  });

  it('cannot be changed at run time', () => {
    expect(Object.isFrozen(SECURE_WEB_PREFERENCES)).toBe(true);
    expect(Object.isFrozen(PDF_WEB_PREFERENCES)).toBe(true);
  });
});
