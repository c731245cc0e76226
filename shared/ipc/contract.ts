import type { z } from 'zod';
import { accountsChannels, accountsErrorCodes } from '../features/accounts/contract';
import { appChannels, appErrorCodes } from '../features/app/contract';
import { auditsChannels, auditsErrorCodes } from '../features/audits/contract';
import { calendarChannelAliases, calendarChannels, calendarErrorCodes } from '../features/calendar/contract';
import { exportsChannels, exportsErrorCodes } from '../features/exports/contract';
import { mediaChannels, mediaErrorCodes } from '../features/media/contract';
import { playbooksChannels, playbooksErrorCodes } from '../features/playbooks/contract';
import { settingsChannels, settingsErrorCodes } from '../features/settings/contract';
import { strategyChannels, strategyErrorCodes } from '../features/strategy/contract';
import type { ChannelMap } from './channel';
import { coreErrorCodes } from './errors';

/**
 * Every channel of the app. Each feature declares its own in
 * shared/features/<feature>/contract.ts; this file only joins them.
 */
export const contract = {
  ...appChannels,
  ...settingsChannels,
  ...accountsChannels,
  ...auditsChannels,
  ...calendarChannels,
  ...playbooksChannels,
  ...exportsChannels,
  ...strategyChannels,
  ...mediaChannels,
} as const satisfies ChannelMap;

/**
 * Old channel names that still answer, each as the channel it became. They
 * are kept for one release, so a script written against the old name keeps
 * working while it is updated; the README lists them.
 */
export const channelAliases: Readonly<Record<string, ChannelName>> = { ...calendarChannelAliases };

/** Every error code the renderer may have to translate. */
export const errorCodes = [
  ...coreErrorCodes,
  ...appErrorCodes,
  ...settingsErrorCodes,
  ...accountsErrorCodes,
  ...auditsErrorCodes,
  ...calendarErrorCodes,
  ...playbooksErrorCodes,
  ...exportsErrorCodes,
  ...strategyErrorCodes,
  ...mediaErrorCodes,
] as const;

/** Feature channel maps, checked in a unit test for names used twice. */
export const featureChannelMaps: Record<string, ChannelMap> = {
  app: appChannels,
  settings: settingsChannels,
  accounts: accountsChannels,
  audits: auditsChannels,
  calendar: calendarChannels,
  playbooks: playbooksChannels,
  exports: exportsChannels,
  strategy: strategyChannels,
  media: mediaChannels,
};

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
export type Input<C extends ChannelName> = z.input<Contract[C]['input']>;
export type ParsedInput<C extends ChannelName> = z.output<Contract[C]['input']>;
export type Output<C extends ChannelName> = z.output<Contract[C]['output']>;
