import type { calendarChannels } from '../../../shared/features/calendar/contract';
import type { Handlers } from '../../handler';

export const calendarHandlers: Handlers<keyof typeof calendarChannels> = {};
