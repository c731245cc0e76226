import type { calendarChannels } from '../../../shared/features/calendar/contract';
import type { Handlers } from '../../handler';
import { cadenceReport } from './cadence';
import {
  deleteCampaign,
  deleteHashtagSet,
  deleteSpecialDay,
  listCampaigns,
  listHashtagSets,
  listLocalSpecialDays,
  listSpecialDays,
  restoreCampaign,
  restoreHashtagSet,
  restoreSpecialDay,
  saveCampaign,
  saveHashtagSet,
  saveSpecialDay,
  suggestHashtags,
} from './library';
import { accountOptions } from './account-options';
import { backlog, deletePost, duplicatePost, getPost, listRange, reschedule, restorePost, savePost, searchPosts } from './posts';

export const calendarHandlers: Handlers<keyof typeof calendarChannels> = {
  'posts.listRange': (input, ctx) => listRange(ctx, input),
  'posts.get': ({ id }, ctx) => getPost(ctx.db, id),
  'posts.save': (input, ctx) => savePost(ctx, input),
  'posts.reschedule': (input, ctx) => reschedule(ctx, input),
  'posts.delete': ({ id, version }, ctx) => deletePost(ctx, id, version),
  'posts.restore': ({ id }, ctx) => restorePost(ctx, id),
  'posts.duplicate': ({ id }, ctx) => duplicatePost(ctx, id),
  'posts.backlog': (_input, ctx) => backlog(ctx),
  'posts.search': ({ q }, ctx) => searchPosts(ctx, q),
  'posts.accountOptions': (_input, ctx) => accountOptions(ctx),
  'campaigns.list': (_input, ctx) => listCampaigns(ctx),
  'campaigns.save': (input, ctx) => saveCampaign(ctx, input),
  'campaigns.delete': ({ id, version }, ctx) => deleteCampaign(ctx, id, version),
  'campaigns.restore': ({ id }, ctx) => restoreCampaign(ctx, id),
  'hashtagSets.list': (_input, ctx) => listHashtagSets(ctx),
  'hashtagSets.save': (input, ctx) => saveHashtagSet(ctx, input),
  'hashtagSets.delete': ({ id, version }, ctx) => deleteHashtagSet(ctx, id, version),
  'hashtagSets.restore': ({ id }, ctx) => restoreHashtagSet(ctx, id),
  'hashtags.suggest': ({ prefix }, ctx) => suggestHashtags(ctx, prefix),
  'specialDays.listRange': ({ from, to }, ctx) => listSpecialDays(ctx, from, to),
  'specialDays.save': (input, ctx) => saveSpecialDay(ctx, input),
  'specialDays.delete': ({ id, version }, ctx) => deleteSpecialDay(ctx, id, version),
  'specialDays.restore': ({ id }, ctx) => restoreSpecialDay(ctx, id),
  'specialDays.listLocal': (_input, ctx) => listLocalSpecialDays(ctx),
  'cadence.report': ({ from, to }, ctx) => cadenceReport(ctx, from, to),
};
