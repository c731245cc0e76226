import fs from 'node:fs';
import path from 'node:path';

/**
 * Where the window was and whether it was maximised, kept in
 * <userData>/window-state.json. Pure and plain Node (no Electron), so the
 * "is it still on a screen?" rule is unit-tested.
 */

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: Rect;
  maximized: boolean;
}

export const STATE_FILE = 'window-state.json';
export const DEFAULT_SIZE = { width: 1280, height: 820 } as const;
export const MIN_SIZE = { width: 900, height: 600 } as const;
/** How much of the title bar must lie on one display for the window to count as reachable. */
const GRIP = { width: 120, height: 40 } as const;

const isInt = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && Math.abs(n) < 100_000;

/** Read the saved state; anything missing, damaged or absurd reads as "no saved state". */
export function readWindowState(dir: string): WindowState | null {
  try {
    const data = JSON.parse(fs.readFileSync(path.join(dir, STATE_FILE), 'utf8')) as Partial<WindowState>;
    const b = data.bounds as Partial<Rect> | undefined;
    if (!b || !isInt(b.x) || !isInt(b.y) || !isInt(b.width) || !isInt(b.height)) return null;
    if (b.width <= 0 || b.height <= 0) return null;
    return { bounds: { x: b.x, y: b.y, width: b.width, height: b.height }, maximized: data.maximized === true };
  } catch {
    return null;
  }
}

/** Write atomically: a crash mid-write leaves the previous state, never half a file. */
export function writeWindowState(dir: string, state: WindowState): void {
  try {
    fs.mkdirSync(dir, { recursive: true });
    const tmp = path.join(dir, `${STATE_FILE}.tmp`);
    fs.writeFileSync(tmp, JSON.stringify(state));
    fs.renameSync(tmp, path.join(dir, STATE_FILE));
  } catch {
    // Losing the window position is not worth an error dialog.
  }
}

function overlap(a: Rect, b: Rect): Rect {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  return { x, y, width: Math.min(a.x + a.width, b.x + b.width) - x, height: Math.min(a.y + a.height, b.y + b.height) - y };
}

/**
 * The bounds to open with. Saved bounds are used only when the top of the
 * window (where it is dragged from) is visibly on one of today's displays;
 * they are shrunk to fit that display. Otherwise (a monitor was unplugged, a
 * laptop changed resolution) the window opens at the default size, centred
 * on the primary display, so it can never open out of reach.
 */
export function restoreBounds(saved: WindowState | null, workAreas: readonly Rect[]): { bounds: Partial<Rect> & { width: number; height: number }; maximized: boolean } {
  const primary = workAreas[0];
  const fallbackSize = {
    width: Math.max(MIN_SIZE.width, Math.min(DEFAULT_SIZE.width, primary?.width ?? DEFAULT_SIZE.width)),
    height: Math.max(MIN_SIZE.height, Math.min(DEFAULT_SIZE.height, primary?.height ?? DEFAULT_SIZE.height)),
  };
  if (!saved) return { bounds: fallbackSize, maximized: false };
  const titleBar: Rect = { x: saved.bounds.x, y: saved.bounds.y, width: saved.bounds.width, height: GRIP.height };
  // The display holding most of the title bar, if enough of it to grab.
  let home: Rect | undefined;
  let best = 0;
  for (const area of workAreas) {
    const o = overlap(titleBar, area);
    if (o.width >= Math.min(GRIP.width, saved.bounds.width) && o.height >= GRIP.height && o.width > best) {
      home = area;
      best = o.width;
    }
  }
  if (!home) return { bounds: fallbackSize, maximized: saved.maximized };
  const width = Math.max(MIN_SIZE.width, Math.min(saved.bounds.width, home.width));
  const height = Math.max(MIN_SIZE.height, Math.min(saved.bounds.height, home.height));
  // Keep the title bar inside the display's work area (not under a top panel or taskbar).
  const x = Math.min(Math.max(saved.bounds.x, home.x), home.x + home.width - Math.min(width, home.width));
  const y = Math.min(Math.max(saved.bounds.y, home.y), home.y + home.height - Math.min(height, home.height));
  return { bounds: { x, y, width, height }, maximized: saved.maximized };
}
