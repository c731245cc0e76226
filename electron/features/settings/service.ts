import { Settings, type SettingsPatch } from '../../../shared/features/settings/contract';
import type { z } from 'zod';
import type { AppContext } from '../../context';
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

/** The saved settings, built once per database: every view's handler reads them first. */
const queries = new WeakMap<object, ReturnType<typeof buildSettingsQuery>>();
const buildSettingsQuery = (ctx: AppContext) => ctx.db.selectFrom('settings').select(['key', 'value']);
function settingsQuery(ctx: AppContext) {
  let q = queries.get(ctx.db);
  if (!q) queries.set(ctx.db, (q = buildSettingsQuery(ctx)));
  return q;
}

/**
 * The last answer per context, by the rows it came from: the rows are read
 * every time (another instance may have saved), but parsing and validating
 * the same five values again would cost more than reading them.
 */
const lastRead = new WeakMap<AppContext, { rows: string; settings: Settings }>();

/** Saved values over defaults; a value that no longer validates falls back to its default. */
export async function getSettings(ctx: AppContext): Promise<Settings> {
  const rows = await ctx.engine.rows(settingsQuery(ctx), 'settings');
  let seen = '';
  for (const { key, value } of rows) seen += `${key}\u0000${value}\u0000`;
  const last = lastRead.get(ctx);
  if (last?.rows === seen) return { ...last.settings };
  const settings = parseSettings(ctx, rows);
  lastRead.set(ctx, { rows: seen, settings });
  return { ...settings };
}

function parseSettings(ctx: AppContext, rows: { key: string; value: string }[]): Settings {
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
