import type { ChannelName } from '../shared/ipc/contract';
import { AppError } from '../shared/ipc/errors';
import type { AppContext } from './context';
import { isUnreachable } from './db/server-open';
import { isReadOnlyRefusal } from './db/snapshot/read';

/**
 * The channels that answer while the team's server is away and the app
 * reads from its local copy: reads of what the copy holds (see
 * db/snapshot/contents.ts), and moving this computer to another store.
 * Every other channel (a save, a delete, an upload, an export or backup that
 * writes a file, a read of what the copy leaves out) answers `offline`
 * before it runs, so nothing is half done and no file is left behind. A new
 * channel is refused on the copy until it is listed here.
 *
 * Drafts written while the server is away (the next step, not built): this
 * is where a new post's save on the copy would be diverted instead of
 * refused, into an outbox file of its own beside the copy
 * (`team-outbox.sqlite`: never the copy, which each refresh replaces). Each
 * draft gets an id made on this computer (a UUID) that goes up with it; the
 * server's posts would keep it in a unique column, so sending is
 * `insert … on conflict (client id) do nothing` and a send repeated after a
 * failure finds the post already there instead of making a second one. A
 * draft leaves the outbox only once the server has answered for it.
 */
export const answersOnCopy: ReadonlySet<ChannelName> = new Set<ChannelName>([
  'app.info',
  'app.channels',
  'store.backups',
  'team.get',
  'team.save',
  'settings.get',
  'accounts.list',
  'accounts.get',
  'accounts.summary',
  'accounts.departments',
  'accounts.exportCsv',
  'posts.listRange',
  'posts.get',
  'posts.backlog',
  'posts.search',
  'posts.accountOptions',
  'campaigns.list',
  'hashtagSets.list',
  'hashtags.suggest',
  'specialDays.listRange',
  'specialDays.listLocal',
  // The weeks' cadence is counted from the posts: the copy has them for the weeks the calendar shows on a bad day.
  'cadence.report',
  'playbooks.list',
  'playbooks.get',
  'contacts.list',
  'incidents.list',
  'incidents.get',
  'incidents.report',
  'exports.filters',
  'exports.preview',
  'people.list',
  'people.get',
  'media.list',
  'media.get',
  'media.tags',
]);

const offline = (ctx: AppContext): AppError => new AppError('offline', { since: (ctx.serverDownSince ?? ctx.now()).toISOString() });

/**
 * Run one call under the team server's rules. On the copy, only what
 * `answersOnCopy` lists runs (`reads`); a write SQLite refuses on the
 * read-only copy is `offline` too. A call that finds the server gone
 * switches the app to its copy, and a read is answered from it at once.
 * A call the server itself answered says it is there (and keeps the copy fresh).
 */
export async function underServerRules<T>(ctx: AppContext, reads: boolean, work: () => T | Promise<T>): Promise<T> {
  if (ctx.onSnapshot && !reads) {
    // The server may be back since the screen last looked: a save tries it (at most every few seconds) before it is refused.
    await ctx.retryServer();
    if (ctx.onSnapshot) throw offline(ctx);
  }
  const failures = ctx.serverFailures;
  let value: T;
  try {
    value = await work();
  } catch (e) {
    if (ctx.onSnapshot && isReadOnlyRefusal(e)) throw offline(ctx);
    if (ctx.engineName !== 'postgres' || !isUnreachable(e)) throw e;
    // The team's server went away mid-session: a typed answer the screen can explain, not `internal`.
    ctx.noteServerDown();
    if (!(reads && ctx.onSnapshot)) throw offline(ctx);
    return await work();
  }
  if (!ctx.onSnapshot && ctx.serverFailures === failures) ctx.servedByServer(reads);
  return value;
}
