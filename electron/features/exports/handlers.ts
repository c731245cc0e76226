import type { exportsChannels } from '../../../shared/features/exports/contract';
import type { Handlers } from '../../handler';

export const exportsHandlers: Handlers<keyof typeof exportsChannels> = {};
