import type { appChannels } from '../../../shared/features/app/contract';
import type { Handlers } from '../../handler';
import { appInfo, backupNow, backups, createNew, describeChannels, openBackup } from './service';
import { getTeam, saveTeam } from './team';

export const appHandlers: Handlers<keyof typeof appChannels> = {
  'app.info': (_input, ctx) => appInfo(ctx),
  'app.channels': () => describeChannels(),
  'store.backups': (_input, ctx) => backups(ctx),
  'store.backup': (_input, ctx) => backupNow(ctx),
  'store.openBackup': (input, ctx) => openBackup(ctx, input.name),
  'store.createNew': (_input, ctx) => createNew(ctx),
  'team.get': (_input, ctx) => getTeam(ctx),
  'team.save': (input, ctx) => saveTeam(ctx, input),
};
