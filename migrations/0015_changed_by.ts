import { type Kysely, sql } from 'kysely';

/**
 * Who changed a row last, by the name each Pregonero instance is given: on a
 * team's shared server several people keep the same accounts and plans, and
 * "who touched this" is the first question after a surprise. Rows written
 * before this have nobody named.
 *
 * The list is this migration's own, frozen here: the tables users edit.
 */
const tables = [
  'settings',
  'accounts',
  'audit_templates',
  'audit_runs',
  'campaigns',
  'posts',
  'special_days',
  'hashtag_sets',
  'playbooks',
  'contacts',
  'incidents',
  'strategy_targets',
  'people',
  'media',
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const table of tables) await sql`alter table ${sql.table(table)} add column changed_by text`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of tables) await sql`alter table ${sql.table(table)} drop column changed_by`.execute(db);
}
