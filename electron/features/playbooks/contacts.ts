import type { z } from 'zod';
import type { Contact, ContactSave } from '../../../shared/features/playbooks/contract';
import { AppError } from '../../../shared/ipc/errors';
import type { AppContext } from '../../context';
import { nowIso, restore, softDelete, updateVersioned, type Versioned } from '../../db/transaction';

function baseQuery(ctx: AppContext) {
  return ctx.db
    .selectFrom('contacts as c')
    .leftJoin('contacts as a', (j) => j.onRef('a.id', '=', 'c.alternateId').on('a.deletedAt', 'is', null))
    .selectAll('c')
    .select(['a.name as alternateName', 'a.phone as alternatePhone']);
}

/** The directory, alphabetical; a search goes through FTS ("jose" finds "José"). */
export async function listContacts(ctx: AppContext, query?: string): Promise<Contact[]> {
  let q = baseQuery(ctx).where('c.deletedAt', 'is', null);
  const match = query ? ctx.engine.matches('contacts', 'c.id', query) : null;
  if (query && !match) return [];
  if (match) q = q.where(match);
  return (await q.orderBy(ctx.engine.caseless('c.name')).execute()) as Contact[];
}

export async function getContact(ctx: AppContext, id: number): Promise<Contact> {
  const row = await baseQuery(ctx).where('c.id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('not_found', { id });
  return row as Contact;
}

export async function saveContact(ctx: AppContext, input: z.output<typeof ContactSave>): Promise<Contact> {
  const now = nowIso(ctx.now());
  const { id, version, ...values } = input;
  if (values.alternateId !== null) {
    if (values.alternateId === id) throw AppError.validation([{ path: 'alternateId', code: 'playbooks.errors.alternateSelf' }]);
    const alt = await ctx.db.selectFrom('contacts').select('id').where('id', '=', values.alternateId).where('deletedAt', 'is', null).executeTakeFirst();
    if (!alt) throw AppError.validation([{ path: 'alternateId', code: 'playbooks.errors.unknownContact' }]);
  }
  if (id === undefined) {
    const row = await ctx.db.insertInto('contacts').values({ ...values, deletedAt: null, createdAt: now, updatedAt: now }).returning('id').executeTakeFirstOrThrow();
    return getContact(ctx, row.id);
  }
  if (version === undefined) throw AppError.validation([{ path: 'version', code: 'required' }]);
  await updateVersioned(ctx.db, 'contacts', id, version, values, now);
  return getContact(ctx, id);
}

export async function deleteContact(ctx: AppContext, input: Versioned): Promise<Versioned> {
  return softDelete(ctx.db, 'contacts', input, nowIso(ctx.now()));
}

export async function restoreContact(ctx: AppContext, id: number): Promise<Contact> {
  await restore(ctx.db, 'contacts', { id }, nowIso(ctx.now()));
  return getContact(ctx, id);
}
