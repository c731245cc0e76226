import type { strategyChannels } from '../../../shared/features/strategy/contract';
import type { Handlers } from '../../handler';
import { deleteTarget, listTargets, restoreTarget, saveTarget } from './service';

export const strategyHandlers: Handlers<keyof typeof strategyChannels> = {
  'targets.list': (_input, ctx) => listTargets(ctx),
  'targets.save': (input, ctx) => saveTarget(ctx, input),
  'targets.delete': (input, ctx) => deleteTarget(ctx, input.id, input.version),
  'targets.restore': (input, ctx) => restoreTarget(ctx, input.id),
};
