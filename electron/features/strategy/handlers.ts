import type { strategyChannels } from '../../../shared/features/strategy/contract';
import type { Handlers } from '../../handler';
import { exportDirectory } from './directory';
import { auditReportPdf } from './report';
import { addTraining, deletePerson, getPerson, listPeople, restorePerson, savePerson } from './people';
import { deleteTarget, listTargets, restoreTarget, saveTarget } from './service';

export const strategyHandlers: Handlers<keyof typeof strategyChannels> = {
  'targets.list': (_input, ctx) => listTargets(ctx),
  'targets.save': (input, ctx) => saveTarget(ctx, input),
  'targets.delete': (input, ctx) => deleteTarget(ctx, input.id, input.version),
  'targets.restore': (input, ctx) => restoreTarget(ctx, input.id),
  'people.list': (input, ctx) => listPeople(ctx, input),
  'people.get': (input, ctx) => getPerson(ctx.db, input.id),
  'people.save': (input, ctx) => savePerson(ctx, input),
  'people.delete': (input, ctx) => deletePerson(ctx, input.id, input.version),
  'people.restore': (input, ctx) => restorePerson(ctx, input.id),
  'people.addTraining': (input, ctx) => addTraining(ctx, input),
  'exports.directory': (input, ctx) => exportDirectory(ctx, input),
  'audits.reportPdf': (input, ctx) => auditReportPdf(ctx, input.runId),
};
