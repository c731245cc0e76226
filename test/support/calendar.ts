import type { Network } from '../../shared/domain/networks';
import type { TestApp } from './context';

/** Accounts straight into the table (the accounts feature owns its channels; the calendar only reads them). */
export async function addAccount(
  app: TestApp,
  a: { network: Network; handle: string; role?: 'medium' | 'channel' | 'both'; status?: 'active' | 'dormant' | 'closed'; target?: number },
): Promise<number> {
  const row = await app.ctx.db
    .insertInto('accounts')
    .values({
      network: a.network,
      handle: a.handle,
      displayName: a.handle,
      role: a.role ?? 'medium',
      status: a.status ?? 'active',
      postsPerWeekTarget: a.target ?? 3,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export const fullChecklist = { wording: true, links: true, image: true, video: true, tone: true, sensitive: true };
