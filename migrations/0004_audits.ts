import { type Kysely, sql } from 'kysely';
import { nowText, rowId } from './engine';


/**
 * Audits of the social presence, run again and again to compare: checklist templates, runs that
 * answer them, and the actions on accounts a finished run led to.
 *
 * A run keeps its own copy of the items it was answered against (`items`
 * JSON), so editing or deleting a template never changes a past run.
 * Shipped templates have a `builtin` key; their item texts come from the
 * translation catalogs (an item with `text: null` reads `audits.items.<key>`).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('audit_templates')
    .addColumn('id', 'integer', rowId(db))
    .addColumn('builtin', 'text')
    // 'presence': answered once for the whole run; 'account': answered for each account in scope.
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('presence','account')`))
    .addColumn('name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    // JSON array of { key, text } (text null: the catalog's text for the key).
    .addColumn('items', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('copied_from_id', 'integer', (c) => c.references('audit_templates.id').onDelete('set null'))
    .addColumn('deleted_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(nowText(db)))
    .addColumn('updated_at', 'text', (c) => c.notNull().defaultTo(nowText(db)))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await sql`create unique index audit_templates_builtin on audit_templates (builtin) where builtin is not null`.execute(db);

  await db.schema
    .createTable('audit_runs')
    .addColumn('id', 'integer', rowId(db))
    .addColumn('template_id', 'integer', (c) => c.notNull().references('audit_templates.id'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('presence','account')`))
    // The template's name and items when the run started: the run's own record.
    .addColumn('template_name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('items', 'text', (c) => c.notNull())
    .addColumn('scope', 'text', (c) => c.notNull().check(sql`scope in ('presence','accounts')`))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('open').check(sql`status in ('open','finished')`))
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    // 0..1, set at finish; null when every answer was "not applicable".
    .addColumn('score', 'real')
    .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(nowText(db)))
    .addColumn('updated_at', 'text', (c) => c.notNull().defaultTo(nowText(db)))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('audit_runs_template').on('audit_runs').columns(['template_id', 'status', 'finished_at']).execute();
  await db.schema.createIndex('audit_runs_status').on('audit_runs').columns(['status', 'started_at']).execute();
  await db.schema.createIndex('audit_runs_started').on('audit_runs').columns(['started_at']).execute();

  await db.schema
    .createTable('audit_run_accounts')
    .addColumn('run_id', 'integer', (c) => c.notNull().references('audit_runs.id').onDelete('cascade'))
    .addColumn('account_id', 'integer', (c) => c.notNull().references('accounts.id'))
    .addPrimaryKeyConstraint('audit_run_accounts_pk', ['run_id', 'account_id'])
    .execute();

  await db.schema
    .createTable('audit_answers')
    .addColumn('run_id', 'integer', (c) => c.notNull().references('audit_runs.id').onDelete('cascade'))
    // 0 for a whole-presence answer, else the account it is about.
    .addColumn('account_id', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('item_key', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull().check(sql`value in ('yes','partly','no','na')`))
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('answered_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('audit_answers_pk', ['run_id', 'account_id', 'item_key'])
    .execute();

  await db.schema
    .createTable('audit_actions')
    .addColumn('id', 'integer', rowId(db))
    .addColumn('run_id', 'integer', (c) => c.notNull().references('audit_runs.id').onDelete('cascade'))
    .addColumn('account_id', 'integer', (c) => c.notNull().references('accounts.id'))
    .addColumn('action', 'text', (c) => c.notNull().check(sql`action in ('to_merge','to_close','trained')`))
    .addColumn('merge_into_id', 'integer', (c) => c.references('accounts.id'))
    .addColumn('trained_on', 'text')
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(nowText(db)))
    .execute();
  await db.schema.createIndex('audit_actions_run').on('audit_actions').columns(['run_id']).execute();

  const items = (keys: string[]) => JSON.stringify(keys.map((key) => ({ key, text: null })));
  await db
    .insertInto('audit_templates')
    .values([
      {
        builtin: 'presence',
        kind: 'presence',
        items: items([
          'networksFit',
          'inventoryComplete',
          'teamPerProfile',
          'peersReviewed',
          'measurement',
          'goalsWritten',
          'staffTrained',
          'noForgottenAccounts',
          'serviceDefined',
          'brandingShared',
          'approvalFlow',
          'crisisPlan',
          'officialListPublished',
          'accessibleContent',
        ]),
      },
      {
        builtin: 'accountHealth',
        kind: 'account',
        items: items([
          'branding',
          'cadence',
          'serviceHours',
          'responseTarget',
          'twoFactor',
          'credentialsPlace',
          'ownerTrained',
          'purposeWritten',
          'bioLink',
        ]),
      },
    ])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('audit_actions').execute();
  await db.schema.dropTable('audit_answers').execute();
  await db.schema.dropTable('audit_run_accounts').execute();
  await db.schema.dropTable('audit_runs').execute();
  await db.schema.dropTable('audit_templates').execute();
}
