import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SIZE, MIN_SIZE, readWindowState, restoreBounds, STATE_FILE, writeWindowState } from './window-state';

const laptop = { x: 0, y: 0, width: 1920, height: 1050 };
const rightMonitor = { x: 1920, y: 0, width: 2560, height: 1400 };

describe('window state file', () => {
  it('round-trips bounds and maximised', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pregonero-ws-'));
    writeWindowState(dir, { bounds: { x: 10, y: 20, width: 1000, height: 700 }, maximized: true });
    expect(readWindowState(dir)).toEqual({ bounds: { x: 10, y: 20, width: 1000, height: 700 }, maximized: true });
  });

  it.each(['', 'not json', '{"bounds":{"x":"1","y":0,"width":10,"height":10}}', '{"bounds":{"x":0,"y":0,"width":-5,"height":10}}', '{"bounds":{"x":1e9,"y":0,"width":900,"height":600}}', 'null'])(
    'reads %j as no saved state',
    (text) => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pregonero-ws-'));
      fs.writeFileSync(path.join(dir, STATE_FILE), text);
      expect(readWindowState(dir)).toBeNull();
    },
  );
});

describe('restoring the window', () => {
  it('opens at the default size the first time', () => {
    expect(restoreBounds(null, [laptop])).toEqual({ bounds: DEFAULT_SIZE, maximized: false });
  });

  it('reopens where it was on a display that is still there', () => {
    const saved = { bounds: { x: 2100, y: 100, width: 1400, height: 900 }, maximized: false };
    expect(restoreBounds(saved, [laptop, rightMonitor]).bounds).toEqual(saved.bounds);
  });

  it('falls back to the primary display when the monitor it was on is gone, keeping maximised', () => {
    const saved = { bounds: { x: 2100, y: 100, width: 1400, height: 900 }, maximized: true };
    expect(restoreBounds(saved, [laptop])).toEqual({ bounds: DEFAULT_SIZE, maximized: true });
  });

  it('does not trust a window whose title bar is off screen (only its bottom edge visible)', () => {
    const saved = { bounds: { x: 100, y: -860, width: 1200, height: 900 }, maximized: false };
    expect(restoreBounds(saved, [laptop]).bounds).toEqual(DEFAULT_SIZE);
  });

  it('shrinks a window larger than its display and keeps it inside', () => {
    const saved = { bounds: { x: 1800, y: 10, width: 3000, height: 2000 }, maximized: false };
    const { bounds } = restoreBounds(saved, [laptop, rightMonitor]);
    expect(bounds).toEqual({ x: 1920, y: 0, width: 2560, height: 1400 });
  });

  it('never goes below the minimum size', () => {
    const saved = { bounds: { x: 50, y: 50, width: 200, height: 100 }, maximized: false };
    const { bounds } = restoreBounds(saved, [laptop]);
    expect(bounds.width).toBe(MIN_SIZE.width);
    expect(bounds.height).toBe(MIN_SIZE.height);
  });
});
