import type { mediaChannels } from '../../../shared/features/media/contract';
import type { Handlers } from '../../handler';
import * as media from './service';

export const mediaHandlers: Handlers<keyof typeof mediaChannels> = {
  'media.list': (input, ctx) => media.listMedia(ctx, input),
  'media.get': (input, ctx) => media.getMedia(ctx, input.id),
  'media.update': (input, ctx) => media.updateMedia(ctx, input),
  'media.delete': (input, ctx) => media.deleteMedia(ctx, input.id, input.version),
  'media.restore': (input, ctx) => media.restoreMedia(ctx, input.id),
  'media.tags': (_input, ctx) => media.listTags(ctx),
  'media.health': (_input, ctx) => media.mediaHealth(ctx),
};
