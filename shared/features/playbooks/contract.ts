import { defineChannels } from '../../ipc/channel';

export const playbooksChannels = defineChannels({});

export const playbooksErrorCodes = [] as const;
