import type { z } from 'zod';
import type { TeamSave, TeamSettings } from '../../../shared/features/app/team';
import { AppError } from '../../../shared/ipc/errors';
import type { AppContext } from '../../context';

export function getTeam(ctx: AppContext): z.output<typeof TeamSettings> {
  const { personName, server } = ctx.teamFile;
  const fixed = ctx.serverFixed;
  return {
    personName: ctx.personName ?? personName,
    server: fixed ? { url: ctx.store.file } : server ? { url: server.url } : null,
    passwordKept: !fixed && server?.sealedPassword !== undefined,
    fixed,
  };
}

/**
 * Save who works here and the shared server. A new password is sealed by the
 * operating system's keychain before it touches the disk; none given keeps
 * the one already sealed for the same address. Where no keychain can be
 * trusted the password is refused, never written in the clear.
 */
export async function saveTeam(ctx: AppContext, input: z.output<typeof TeamSave>): Promise<z.output<typeof TeamSettings>> {
  const current = ctx.teamFile;
  const sameServer = input.server !== null && current.server?.url === input.server.url;
  if (ctx.serverFixed) {
    // Only the name can change here; the server stays the one given at start (and team.json's, for later, as it was).
    const same = input.server !== null && input.server.url === ctx.store.file && !input.server.password;
    if (!same) throw new AppError('app.errors.teamFixed');
    ctx.saveTeamName({ ...current, personName: input.personName });
    return getTeam(ctx);
  }
  // An empty password box means "keep the one sealed", as no password at all does.
  const newPassword = input.server?.password ? input.server.password : undefined;
  const serverChanges = !(input.server === null ? current.server === null : sameServer && newPassword === undefined);
  let server = null;
  if (input.server) {
    const { url } = input.server;
    let sealedPassword = sameServer ? current.server?.sealedPassword : undefined;
    if (newPassword !== undefined) {
      if (!ctx.platform.secrets) throw new AppError('app.errors.noKeychain');
      sealedPassword = ctx.platform.secrets.seal(newPassword).toString('base64');
    }
    server = sealedPassword === undefined ? { url } : { url, sealedPassword };
  }
  const next = { personName: input.personName, server };
  if (serverChanges) await ctx.saveTeamFile(next);
  else ctx.saveTeamName(next);
  return getTeam(ctx);
}
