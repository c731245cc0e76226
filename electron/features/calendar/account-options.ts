import type { AppContext } from '../../context';

/**
 * Accounts a post can target: active institutional media (role medium or
 * both), with their department, so every picker can group a city's hundreds
 * of accounts by department and choose a whole one at once.
 */
export async function accountOptions(ctx: AppContext) {
  return ctx.db
    .selectFrom('accounts')
    .select(['id', 'network', 'handle', 'displayName', 'department', 'role', 'status', 'postsPerWeekTarget'])
    .where('deletedAt', 'is', null)
    .where('status', '=', 'active')
    .where('role', 'in', ['medium', 'both'])
    .orderBy('network')
    .orderBy('handle')
    .execute();
}
