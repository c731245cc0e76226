import type { accountsChannels } from '../../../shared/features/accounts/contract';
import type { Handlers } from '../../handler';
import { bulkUpdateAccounts } from './bulk';
import { exportAccountsCsv, importAccountsCsv } from './csvio';
import { deleteAccount, getAccount, listAccounts, listDepartments, restoreAccount, saveAccount } from './service';
import { accountsSummary } from './summary';

export const accountsHandlers: Handlers<keyof typeof accountsChannels> = {
  'accounts.list': (input, ctx) => listAccounts(ctx, input),
  'accounts.get': (input, ctx) => getAccount(ctx.db, input.id),
  'accounts.save': (input, ctx) => saveAccount(ctx, input),
  'accounts.delete': (input, ctx) => deleteAccount(ctx, input.id, input.version),
  'accounts.bulkUpdate': (input, ctx) => bulkUpdateAccounts(ctx, input),
  'accounts.restore': (input, ctx) => restoreAccount(ctx, input.id),
  'accounts.summary': (_input, ctx) => accountsSummary(ctx),
  'accounts.departments': (_input, ctx) => listDepartments(ctx),
  'accounts.importCsv': (input, ctx) => importAccountsCsv(ctx, input),
  'accounts.exportCsv': (input, ctx) => exportAccountsCsv(ctx, input),
};
