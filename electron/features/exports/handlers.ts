import type { exportsChannels } from '../../../shared/features/exports/contract';
import type { Handlers } from '../../handler';
import * as exportsService from './service';

export const exportsHandlers: Handlers<keyof typeof exportsChannels> = {
  'exports.filters': (_input, ctx) => exportsService.filterOptions(ctx),
  'exports.preview': (input, ctx) => exportsService.preview(ctx, input),
  'exports.approvalPdf': (input, ctx) => exportsService.approvalPdf(ctx, input),
  'exports.weekPlanPdf': (input, ctx) => exportsService.weekPlanPdf(ctx, input),
  'exports.ics': (input, ctx) => exportsService.ics(ctx, input),
  'exports.hootsuiteCsv': (input, ctx) => exportsService.hootsuiteCsv(ctx, input),
  'exports.planCsv': (input, ctx) => exportsService.planCsv(ctx, input),
  'exports.publishingPack': (input, ctx) => exportsService.publishingPack(ctx, input),
  'approvals.record': (input, ctx) => exportsService.recordApproval(ctx, input),
  'approvals.list': (input, ctx) => exportsService.listApprovals(ctx, input),
};
