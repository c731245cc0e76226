import BetterSqlite3 from 'better-sqlite3';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { migrations } from '../../migrations/index';
import { migrateToLatest } from './migrate';
import { kyselyFor } from './open';

async function store(who: () => string | null) {
  const raw = new BetterSqlite3(':memory:');
  await migrateToLatest(raw, migrations);
  return { raw, db: kyselyFor(raw, who) };
}

describe('who changed a row last', () => {
  it('names the person on inserts (one row or many), updates and upserts, and asks for the name at each write', async () => {
    let name: string | null = 'Ana Ruiz';
    const { raw, db } = await store(() => name);
    await db.insertInto('campaigns').values([{ name: 'Navidad' }, { name: 'Carnaval' }]).execute();
    name = 'Luis Gómez';
    await db.updateTable('campaigns').set({ color: '#8e44ad' }).where('name', '=', 'Carnaval').execute();
    await db
      .insertInto('settings')
      .values({ key: 'officeName', value: '"Ayuntamiento"', updatedAt: '2026-12-01T10:00:00.000Z' })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: '"Ayto."' }))
      .execute();
    name = 'Marta Soler';
    await db
      .insertInto('settings')
      .values({ key: 'officeName', value: '"Ayuntamiento"', updatedAt: '2026-12-01T10:00:00.000Z' })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: '"Ayto. de Villanueva"' }))
      .execute();
    expect(raw.prepare('select name, changed_by from campaigns order by id').all()).toEqual([
      { name: 'Navidad', changed_by: 'Ana Ruiz' },
      { name: 'Carnaval', changed_by: 'Luis Gómez' },
    ]);
    expect(raw.prepare('select value, changed_by from settings').all()).toEqual([{ value: '"Ayto. de Villanueva"', changed_by: 'Marta Soler' }]);
  });

  it('leaves tables without an author column alone, and writes null when nobody is named', async () => {
    const { raw, db } = await store(() => null);
    const [c] = await db.insertInto('campaigns').values({ name: 'Navidad' }).returning('id').execute();
    const [p] = await db.insertInto('posts').values({ title: 'Belén', body: '' }).returning('id').execute();
    await db.insertInto('postHashtags').values({ postId: p!.id, tag: 'Navidad' }).execute();
    expect(raw.prepare('select changed_by from campaigns where id = ?').pluck().get(c!.id)).toBeNull();
    expect(raw.prepare('select * from post_hashtags').all()).toEqual([{ post_id: p!.id, tag: 'Navidad' }]);
  });

  it('answers the author only to a query that names it: a select * or returning * leaves it out, so rows fed back as drafts stay valid', async () => {
    const { db } = await store(() => 'Ana Ruiz');
    const [c] = await db.insertInto('campaigns').values({ name: 'Navidad' }).returningAll().execute();
    expect(c).not.toHaveProperty('changedBy');
    expect(await db.selectFrom('campaigns').selectAll().executeTakeFirst()).not.toHaveProperty('changedBy');
    expect(await db.selectFrom('campaigns').select(['name', 'changedBy' as never]).executeTakeFirst()).toEqual({ name: 'Navidad', changedBy: 'Ana Ruiz' });
  });

  it('reads "names it" from what the query answers: a qualified column, an alias or a returning list, not a filter on it', async () => {
    const { db } = await store(() => 'Ana Ruiz');
    await db.insertInto('campaigns').values({ name: 'Navidad' }).execute();
    expect(await db.selectFrom('campaigns').select(['campaigns.name', 'campaigns.changedBy' as never]).executeTakeFirst()).toEqual({ name: 'Navidad', changedBy: 'Ana Ruiz' });
    expect(await db.selectFrom('campaigns').select(['name', sql<string>`upper(changed_by)`.as('changedBy')]).executeTakeFirst()).toEqual({ name: 'Navidad', changedBy: 'ANA RUIZ' });
    expect(await db.selectFrom('campaigns').select(['name', 'changedBy as who' as never]).executeTakeFirst()).toEqual({ name: 'Navidad', who: 'Ana Ruiz' });
    expect(await db.selectFrom('campaigns').selectAll().where(sql<boolean>`changed_by = ${'Ana Ruiz'}`).executeTakeFirst()).not.toHaveProperty('changedBy');
    expect(await db.updateTable('campaigns').set({ color: '#8e44ad' }).returning(['name', 'changedBy' as never]).executeTakeFirst()).toEqual({ name: 'Navidad', changedBy: 'Ana Ruiz' });
    expect(await db.deleteFrom('campaigns').returningAll().executeTakeFirst()).not.toHaveProperty('changedBy');
  });
});
