import type { Network } from '../../shared/domain/networks';
import { saveAccount } from './accounts';
import type { TestApp } from './context';

/** A medium account with a weekly target, through accounts.save. */
export async function addAccount(
  app: TestApp,
  a: { network: Network; handle: string; role?: 'medium' | 'channel' | 'both'; status?: 'active' | 'dormant' | 'closed'; target?: number },
): Promise<number> {
  return saveAccount(app.ctx, { network: a.network, handle: a.handle, displayName: a.handle, role: a.role ?? 'medium', status: a.status ?? 'active', postsPerWeekTarget: a.target ?? 3 });
}

export const fullChecklist = { wording: true, links: true, image: true, video: true, tone: true, sensitive: true };
