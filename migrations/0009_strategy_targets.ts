import { type Kysely, sql } from 'kysely';
import { floatType, nowText, rowId } from './engine';


/**
 * Strategy targets (where the presence should be by a date) and their
 * recorded progress: one value per target and office day, written when an
 * audit finishes and at the first save of each month.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('strategy_targets')
    .addColumn('id', 'integer', rowId(db))
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(sql`kind in ('max_profiles','trained_owners_pct','channels_with_promises_pct','two_factor_pct','branding_fresh_pct')`),
    )
    .addColumn('value', 'integer', (c) => c.notNull())
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('deleted_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(nowText(db)))
    .addColumn('updated_at', 'text', (c) => c.notNull().defaultTo(nowText(db)))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createTable('strategy_target_points')
    .addColumn('target_id', 'integer', (c) => c.notNull().references('strategy_targets.id').onDelete('cascade'))
    .addColumn('on_day', 'text', (c) => c.notNull())
    .addColumn('value', floatType(db), (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull().check(sql`reason in ('audit','month')`))
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('strategy_target_points_pk', ['target_id', 'on_day'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('strategy_target_points').execute();
  await db.schema.dropTable('strategy_targets').execute();
}
