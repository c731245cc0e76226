import type { settingsChannels } from '../../../shared/features/settings/contract';
import type { Handlers } from '../../handler';
import { getSettings, saveSettings } from './service';

export const settingsHandlers: Handlers<keyof typeof settingsChannels> = {
  'settings.get': (_input, ctx) => getSettings(ctx),
  'settings.save': (input, ctx) => saveSettings(ctx, input),
};
