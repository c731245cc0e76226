import { type Kysely, sql } from 'kysely';
import { nowText, rowId } from './engine';


/**
 * Owners become people with their training records. Every distinct owner
 * name (spaces and case aside) becomes a person, each account points to its
 * owner, and each "owner trained on" date becomes a training of that person.
 * From here on `accounts.owner_trained_on` is kept by the app as the owner's
 * latest training, so a new owner reads untrained until their own is recorded.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('people')
    .addColumn('id', 'integer', rowId(db))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('job_title', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('department', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('email', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('phone', 'text', (c) => c.notNull().defaultTo(''))
    // Member of the social media committee that coordinates the presence.
    .addColumn('committee', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('deleted_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(nowText(db)))
    .addColumn('updated_at', 'text', (c) => c.notNull().defaultTo(nowText(db)))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  // Imports and the form match owners by name: one live person per name.
  await sql`create unique index people_name on people (name collate nocase) where deleted_at is null`.execute(db);
  await db.schema
    .createTable('person_trainings')
    .addColumn('id', 'integer', rowId(db))
    .addColumn('person_id', 'integer', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('topic', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('on_day', 'text', (c) => c.notNull())
    .addColumn('given_by', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(nowText(db)))
    .execute();
  await db.schema.createIndex('person_trainings_person').on('person_trainings').columns(['person_id', 'on_day']).execute();
  await sql`alter table accounts add column owner_person_id integer references people(id) on delete set null`.execute(db);
  await sql`alter table accounts add column deputy_person_id integer references people(id) on delete set null`.execute(db);
  await db.schema.createIndex('accounts_owner_person').on('accounts').columns(['owner_person_id']).execute();
  await db.schema.createIndex('accounts_deputy_person').on('accounts').columns(['deputy_person_id']).execute();

  // The first spelling of a name (by account id) names the person.
  await sql`insert into people (name)
    select trim(owner_name) from accounts a
    where trim(owner_name) != ''
      and a.id = (select min(b.id) from accounts b where trim(b.owner_name) = trim(a.owner_name) collate nocase)
    order by a.id`.execute(db);
  await sql`update accounts set owner_person_id = (select p.id from people p where p.name = trim(accounts.owner_name) collate nocase)
    where trim(owner_name) != ''`.execute(db);
  await sql`update accounts set owner_name = (select p.name from people p where p.id = accounts.owner_person_id)
    where owner_person_id is not null`.execute(db);
  await sql`insert into person_trainings (person_id, on_day)
    select distinct owner_person_id, owner_trained_on from accounts
    where owner_person_id is not null and owner_trained_on is not null
    order by owner_person_id, owner_trained_on`.execute(db);
  await sql`update accounts set owner_trained_on = (select max(t.on_day) from person_trainings t where t.person_id = accounts.owner_person_id)
    where owner_person_id is not null`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('accounts_deputy_person').execute();
  await db.schema.dropIndex('accounts_owner_person').execute();
  await sql`alter table accounts drop column deputy_person_id`.execute(db);
  await sql`alter table accounts drop column owner_person_id`.execute(db);
  await db.schema.dropTable('person_trainings').execute();
  await db.schema.dropTable('people').execute();
}
