import type { playbooksChannels } from '../../../shared/features/playbooks/contract';
import type { Handlers } from '../../handler';

export const playbooksHandlers: Handlers<keyof typeof playbooksChannels> = {};
