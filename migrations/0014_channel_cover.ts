import { type Kysely, sql } from 'kysely';

/**
 * The rest of a channel's promise: the days it is closed (holidays and other
 * dates, as `YYYY-MM-DD` in a JSON array) and the person who covers it.
 * Existing channels start with no closed days and nobody named.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table accounts add column closed_days text not null default '[]'`.execute(db);
  await sql`alter table accounts add column covered_by_person_id integer references people(id) on delete set null`.execute(db);
  await db.schema.createIndex('accounts_covered_by_person').on('accounts').columns(['covered_by_person_id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('accounts_covered_by_person').execute();
  await sql`alter table accounts drop column covered_by_person_id`.execute(db);
  await sql`alter table accounts drop column closed_days`.execute(db);
}
