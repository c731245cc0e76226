import { defineChannels } from '../../ipc/channel';

export const exportsChannels = defineChannels({});

export const exportsErrorCodes = [] as const;
