import type { AppInfo } from '../shared/features/app/contract';
import { hasData } from '../shared/features/app/data';
import type { Settings } from '../shared/features/settings/contract';
import type { z } from 'zod';
import { api } from './api';
import { startOpening } from './features/calendar/opening';

/** What the app needs before it draws anything: its info, and the settings when there is data to read (a refusal kept to be thrown there). */
export interface Boot {
  info: Promise<z.output<typeof AppInfo>>;
  settings: Promise<{ settings: Settings } | { error: unknown }>;
}

/** Both reads in one round. */
export function askBoot(): Boot {
  return {
    info: api('app.info', {}),
    settings: api('settings.get', {}).then(
      (settings) => ({ settings }),
      (error: unknown) => ({ error }),
    ),
  };
}

/**
 * The start's reads, sent by this small first script while the browser is
 * still fetching and compiling the rest of the app (about a megabyte): by
 * the time the calendar is drawn, the month it opens on has been read.
 */
let first: Boot | null = askBoot();

/**
 * Settles once the start's reads have answered or failed, the month the
 * calendar opens on among them. The app's first render waits for it, for a
 * moment at most (start.tsx): usually they are in before the rest of the app
 * has loaded, and the month is drawn once, with its posts, not empty first
 * and again a moment later.
 */
export const startReads: Promise<void> = Promise.all([first.info, first.settings]).then(
  ([info, answer]) => (hasData(info) && 'settings' in answer ? startOpening(answer.settings) : undefined),
  () => undefined,
);

/** The start's reads, once; a later load (a retry, the store back) asks again. */
export function takeBoot(): Boot {
  const b = first ?? askBoot();
  first = null;
  return b;
}
