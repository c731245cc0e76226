import { type Kysely, sql } from 'kysely';
import { nowText, rowId } from './engine';


/** The inventory of the institution's social accounts: who owns each, what it is for, its state and its promises. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('accounts')
    .addColumn('id', 'integer', rowId(db))
    .addColumn('network', 'text', (c) => c.notNull())
    .addColumn('handle', 'text', (c) => c.notNull())
    .addColumn('display_name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('url', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('department', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('owner_name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('owner_contact', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('role', 'text', (c) => c.notNull().defaultTo('medium').check(sql`role in ('medium','channel','both')`))
    .addColumn('purpose', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('audience', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('tone', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('service_hours', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('response_target_minutes', 'integer')
    .addColumn('posts_per_week_target', 'integer', (c) => c.notNull().defaultTo(3))
    .addColumn('status', 'text', (c) =>
      c.notNull().defaultTo('active').check(sql`status in ('active','dormant','to_merge','to_close','closed')`),
    )
    .addColumn('last_activity_on', 'text')
    .addColumn('owner_trained_on', 'text')
    .addColumn('two_factor', 'text', (c) => c.notNull().defaultTo('unknown').check(sql`two_factor in ('yes','no','unknown')`))
    .addColumn('credentials_location', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('branding_checked_on', 'text')
    .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('tags', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('merge_into_id', 'integer', (c) => c.references('accounts.id').onDelete('set null'))
    .addColumn('deleted_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(nowText(db)))
    .addColumn('updated_at', 'text', (c) => c.notNull().defaultTo(nowText(db)))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  // Re-imports match on network + handle; one live row per pair.
  await sql`create unique index accounts_network_handle on accounts (network, handle collate nocase) where deleted_at is null`.execute(db);
  await db.schema.createIndex('accounts_status').on('accounts').columns(['status', 'deleted_at']).execute();
  await db.schema.createIndex('accounts_department').on('accounts').columns(['department', 'deleted_at']).execute();
  await db.schema.createIndex('accounts_role').on('accounts').columns(['role', 'deleted_at']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('accounts').execute();
}
