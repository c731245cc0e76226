import { defineChannels } from '../../ipc/channel';

export const accountsChannels = defineChannels({});

export const accountsErrorCodes = [] as const;
