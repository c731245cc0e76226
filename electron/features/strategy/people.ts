import { type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import type { Database } from '../../db/schema';
import type { AccountRef } from '../../../shared/features/accounts/contract';
import type { Person, PersonDetail, PersonDraft } from '../../../shared/features/strategy/people';
import { AppError } from '../../../shared/ipc/errors';
import type { AppContext } from '../../context';
import { type Db, inTransaction, nowIso, restore, softDelete, updateVersioned } from '../../db/transaction';
import { engineOf } from '../../db/engine/index';

/** A person's latest training day. */
const trainedOn = (eb: ExpressionBuilder<Database, 'people'>) =>
  eb.selectFrom('personTrainings as t').select((e) => e.fn.max('t.onDay').as('on')).whereRef('t.personId', '=', 'people.id');

function personQuery(db: Db) {
  return db
    .selectFrom('people')
    .select(['id', 'version', 'createdAt', 'updatedAt', 'name', 'jobTitle', 'department', 'email', 'phone', 'committee', 'deletedAt'])
    .select((eb) => [
      trainedOn(eb).$castTo<string | null>().as('trainedOn'),
      // Live accounts the person owns, stands in for or covers as a channel.
      eb
        .selectFrom('accounts as a')
        .select((e) => e.fn.countAll<number>().as('n'))
        .where('a.deletedAt', 'is', null)
        .where((e) => e.or([e('a.ownerPersonId', '=', e.ref('people.id')), e('a.deputyPersonId', '=', e.ref('people.id')), e('a.coveredByPersonId', '=', e.ref('people.id'))]))
        .$castTo<number>()
        .as('accountCount'),
    ]);
}

type PersonSelect = Awaited<ReturnType<ReturnType<typeof personQuery>['executeTakeFirstOrThrow']>>;
const toPerson = (r: PersonSelect): Person => ({ ...r, committee: r.committee === 1, accountCount: Number(r.accountCount) });

export async function listPeople(ctx: AppContext, q: { search?: string; offset: number; limit: number }): Promise<{ items: Person[]; total: number }> {
  const search = q.search?.trim();
  const like = search ? ctx.engine.contains('name', search) : sql<SqlBool>`1 = 1`;
  const base = ctx.db.selectFrom('people').where('deletedAt', 'is', null).where(like);
  const total = Number((await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  const rows = await personQuery(ctx.db).where('deletedAt', 'is', null).where(like).orderBy(ctx.engine.caseless('name')).orderBy('id').limit(q.limit).offset(q.offset).execute();
  return { items: rows.map(toPerson), total };
}

export async function getPerson(db: Db, id: number): Promise<PersonDetail> {
  const row = await personQuery(db).where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('not_found', { id });
  const trainings = await db.selectFrom('personTrainings').select(['id', 'topic', 'onDay', 'givenBy']).where('personId', '=', id).orderBy('onDay').orderBy('id').execute();
  const accounts = await db
    .selectFrom('accounts')
    .select(['id', 'network', 'handle', 'displayName', 'department', 'status', 'ownerPersonId', 'deputyPersonId', 'coveredByPersonId'])
    .where('deletedAt', 'is', null)
    .where((eb) => eb.or([eb('ownerPersonId', '=', id), eb('deputyPersonId', '=', id), eb('coveredByPersonId', '=', id)]))
    .orderBy('network')
    .orderBy(engineOf(db).caseless('handle'))
    .execute();
  const ref = ({ ownerPersonId: _o, deputyPersonId: _d, coveredByPersonId: _c, ...a }: (typeof accounts)[number]): AccountRef => a;
  return {
    ...toPerson(row),
    trainings: trainings.map((t) => ({ id: t.id, topic: t.topic, on: t.onDay, by: t.givenBy })),
    owns: accounts.filter((a) => a.ownerPersonId === id).map(ref),
    deputyOf: accounts.filter((a) => a.deputyPersonId === id).map(ref),
    covers: accounts.filter((a) => a.coveredByPersonId === id).map(ref),
  };
}

/** Another live person has this name, as personNamed matches it (one person per name, whichever the case). */
async function nameTaken(db: Db, name: string, exceptId?: number): Promise<boolean> {
  const found = await personNamed(db, name);
  return found !== undefined && found.id !== exceptId;
}

/** Every live person's name and latest training, for matching a file's owners. */
export function knownPeople(db: Db) {
  return db
    .selectFrom('people')
    .select((eb) => ['id', 'name', trainedOn(eb).$castTo<string | null>().as('trainedOn')])
    .where('deletedAt', 'is', null)
    .execute();
}

/**
 * The live person of that name, case ignored as the engine's `nocase`
 * ignores it (SQLite: ASCII letters only; PostgreSQL: ICU, every letter),
 * which is also what the unique index on people's names holds: the one
 * place a name is matched, for people.save, the accounts import and account saves.
 */
export async function personNamed(db: Db, name: string): Promise<{ id: number; name: string } | undefined> {
  return db.selectFrom('people').select(['id', 'name']).where('deletedAt', 'is', null).where(engineOf(db).caselessEquals('name', name.trim())).executeTakeFirst();
}

export async function savePerson(ctx: AppContext, d: PersonDraft): Promise<PersonDetail> {
  const now = nowIso(ctx.now());
  return inTransaction(ctx.db, async (trx) => {
    if (await nameTaken(trx, d.name, d.id)) throw AppError.validation([{ path: 'name', code: 'strategy.errors.nameTaken' }]);
    const values = { name: d.name, jobTitle: d.jobTitle, department: d.department, email: d.email, phone: d.phone, committee: d.committee ? 1 : 0 };
    if (d.id === undefined) {
      const { id } = await trx.insertInto('people').values({ ...values, createdAt: now, updatedAt: now }).returning('id').executeTakeFirstOrThrow();
      return getPerson(trx, id);
    }
    if (d.version === undefined) throw AppError.validation([{ path: 'version', code: 'required' }]);
    if ((await getPerson(trx, d.id)).deletedAt !== null) throw new AppError('not_found', { id: d.id });
    await updateVersioned(trx, 'people', d.id, d.version, values, now);
    // The accounts' owner name reads the person's.
    await trx.updateTable('accounts').set({ ownerName: d.name }).where('ownerPersonId', '=', d.id).execute();
    return getPerson(trx, d.id);
  });
}

/** Soft delete, refused while they own or stand in for a live account (the count says how many). */
export async function deletePerson(ctx: AppContext, id: number, version: number): Promise<PersonDetail> {
  const now = nowIso(ctx.now());
  return inTransaction(ctx.db, async (trx) => {
    const p = await getPerson(trx, id);
    if (p.deletedAt !== null) return p;
    if (p.accountCount > 0) throw new AppError('strategy.errors.personOwnsAccounts', { count: p.accountCount });
    await softDelete(trx, 'people', { id, version }, now);
    return getPerson(trx, id);
  });
}

export async function restorePerson(ctx: AppContext, id: number): Promise<PersonDetail> {
  const now = nowIso(ctx.now());
  return inTransaction(ctx.db, async (trx) => {
    const p = await getPerson(trx, id);
    if (p.deletedAt === null) return p;
    if (await nameTaken(trx, p.name, id)) throw AppError.validation([{ path: 'name', code: 'strategy.errors.nameTaken' }]);
    await restore(trx, 'people', { id }, now);
    return getPerson(trx, id);
  });
}

/**
 * The one way a training is recorded (the person's page, an account's
 * "trained on" date, an audit's "trained" action): the same day twice is
 * one record, and every account the person owns then reads it.
 */
export async function recordTraining(db: Db, t: { personId: number; topic: string; on: string; by: string }, now: string): Promise<void> {
  const same = await db.selectFrom('personTrainings').select('id').where('personId', '=', t.personId).where('onDay', '=', t.on).where('topic', '=', t.topic).executeTakeFirst();
  if (!same) await db.insertInto('personTrainings').values({ personId: t.personId, topic: t.topic, onDay: t.on, givenBy: t.by, createdAt: now }).execute();
  await syncOwnerTraining(db, [t.personId]);
}

/** Accounts' "owner trained on" is their owner's latest training: kept here, read by the summary, lists and targets. */
export async function syncOwnerTraining(db: Db, personIds: number[]): Promise<void> {
  if (personIds.length === 0) return;
  await db
    .updateTable('accounts')
    .set((eb) => ({
      ownerTrainedOn: eb.selectFrom('personTrainings as t').select((e) => e.fn.max('t.onDay').as('on')).whereRef('t.personId', '=', 'accounts.ownerPersonId'),
    }))
    .where('ownerPersonId', 'in', personIds)
    .execute();
}

export async function addTraining(ctx: AppContext, t: { personId: number; topic: string; on: string; by?: string }): Promise<PersonDetail> {
  const now = nowIso(ctx.now());
  return inTransaction(ctx.db, async (trx) => {
    const p = await getPerson(trx, t.personId);
    if (p.deletedAt !== null) throw new AppError('not_found', { id: t.personId });
    await recordTraining(trx, { ...t, by: t.by ?? '' }, now);
    return getPerson(trx, t.personId);
  });
}

/**
 * An account's owner, deputy and cover as people, for every writer of accounts
 * (the form and the CSV import): a given owner id names the owner (and its
 * name fills ownerName); without one, a named owner is the live person of
 * that name, created if there is none. Unknown ids are refused.
 */
export async function resolvePeople<D extends { ownerName: string; ownerPersonId: number | null; deputyPersonId: number | null; coveredByPersonId?: number | null }>(db: Db, d: D, now: string): Promise<D> {
  const live = (id: number) => db.selectFrom('people').select(['id', 'name']).where('id', '=', id).where('deletedAt', 'is', null).executeTakeFirst();
  const issues = [];
  let owner: { id: number; name: string } | undefined;
  if (d.ownerPersonId !== null) {
    owner = await live(d.ownerPersonId);
    if (!owner) issues.push({ path: 'ownerPersonId', code: 'strategy.errors.personMissing' });
  } else if (d.ownerName.trim() !== '') {
    owner = await personNamed(db, d.ownerName);
    if (!owner) {
      const name = d.ownerName.trim();
      const { id } = await db.insertInto('people').values({ name, createdAt: now, updatedAt: now }).returning('id').executeTakeFirstOrThrow();
      owner = { id, name };
    }
  }
  if (d.deputyPersonId !== null && !(await live(d.deputyPersonId))) issues.push({ path: 'deputyPersonId', code: 'strategy.errors.personMissing' });
  const cover = d.coveredByPersonId ?? null;
  if (cover !== null && !(await live(cover))) issues.push({ path: 'coveredByPersonId', code: 'strategy.errors.personMissing' });
  if (issues.length) throw AppError.validation(issues);
  return { ...d, ownerPersonId: owner?.id ?? null, ownerName: owner?.name ?? '' };
}

/**
 * After an account write: a "trained on" date the writer set or changed
 * becomes a training of the owner (a date carried over from a previous
 * owner is not theirs), then the account reads its owner's latest training.
 */
export async function applyOwnerTraining(db: Db, d: { ownerPersonId: number | null; ownerTrainedOn: string | null }, before: string | null | undefined, now: string): Promise<void> {
  if (d.ownerPersonId === null) return;
  if (d.ownerTrainedOn !== null && d.ownerTrainedOn !== before) await recordTraining(db, { personId: d.ownerPersonId, topic: '', on: d.ownerTrainedOn, by: '' }, now);
  else await syncOwnerTraining(db, [d.ownerPersonId]);
}
