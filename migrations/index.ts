import type { Migration } from 'kysely/migration';
import * as m0001 from './0001_initial';
import * as m0002 from './0002_accounts';
import * as m0003 from './0003_calendar';
import * as m0008 from './0008_calendar_extras';

/**
 * Every migration, in order. A static list (not a folder scan) so it works
 * inside an asar archive and in a bundle. Names are `NNNN_slug`; the number
 * is the schema version. Never edit a migration that has shipped: add one.
 */
export const migrations: Record<string, Migration> = {
  '0001_initial': m0001,
  '0002_accounts': m0002,
  '0003_calendar': m0003,
  '0008_calendar_extras': m0008,
};

export const latestSchemaVersion = (): number => versionOf(Object.keys(migrations).at(-1) ?? '0000');

export const versionOf = (name: string): number => Number.parseInt(name.slice(0, 4), 10) || 0;
