import { type Kysely, sql } from 'kysely';
import { nowText, onPostgres, rowId } from './engine';

/**
 * The media library: each photo or video once, named on disk by its SHA-256,
 * and the ordered attachments of each post with their own alt text. On
 * SQLite the tables are STRICT, so a column holds only its declared type.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const strict = onPostgres(db) ? sql`` : sql`strict`;
  await db.schema
    .createTable('media')
    .addColumn('id', 'integer', rowId(db))
    .addColumn('sha256', 'text', (c) => c.notNull().unique().check(sql`length(sha256) = 64`))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('width', 'integer', (c) => c.notNull())
    .addColumn('height', 'integer', (c) => c.notNull())
    // Videos go up to 1 GB: within a 32-bit integer on PostgreSQL too.
    .addColumn('bytes', 'integer', (c) => c.notNull())
    .addColumn('duration_ms', 'integer')
    .addColumn('tags', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('has_location', 'integer', (c) => c.notNull().defaultTo(0))
    // What a new attachment of this file starts with as its description.
    .addColumn('alt', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('deleted_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(nowText(db)))
    .addColumn('updated_at', 'text', (c) => c.notNull().defaultTo(nowText(db)))
    .modifyEnd(strict)
    .execute();
  await db.schema.createIndex('media_by_created').on('media').columns(['deleted_at', 'created_at']).execute();
  await db.schema
    .createTable('post_media')
    .addColumn('post_id', 'integer', (c) => c.notNull().references('posts.id').onDelete('cascade'))
    .addColumn('media_id', 'integer', (c) => c.notNull().references('media.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('alt', 'text', (c) => c.notNull().defaultTo(''))
    .addPrimaryKeyConstraint('post_media_pk', ['post_id', 'position'])
    .modifyEnd(strict)
    .execute();
  // "Where is this file used" and "is it unused" read by media.
  await db.schema.createIndex('post_media_by_media').on('post_media').columns(['media_id', 'post_id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('post_media').execute();
  await db.schema.dropTable('media').execute();
}
