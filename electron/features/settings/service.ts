import { Settings, type SettingsPatch } from '../../../shared/features/settings/contract';
import type { z } from 'zod';
import type { AppContext } from '../../context';
import { cachedStatement } from '../../db/statements';
import { inTransaction, nowIso } from '../../db/transaction';

let systemZone: string | undefined;
/** The laptop's zone, read once: V8 fixes it for the life of the process anyway. */
function systemTimeZone(): string {
  systemZone ??= Intl.DateTimeFormat().resolvedOptions().timeZone || 'Europe/Madrid';
  return systemZone;
}

export function defaultSettings(ctx: AppContext): Settings {
  const locale = ctx.platform.defaultLocale;
  return {
    locale,
    timeZone: systemTimeZone(),
    officeName: '',
    weekStart: locale === 'es' ? 'monday' : 'sunday',
    dormantAfterDays: 90,
  };
}

export const SETTINGS_SQL = 'select key, value from settings';

/** Saved values over defaults; a value that no longer validates falls back to its default. */
export async function getSettings(ctx: AppContext): Promise<Settings> {
  // Every view's handler reads the settings first: a cached statement, not a Kysely round.
  const rows = cachedStatement(ctx.raw, SETTINGS_SQL).all() as { key: string; value: string }[];
  const merged: Record<string, unknown> = { ...defaultSettings(ctx) };
  const shape = Settings.shape as Record<string, z.ZodType>;
  for (const { key, value } of rows) {
    const field = shape[key];
    if (!field) continue;
    try {
      const parsed = field.safeParse(JSON.parse(value));
      if (parsed.success) merged[key] = parsed.data;
    } catch {
      // A damaged value keeps its default.
    }
  }
  return Settings.parse(merged);
}

export async function saveSettings(ctx: AppContext, patch: z.output<typeof SettingsPatch>): Promise<Settings> {
  const now = nowIso(ctx.now());
  const entries = Object.entries(patch).filter(([, v]) => v !== undefined);
  await inTransaction(ctx.db, async (trx) => {
    for (const [key, v] of entries) {
      await trx
        .insertInto('settings')
        .values({ key, value: JSON.stringify(v), updatedAt: now })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value: JSON.stringify(v), updatedAt: now }))
        .execute();
    }
  });
  return getSettings(ctx);
}
