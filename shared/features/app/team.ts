import { z } from 'zod';
import { ShortText } from '../../ipc/schemas';

/**
 * The team's PostgreSQL server as the officer types it:
 * `postgres://user@host:port/database`. The password goes in its own field,
 * never in the address (the address is shown and logged; the password is
 * kept by the operating system's keychain).
 */
export const ServerUrl = z
  .string()
  .trim()
  .max(500)
  .refine((s) => {
    try {
      const u = new URL(s);
      return (u.protocol === 'postgres:' || u.protocol === 'postgresql:') && u.hostname !== '' && u.pathname.length > 1 && u.password === '';
    } catch {
      return false;
    }
  }, { params: { i18n: 'app.errors.serverUrl' } });

export const TeamSettings = z.object({
  /** Who works at this computer: written on every row they change. */
  personName: z.string(),
  /** The shared server this computer works on, or null for the local file. */
  server: z.object({ url: z.string() }).nullable(),
  /** A password is kept for the server (never sent back). */
  passwordKept: z.boolean(),
  /** The address came from the command line (`--database`) and cannot be changed here. */
  fixed: z.boolean(),
});

export const TeamSave = z.strictObject({
  personName: ShortText(80),
  server: z.strictObject({ url: ServerUrl, password: z.string().max(200).optional() }).nullable(),
});
