import type { Migration } from 'kysely/migration';
import * as m0001 from './0001_initial';
import * as m0002 from './0002_accounts';
import * as m0003 from './0003_calendar';
import * as m0004 from './0004_audits';
import * as m0005 from './0005_playbooks';
import * as m0006 from './0006_exports';
import * as m0007 from './0007_accounts_search';
import * as m0008 from './0008_calendar_extras';
import * as m0009 from './0009_strategy_targets';
import * as m0010 from './0010_people';
import * as m0011 from './0011_service_promises';
import * as m0012 from './0012_listed_accounts';
import * as m0013 from './0013_media';
import * as m0014 from './0014_channel_cover';
import * as m0015 from './0015_changed_by';
import * as m0016 from './0016_media_parts';
import * as m0017 from './0017_media_parts_stored';

/**
 * Every migration, in order. A static list (not a folder scan) so it works
 * inside an asar archive and in a bundle. Names are `NNNN_slug`; the number
 * is the schema version. Never edit a migration that has shipped: add one.
 */
export const migrations: Record<string, Migration> = {
  '0001_initial': m0001,
  '0002_accounts': m0002,
  '0003_calendar': m0003,
  '0004_audits': m0004,
  '0005_playbooks': m0005,
  '0006_exports': m0006,
  '0007_accounts_search': m0007,
  '0008_calendar_extras': m0008,
  '0009_strategy_targets': m0009,
  '0010_people': m0010,
  '0011_service_promises': m0011,
  '0012_listed_accounts': m0012,
  '0013_media': m0013,
  '0014_channel_cover': m0014,
  '0015_changed_by': m0015,
  '0016_media_parts': m0016,
  '0017_media_parts_stored': m0017,
};

export const latestSchemaVersion = (): number => versionOf(Object.keys(migrations).at(-1) ?? '0000');

export const versionOf = (name: string): number => Number.parseInt(name.slice(0, 4), 10) || 0;
