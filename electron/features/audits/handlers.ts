import type { auditsChannels } from '../../../shared/features/audits/contract';
import type { Handlers } from '../../handler';

export const auditsHandlers: Handlers<keyof typeof auditsChannels> = {};
