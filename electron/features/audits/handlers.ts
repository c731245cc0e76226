import type { auditsChannels } from '../../../shared/features/audits/contract';
import type { Handlers } from '../../handler';
import { actionAccounts, findAccounts } from './actionAccounts';
import { answer, applyActions, finish, getRun, history, listRuns, scopeAccounts, startRun } from './runs';
import { copyTemplate, deleteTemplate, getTemplate, listTemplates, restoreTemplate, saveTemplate } from './templates';

export const auditsHandlers: Handlers<keyof typeof auditsChannels> = {
  'audits.templates': (_input, ctx) => listTemplates(ctx.db),
  'audits.copyTemplate': (input, ctx) => copyTemplate(ctx, input.id, input.name),
  'audits.saveTemplate': (input, ctx) => saveTemplate(ctx, input),
  'audits.deleteTemplate': async (input, ctx) => {
    await deleteTemplate(ctx, input);
    return { id: input.id };
  },
  'audits.restoreTemplate': async (input, ctx) => {
    await restoreTemplate(ctx, input);
    const { deleted: _d, ...t } = await getTemplate(ctx.db, input.id);
    return t;
  },
  'audits.scopeAccounts': (_input, ctx) => scopeAccounts(ctx.db),
  'audits.actionAccounts': (input, ctx) => actionAccounts(ctx.db, input),
  'audits.findAccounts': (input, ctx) => findAccounts(ctx.db, input),
  'audits.start': (input, ctx) => startRun(ctx, input),
  'audits.runs': (input, ctx) => listRuns(ctx.db, input),
  'audits.get': (input, ctx) => getRun(ctx.db, input.id),
  'audits.answer': (input, ctx) => answer(ctx, input.runId, input.answers),
  'audits.finish': (input, ctx) => finish(ctx, input.runId),
  'audits.history': (input, ctx) => history(ctx.db, input.templateId, input.runId),
  'audits.applyActions': (input, ctx) => applyActions(ctx, input.runId, input.actions),
};
