import { type Kysely, sql } from 'kysely';
import { bytesType, onPostgres } from './engine';

/**
 * The media library's files on the team's server, so they reach every
 * teammate's computer: each original and thumbnail cut into numbered parts
 * (a 1 GB video never travels as one value). The local file makes the table
 * too, the same schema on both engines, but the app never fills it there:
 * the files of a file on one computer are already in its folder.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('media_parts')
    .addColumn('sha256', 'text', (c) => c.notNull().check(sql`length(sha256) = 64`))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('original', 'thumb')`))
    .addColumn('part', 'integer', (c) => c.notNull().check(sql`part >= 0`))
    .addColumn('data', bytesType(db), (c) => c.notNull())
    .addPrimaryKeyConstraint('media_parts_pk', ['sha256', 'kind', 'part'])
    .modifyEnd(onPostgres(db) ? sql`` : sql`strict`)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('media_parts').execute();
}
