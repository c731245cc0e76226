import type { Kysely } from 'kysely';
import { nowText, rowId } from './engine';


/**
 * Sign-offs of a plan by a superior: who approved which range, when, and the
 * content fingerprint printed on the PDF they signed, so a paper can be
 * matched with the data it approved.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('approvals')
    .addColumn('id', 'integer', rowId(db))
    .addColumn('from_day', 'text', (c) => c.notNull())
    .addColumn('to_day', 'text', (c) => c.notNull())
    // JSON array of account ids the PDF was filtered by; [] means every account.
    .addColumn('account_ids', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('campaign_id', 'integer', (c) => c.references('campaigns.id').onDelete('set null'))
    .addColumn('approver', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('comments', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('approved_at', 'text', (c) => c.notNull())
    .addColumn('fingerprint', 'text', (c) => c.notNull())
    .addColumn('post_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(nowText(db)))
    .execute();
  await db.schema.createIndex('approvals_approved_at').on('approvals').columns(['approved_at']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('approvals').execute();
}
