import { defineChannels } from '../../ipc/channel';

export const auditsChannels = defineChannels({});

export const auditsErrorCodes = [] as const;
