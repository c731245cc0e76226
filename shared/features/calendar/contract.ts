import { defineChannels } from '../../ipc/channel';

export const calendarChannels = defineChannels({});

export const calendarErrorCodes = [] as const;
