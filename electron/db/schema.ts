import type { AccountsTables } from '../features/accounts/tables';
import type { AuditsTables } from '../features/audits/tables';
import type { CalendarTables } from '../features/calendar/tables';
import type { ExportsTables } from '../features/exports/tables';
import type { MediaTables } from '../features/media/tables';
import type { PlaybooksTables } from '../features/playbooks/tables';
import type { SettingsTables } from '../features/settings/tables';
import type { PeopleTables, StrategyTables } from '../features/strategy/tables';

/**
 * The typed view of the SQLite file for Kysely. Each feature declares its
 * tables in electron/features/<feature>/tables.ts (camelCase columns: the
 * CamelCasePlugin maps them to snake_case in SQL); this joins them.
 */
export interface Database
  extends SettingsTables,
    AccountsTables,
    AuditsTables,
    CalendarTables,
    PlaybooksTables,
    ExportsTables,
    StrategyTables,
    PeopleTables,
    MediaTables {}
