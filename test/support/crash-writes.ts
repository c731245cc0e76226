import type { RawDb } from '../../electron/db/open';
import { contract } from '../../shared/ipc/contract';
import type { Result } from '../../shared/ipc/result';

/**
 * The writes the crash-safety child makes in a loop, each through the router
 * as the app would. To cover a feature, add one entry here: `write` makes
 * write number n (distinct values) and answers the id it reports once the
 * call has returned; `verify` lists what is missing after a SIGKILL.
 * Entries whose channel is not in the contract are left out (availableCrashWrites).
 */
export interface CrashWrite {
  channel: string;
  write(call: (channel: string, input: unknown) => Promise<Result<unknown>>, n: number): Promise<string>;
  /** Problems with the file after a kill, given every n the child reported as committed. */
  verify(raw: RawDb, reported: number[]): string[];
}

function expectOk(result: Result<unknown>, n: number): string {
  if (!result.ok) throw new Error(`write ${n} refused: ${JSON.stringify(result.error)}`);
  return String(n);
}

/** Reported writes absent from the file. */
export function missing(reported: number[], present: Iterable<number>): string[] {
  const have = new Set(present);
  return reported.filter((n) => !have.has(n)).map((n) => `write ${n} reported committed but missing`);
}

export const crashWrites: CrashWrite[] = [
  {
    // One row that every write overwrites: the file must hold the last reported value or a later one.
    channel: 'settings.save',
    write: async (call, n) => expectOk(await call('settings.save', { officeName: `Crash ${n}` }), n),
    verify(raw, reported) {
      if (reported.length === 0) return [];
      const last = Math.max(...reported);
      const row = raw.prepare("select value from settings where key = 'officeName'").pluck().get() as string | undefined;
      const n = row === undefined ? Number.NaN : Number(/^"Crash (\d+)"$/.exec(row)?.[1]);
      return n >= last ? [] : [`settings.officeName is ${row ?? 'absent'}, but write ${last} was reported committed`];
    },
  },
  {
    // A new account per write (accounts feature): every reported handle must be there.
    channel: 'accounts.save',
    write: async (call, n) => expectOk(await call('accounts.save', { network: 'x', handle: `crash${n}`, displayName: `Crash ${n}` }), n),
    verify: (raw, reported) =>
      missing(
        reported,
        (raw.prepare("select handle from accounts where handle like 'crash%' and deleted_at is null").pluck().all() as string[]).map((h) => Number(h.slice(5))),
      ),
  },
  {
    // A new post per write (calendar feature): every reported title must be there.
    channel: 'posts.save',
    write: async (call, n) => expectOk(await call('posts.save', { title: `Crash ${n}`, body: `Escritura ${n} ✅` }), n),
    verify: (raw, reported) =>
      missing(
        reported,
        (raw.prepare("select title from posts where title like 'Crash %' and deleted_at is null").pluck().all() as string[]).map((t) => Number(t.slice(6))),
      ),
  },
];

/** The writes whose channel the contract has today. */
export const availableCrashWrites = (): CrashWrite[] => crashWrites.filter((w) => Object.hasOwn(contract, w.channel));
