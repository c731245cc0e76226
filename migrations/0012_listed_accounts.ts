import { type Kysely, sql } from 'kysely';

/** Whether an account appears in the public directory of official accounts: on for the active ones. */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table accounts add column listed integer not null default 1`.execute(db);
  await sql`update accounts set listed = 0 where status != 'active'`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table accounts drop column listed`.execute(db);
}
