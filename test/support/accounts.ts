import { networks } from '../../shared/domain/networks';
import type { AccountDraftInput, AccountStatus } from '../../shared/features/accounts/contract';
import { writeAccountsCsv } from '../../shared/features/accounts/csv';
import type { AppContext } from '../../electron/context';
import { createRouter } from '../../electron/router';
import { AppError } from '../../shared/ipc/errors';
import type { TestApp } from './context';

const departments = ['Turismo', 'Cultura', 'Deportes', 'Juventud', 'Policía Local', 'Medio Ambiente', 'Festejos', 'Servicios Sociales', 'Alcaldía', 'Educación'];

/** n distinct accounts a large city could have: every network, ten departments, some never active. */
export function manyAccounts(n: number): AccountDraftInput[] {
  return Array.from({ length: n }, (_, i) => ({
    network: networks[i % networks.length]!,
    handle: `cuenta${String(i).padStart(4, '0')}_${['x', 'q', 'z', 'k'][i % 4]}${i * 7919}`,
    displayName: `Cuenta ${i} de ${departments[i % departments.length]}`,
    department: departments[i % departments.length]!,
    ownerName: i % 5 === 0 ? '' : `Persona ${i}`,
    role: (['medium', 'channel', 'both'] as const)[i % 3],
    serviceHours: i % 3 === 0 || i % 6 === 1 ? [] : [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '09:00', to: '14:00' }],
    lastActivityOn: i % 4 === 0 ? null : '2026-10-01',
    status: (['active', 'active', 'dormant', 'to_merge', 'to_close', 'closed'] as const)[i % 6],
  }));
}

/** A CSV text with the given header and rows, `;` separated, with a BOM when asked. */
export function csvOf(header: string[], rows: string[][], options: { delimiter?: string; bom?: boolean } = {}): string {
  const d = options.delimiter ?? ',';
  const body = [header, ...rows].map((r) => r.join(d)).join('\r\n');
  return `${options.bom ? '\uFEFF' : ''}${body}\r\n`;
}

/** Explain-query-plan lines of a compiled Kysely query. */
export function planOf(raw: { prepare(sql: string): { all(...p: unknown[]): unknown[] } }, q: { sql: string; parameters: readonly unknown[] }): string[] {
  return (raw.prepare(`explain query plan ${q.sql}`).all(...q.parameters) as { detail: string }[]).map((r) => r.detail);
}

/** Each live account's merge target, as "network:handle" of both, for the accounts that have one. */
export async function mergeTargets(app: TestApp): Promise<Record<string, string>> {
  const items = (await app.call('accounts.list', { limit: 500 })).items;
  const byId = new Map(items.map((i) => [i.id, `${i.network}:${i.handle}`]));
  return Object.fromEntries(items.filter((i) => i.mergeIntoId !== null).map((i) => [`${i.network}:${i.handle}`, byId.get(i.mergeIntoId!) ?? '?']));
}

/**
 * A merge target written straight to the store, as data from before the merge
 * rules could hold: a chain, or a target kept on an account no longer to merge.
 */
export async function writeTargetInStore(app: TestApp, id: number, mergeIntoId: number, status: AccountStatus = 'to_merge'): Promise<void> {
  await app.ctx.db.updateTable('accounts').set({ status, mergeIntoId }).where('id', '=', id).execute();
}

/** Seed n accounts through the real import (one transaction). */
export async function seed(app: TestApp, n: number): Promise<void> {
  const result = await app.call('accounts.importCsv', { csv: writeAccountsCsv(manyAccounts(n), 'en', ','), dryRun: false });
  if (!result.written) throw new Error(`seed failed: ${JSON.stringify(result.errors.slice(0, 3))}`);
}

/**
 * One account through accounts.save, with its validation and defaults, as the
 * officer's form would: every feature's test data makes accounts this way, so
 * none of them depends on the accounts table's columns.
 */
export async function saveAccount(ctx: AppContext, draft: AccountDraftInput): Promise<number> {
  const r = await createRouter(ctx)('accounts.save', draft);
  if (!r.ok) throw new AppError(r.error.code, r.error.params);
  return (r.value as { id: number }).id;
}
