import type { z } from 'zod';
import type { AppInfo } from './contract';

/** The screens can read: the store is open, or the app reads its local copy of the team's server. */
export const hasData = (info: z.output<typeof AppInfo>): boolean => info.store === 'ready' || info.snapshotAt !== null;
