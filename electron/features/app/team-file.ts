import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/**
 * This computer's part in a team, kept beside the data file and never in a
 * database (the shared one would hand one person's settings to everyone):
 * who works here, and the shared server's address with its password as the
 * operating system's keychain sealed it (base64). Nothing here is readable
 * as a password.
 */
const TeamFile = z.object({
  personName: z.string().max(80).catch(''),
  server: z.object({ url: z.string().max(500), sealedPassword: z.string().max(4000).optional() }).nullable().catch(null),
});
export type TeamFile = z.infer<typeof TeamFile>;

const NAME = 'team.json';
const empty: TeamFile = { personName: '', server: null };

/** The file as written; a missing or damaged one is as if nothing were set (the app opens its local file). */
export function readTeamFile(dataDir: string): TeamFile {
  try {
    const parsed = TeamFile.safeParse(JSON.parse(fs.readFileSync(path.join(dataDir, NAME), 'utf8')));
    return parsed.success ? parsed.data : empty;
  } catch {
    return empty;
  }
}

/** Written whole to a temporary name and moved into place: a crash leaves the old file or the new, never half. */
export function writeTeamFile(dataDir: string, team: TeamFile): void {
  fs.mkdirSync(dataDir, { recursive: true });
  const target = path.join(dataDir, NAME);
  const tmp = `${target}.tmp`;
  fs.writeFileSync(tmp, `${JSON.stringify(team, null, 2)}\n`, { mode: 0o600 });
  fs.renameSync(tmp, target);
}

/** The address to connect with: the saved one with its password unsealed, or null for the local file. */
export function serverAddress(team: TeamFile, unseal: ((sealed: Buffer) => string) | undefined): string | null {
  if (!team.server) return null;
  const url = new URL(team.server.url);
  if (team.server.sealedPassword && unseal) {
    try {
      url.password = encodeURIComponent(unseal(Buffer.from(team.server.sealedPassword, 'base64')));
    } catch {
      // Sealed by another user or keychain: the server will refuse, and the screen says to enter it again.
    }
  }
  return url.toString();
}
