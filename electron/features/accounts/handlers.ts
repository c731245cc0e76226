import type { accountsChannels } from '../../../shared/features/accounts/contract';
import type { Handlers } from '../../handler';

export const accountsHandlers: Handlers<keyof typeof accountsChannels> = {};
