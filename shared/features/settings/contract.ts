import { z } from 'zod';
import { defineChannels } from '../../ipc/channel';
import { Empty, Locale, ShortText, TimeZone } from '../../ipc/schemas';

export const WeekStart = z.enum(['monday', 'sunday']);

export const Settings = z.object({
  locale: Locale,
  timeZone: TimeZone,
  officeName: ShortText(120),
  weekStart: WeekStart,
  /** Days without activity after which an account looks dormant. */
  dormantAfterDays: z.number().int().min(7).max(3650),
});
export type Settings = z.infer<typeof Settings>;

export const SettingsPatch = z.strictObject({
  locale: Locale.optional(),
  timeZone: TimeZone.optional(),
  officeName: ShortText(120).optional(),
  weekStart: WeekStart.optional(),
  dormantAfterDays: z.number().int().min(7).max(3650).optional(),
});

export const settingsChannels = defineChannels({
  'settings.get': { input: Empty, output: Settings },
  'settings.save': { input: SettingsPatch, output: Settings },
});

export const settingsErrorCodes = [] as const;
