import type { Kysely } from 'kysely';
import { nowText, onPostgres, postgresBasics } from './engine';

/** Settings as key/value JSON so features can add settings without a schema change. */
export async function up(db: Kysely<any>): Promise<void> {
  if (onPostgres(db)) await postgresBasics(db);
  await db.schema
    .createTable('settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull().defaultTo(nowText(db)))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('settings').execute();
}
