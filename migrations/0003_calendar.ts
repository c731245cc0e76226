import { type Kysely, sql } from 'kysely';
import { nowText, rowId } from './engine';


/** The editorial calendar: campaigns, planned posts and the accounts each targets, each with its own text. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('campaigns')
    .addColumn('id', 'integer', rowId(db))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('color', 'text', (c) => c.notNull().defaultTo('#1f5fa8'))
    .addColumn('starts_on', 'text')
    .addColumn('ends_on', 'text')
    .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('deleted_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(nowText(db)))
    .addColumn('updated_at', 'text', (c) => c.notNull().defaultTo(nowText(db)))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  await db.schema
    .createTable('campaign_accounts')
    .addColumn('campaign_id', 'integer', (c) => c.notNull().references('campaigns.id').onDelete('cascade'))
    .addColumn('account_id', 'integer', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('campaign_accounts_pk', ['campaign_id', 'account_id'])
    .execute();

  await db.schema
    .createTable('posts')
    .addColumn('id', 'integer', rowId(db))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull().defaultTo(''))
    // A planned instant (UTC ISO), or only a day for ideas, or neither for the backlog.
    .addColumn('scheduled_at', 'text')
    .addColumn('scheduled_day', 'text')
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('draft')
        .check(sql`status in ('idea','draft','in_review','approved','published','on_hold','cancelled')`),
    )
    .addColumn('campaign_id', 'integer', (c) => c.references('campaigns.id').onDelete('set null'))
    .addColumn('link', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('hashtags', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('media_note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('media_alt', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('internal_notes', 'text', (c) => c.notNull().defaultTo(''))
    // Pre-publication checklist as JSON: { itemKey: true|false }.
    .addColumn('checklist', 'text', (c) => c.notNull().defaultTo('{}'))
    // The row version a superior approved (exports feature); a higher version means "changed since approved".
    .addColumn('approved_version', 'integer')
    .addColumn('deleted_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(nowText(db)))
    .addColumn('updated_at', 'text', (c) => c.notNull().defaultTo(nowText(db)))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  await sql`create index posts_scheduled_at on posts (scheduled_at) where deleted_at is null`.execute(db);
  await sql`create index posts_scheduled_day on posts (scheduled_day) where deleted_at is null`.execute(db);
  await db.schema.createIndex('posts_status').on('posts').columns(['status']).execute();
  await db.schema.createIndex('posts_campaign').on('posts').columns(['campaign_id']).execute();

  await db.schema
    .createTable('post_targets')
    .addColumn('post_id', 'integer', (c) => c.notNull().references('posts.id').onDelete('cascade'))
    .addColumn('account_id', 'integer', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    // The account's own text; null means the post's base text.
    .addColumn('text', 'text')
    .addPrimaryKeyConstraint('post_targets_pk', ['post_id', 'account_id'])
    .execute();
  await db.schema.createIndex('post_targets_account').on('post_targets').columns(['account_id', 'post_id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('post_targets').execute();
  await db.schema.dropTable('posts').execute();
  await db.schema.dropTable('campaign_accounts').execute();
  await db.schema.dropTable('campaigns').execute();
}
